import Foundation
import XCTest
@testable import XLSXReader
import TestSupport

/// Chart titles and axis names come from the participant's columns (所属, 月間残業時間), not generic words (グループ, 行).
final class ChartTitleCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    /// The text runs (`<a:t>`) of every chart part of a written workbook, chart by chart.
    private func chartTexts(_ arguments: [String]) throws -> [[String]] {
        let out = try temporaryFolder().appendingPathComponent("c.xlsx")
        let run = try CommandRunner.run(arguments + ["--lang", "ja", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let archive = try ZipArchive(path: out.path, limits: ReadLimits())
        var charts: [[String]] = []
        while archive.contains("xl/charts/chart\(charts.count + 1).xml") {
            let xml = String(decoding: try archive.readAll("xl/charts/chart\(charts.count + 1).xml"), as: UTF8.self)
            charts.append(xml.components(separatedBy: "<a:t>").dropFirst().map { String($0.prefix { $0 != "<" }) })
        }
        return charts
    }

    func testAnovaOfOneRowPerObservationNamesTheGroupAndValueColumns() throws {
        let charts = try chartTexts(["anova", staff, "--coerce-numbers", "--value", "月間残業時間", "--group", "所属"])
        let texts = try XCTUnwrap(charts.first)
        XCTAssertTrue(texts.contains("所属別の月間残業時間の平均"), "\(texts)")
        XCTAssertTrue(texts.contains("所属"), "the category axis is named after the group column: \(texts)")
        XCTAssertFalse(texts.contains("グループ"), "\(texts)")
    }

    func testTwoFactorAnovaNamesTheRowAxisAfterTheRowLabelColumn() throws {
        let charts = try chartTexts(["anova2", staff, "--coerce-numbers", "--columns", "月間残業時間,年齢", "--row-labels", "所属"])
        let texts = try XCTUnwrap(charts.first)
        XCTAssertTrue(texts.contains("所属"), "\(texts)")
        XCTAssertFalse(texts.contains("行"), "\(texts)")
    }

    func testHistogramAxisIsTheColumnsName() throws {
        let charts = try chartTexts(["histogram", staff, "--coerce-numbers", "--columns", "月間残業時間"])
        let texts = try XCTUnwrap(charts.first)
        XCTAssertTrue(texts.contains("月間残業時間"), "\(texts)")
        XCTAssertFalse(texts.contains("データ区間"), "\(texts)")
    }

    func testSmoothingValueAxisIsTheColumnsName() throws {
        let charts = try chartTexts(["smooth", staff, "--coerce-numbers", "--column", "月間残業時間", "--moving-average", "3"])
        let texts = try XCTUnwrap(charts.first)
        XCTAssertTrue(texts.filter { $0 == "月間残業時間" }.count >= 1 && !texts.contains("値"), "\(texts)")
    }

    func testDiDTimeAxisIsThePeriodColumn() throws {
        // The fixture's period column renamed 半期, so the axis shows the column's name rather than the generic 期間.
        let fixture = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/did_offices.csv"),
                                 encoding: .utf8)
        let file = try temporaryFolder().appendingPathComponent("did.csv")
        try fixture.replacingOccurrences(of: "窓口,期間,", with: "窓口,半期,").write(to: file, atomically: true, encoding: .utf8)
        let charts = try chartTexts(["did", file.path, "--value", "待ち時間", "--group", "窓口", "--treated", "本庁",
                                     "--period", "半期", "--after", "2024上,2024下"])
        XCTAssertTrue(charts.contains { $0.contains("半期") && $0.contains("待ち時間") }, "\(charts)")
    }
}
