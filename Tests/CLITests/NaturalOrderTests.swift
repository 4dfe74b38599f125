import Foundation
import Procedures
import XCTest
import TestSupport

/// The natural orders of category labels (docs/CATEGORIES.md): each kind, the rule that every label must fit, and the
/// documentation's lists kept in step with the code's.
final class NaturalOrderTests: XCTestCase {
    private func sorted(_ levels: [String]) -> [String]? { NaturalOrder.sorted(levels)?.levels }

    func testAgeBandsByTheirAgeWithOpenBandsAtTheEnds() {
        XCTAssertEqual(sorted(["40代", "60代以上", "20代以下", "30代", "50代"]), ["20代以下", "30代", "40代", "50代", "60代以上"])
        XCTAssertEqual(sorted(["20〜29歳", "65歳以上", "〜19歳", "30～39歳", "40-64歳"]), ["〜19歳", "20〜29歳", "30～39歳", "40-64歳", "65歳以上"])
        XCTAssertEqual(sorted(["20歳〜29歳", "20歳未満", "30歳〜"]), ["20歳未満", "20歳〜29歳", "30歳〜"])
        // Full-width digits and the spacing variants a survey's entry leaves read as the plain label.
        XCTAssertEqual(sorted(["　６０代以上", "２０代", "40代"]), ["２０代", "40代", "　６０代以上"])
    }

    func testJobRanksFromTheTop() {
        XCTAssertEqual(sorted(["主事", "主任", "係長", "課長", "課長補佐", "部長"]), ["部長", "課長", "課長補佐", "係長", "主任", "主事"])
        XCTAssertNil(sorted(["主事", "課長", "会計年度任用職員"]), "a label of another kind leaves the column unsorted")
    }

    func testYearsOfEitherCalendarByTime() {
        XCTAssertEqual(sorted(["令和2年度", "平成30年度", "令和元年度", "H29年度"]), ["H29年度", "平成30年度", "令和元年度", "令和2年度"])
        XCTAssertEqual(sorted(["2024年", "2022年", "2023年"]), ["2022年", "2023年", "2024年"])
        XCTAssertEqual(sorted(["R6", "R5", "H31"]), ["H31", "R5", "R6"])
        XCTAssertEqual(sorted(["令和5年4月", "令和5年3月", "令和4年12月"]), ["令和4年12月", "令和5年3月", "令和5年4月"])
    }

    func testMonthsInFiscalYearOrderUnlessTheTableStartsInJanuary() {
        XCTAssertEqual(sorted(["1月", "4月", "3月", "12月", "5月"]), ["1月", "3月", "4月", "5月", "12月"])
        XCTAssertEqual(sorted(["5月", "1月", "4月", "3月", "12月"]), ["4月", "5月", "12月", "1月", "3月"])
    }

    func testWeekdaysFromMondayAndNumbersByValue() {
        XCTAssertEqual(sorted(["水", "月", "金", "火"]), ["月", "火", "水", "金"])
        XCTAssertEqual(sorted(["金曜日", "月曜日", "(水)"]), ["月曜日", "(水)", "金曜日"])
        XCTAssertEqual(sorted(["10", "9", "2.5"]), ["2.5", "9", "10"])
    }

    func testSurveyAnswersFromThePositiveEnd() {
        XCTAssertEqual(sorted(["不満", "満足", "どちらともいえない"]), ["満足", "どちらともいえない", "不満"])
        XCTAssertEqual(sorted(["そう思わない", "そう思う", "ややそう思う"]), ["そう思う", "ややそう思う", "そう思わない"])
    }

    func testLabelsOfNoKindKeepNoOrder() {
        XCTAssertNil(sorted(["総務課", "企画課", "税務課"]))
        XCTAssertNil(sorted(["はい", "いいえ"]))
        XCTAssertNil(sorted(["S001", "S002", "H010"]), "codes are not 昭和 or 平成 years")
        XCTAssertNil(sorted(["30代"]), "one level has nothing to order")
    }

    /// docs/CATEGORIES.md lists the ranks and answers as `- name: a, b | c`; the code's lists must be the same.
    func testTheDocumentedListsAreTheCodesLists() throws {
        let doc = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/CATEGORIES.md"), encoding: .utf8)
        func documented(_ name: String) throws -> [[String]] {
            let line = try XCTUnwrap(doc.split(separator: "\n").first { $0.hasPrefix("- \(name): ") }, "docs/CATEGORIES.md lists \(name)")
            return line.dropFirst("- \(name): ".count).split(separator: "|").map { rank in
                rank.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        XCTAssertEqual(try documented("jobRanks"), NaturalOrder.jobRanks)
        XCTAssertEqual(try documented("satisfaction"), NaturalOrder.satisfaction)
        XCTAssertEqual(try documented("agreement"), NaturalOrder.agreement)
        XCTAssertEqual(try documented("weekdays"), NaturalOrder.weekdays.map { [$0] })
    }

    func testOrderOptionsParseAndRefuseWhatIsNotColumnEqualsLevels() throws {
        let choices = try CategoryOrder.parse(["年代=20代以下,30代", "所属=企画課、総務課; 職位 = 課長,係長"])
        XCTAssertEqual(choices.map(\.column), ["年代", "所属", "職位"])
        XCTAssertEqual(choices.map(\.levels), [["20代以下", "30代"], ["企画課", "総務課"], ["課長", "係長"]])
        for bad in ["年代", "=20代", "年代="] {
            XCTAssertThrowsError(try CategoryOrder.parse([bad])) { error in
                XCTAssertEqual(error as? ProcedureError, .orderSyntax(text: bad))
            }
        }
    }
}
