import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

/// The DiD workbook: LibreOffice recalculates every formula to the cached values, and the reading never
/// reads a non-significant estimate as "no effect".
final class DiDReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let groups = ["本庁", "本庁", "本庁", "本庁", "A支所", "A支所", "A支所", "A支所",
                          "本庁", "本庁", "本庁", "本庁", "A支所", "A支所", "A支所", "A支所",
                          "本庁", "本庁", "A支所", "A支所"]
    private let periods = ["R4", "R4", "R5", "R5", "R4", "R4", "R5", "R5",
                           "R6", "R6", "R4", "R5", "R6", "R6", "R4", "R5", "R6", "R6", "R6", "R6"]
    private let units = ["u1", "u2", "u1", "u2", "u3", "u4", "u3", "u4",
                         "u1", "u2", "u5", "u5", "u3", "u4", "u6", "u6", "u5", "u7", "u6", "u8"]

    private func document(values: [Double], language: Language = .ja) throws -> (ReportDocument, DifferenceInDifferences) {
        let result = try DifferenceInDifferences.compute(valueName: "待ち時間", values: values, treated: groups.map { $0 == "A支所" },
                                                         periods: periods, periodOrder: ["R4", "R5", "R6"], afterPeriods: ["R6"],
                                                         units: units)
        let columns = DiDWorkbook.Columns(value: DataColumn(name: "待ち時間", values: values),
                                          group: .init(name: "窓口", labels: groups), period: .init(name: "年度", labels: periods),
                                          unit: .init(name: "来庁者", labels: units), treatedLevel: "A支所", afterLevels: ["R6"])
        return (DiDWorkbook.document(language: language, sourceRows: Array(2...21), columns: columns, result: result), result)
    }

    private let values: [Double] = [20, 22, 21, 23, 25, 24, 26, 25, 24, 25, 19, 20, 18, 19, 27, 26, 22, 23, 20, 17]

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(values: values).0, in: folder, fileName: "did.xlsx")
        XCTAssertGreaterThan(compared, 60 + 30)
    }

    func testTwoByTwoAndRegressionAgree() throws {
        let (_, result) = try document(values: values)
        for e in result.regression { XCTAssertEqual(e.estimate, result.estimate, accuracy: 1e-12) }
        XCTAssertNotNil(result.preTrend)
    }

    func testNonSignificantReadingSaysCannotSay() throws {
        let flat: [Double] = [20, 22, 21, 23, 21, 23, 22, 20, 22, 21, 20, 23, 22, 21, 22, 20, 21, 22, 23, 20]
        let (doc, result) = try document(values: flat)
        XCTAssertGreaterThan(result.primary.pValue!, 0.05)
        let reading = try doc.sheets[2].valuesByAddress().values.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined(separator: "\n")
        XCTAssertTrue(reading.contains("効果があるとは言えない（データからは判断できない）"), reading)
        XCTAssertTrue(reading.contains("信頼区間は ["), reading)
        XCTAssertFalse(reading.contains("効果がない。") || reading.contains("効果はありません"), reading)
        let (en, _) = try document(values: flat, language: .en)
        let english = try en.sheets[2].valuesByAddress().values.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined(separator: "\n")
        XCTAssertTrue(english.contains("we cannot say the measure had an effect"), english)
    }
}
