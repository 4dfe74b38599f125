import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

/// The Group summary sheet by two keys, checked by hand and recalculated by LibreOffice.
final class GroupSummaryReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let value = DataColumn(name: "件数", values: [10, 14, 3, 5, nil, 7, 20])
    private let keys = [
        CategoryDataSheet.Column(name: "課", labels: ["総務", "総務", "福祉", "福祉", "福祉", "福祉", "総務"]),
        CategoryDataSheet.Column(name: "年度", labels: ["R5", "R5", "R5", "R5", "R6", "R6", "R6"]),
    ]

    private func document() throws -> ReportDocument {
        let summary = try GroupSummary.compute(Variable(name: value.name, values: value.values),
                                               by: keys.map { (name: $0.name, values: $0.labels) })
        return GroupSummaryWorkbook.document(language: .ja, sourceRows: Array(2...8), value: value, keys: keys, summary: summary)
    }

    func testGroupsHoldTheHandComputedFigures() throws {
        let cells = try document().sheets[1].valuesByAddress()
        // Sorted keys: 福祉×R5 (3, 5), 福祉×R6 (7; the blank row dropped), 総務×R5 (10, 14), 総務×R6 (20).
        XCTAssertEqual(["A4", "B4", "A5", "B5", "A6", "A7"].map { cells[$0] },
                       ["福祉", "R5", "福祉", "R6", "総務", "総務"].map { .text($0) })
        XCTAssertEqual(["C4", "D4", "F4", "G4"].map { cells[$0] }, [2, 4, 3, 5].map { .number($0) })
        XCTAssertEqual(cells["E4"], .number(2.0.squareRoot()))
        XCTAssertEqual(cells["C5"], .number(1))
        XCTAssertEqual(cells["E5"], .error(.divisionByZero), "one value has no sample SD")
        XCTAssertEqual(cells["E6"], .number(8.0.squareRoot()))
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(), in: folder, fileName: "groups.xlsx")
        XCTAssertEqual(compared, 4 * 5 + 4, "four groups × count, mean, SD, minimum, maximum; the chart's 2 × 2 means")
    }
}

extension GroupSummaryReportTests {
    func testTwoKeysChartOneSeriesPerSecondKeyLevelThroughAGridOfTheMeanCells() throws {
        let sheet = try document().sheets[1]
        let chart = try sheet.onlyChart(.column, values: ["'グループ別集計'!$J$6:$J$7", "'グループ別集計'!$K$6:$K$7"],
                                        categories: ["'グループ別集計'!$I$6:$I$7"], names: ["R5", "R6"])
        XCTAssertEqual([chart.xAxisTitle, chart.yAxisTitle], ["課", "平均"])
        XCTAssertEqual(chart.yAxisMinimum, 0)
        // Each grid cell refers to its group's Mean cell (column D, rows 4–7 in key order): 4, 7 / 12, 20.
        let cells = try sheet.valuesByAddress()
        XCTAssertEqual(cells["D3"], .text("平均"))
        XCTAssertEqual(["I6", "I7", "J5", "K5"].map { cells[$0] }, ["福祉", "総務", "R5", "R6"].map { .text($0) })
        XCTAssertEqual(try sheet.formulasByAddress().filter { $0.key.hasPrefix("J") || $0.key.hasPrefix("K") },
                       ["J6": "D4", "K6": "D5", "J7": "D6", "K7": "D7"])
        XCTAssertEqual(["J6", "K6", "J7", "K7"].map { cells[$0] }, [4, 7, 12, 20].map { .number($0) })
        try sheet.assertChartsCoverNothing()
    }

    func testOneKeyChartsTheMeanColumnAgainstTheGroupNames() throws {
        let summary = try GroupSummary.compute(Variable(name: value.name, values: value.values),
                                               by: [(name: keys[0].name, values: keys[0].labels)])
        let sheet = GroupSummaryWorkbook.document(language: .en, sourceRows: Array(2...8), value: value, keys: [keys[0]],
                                                  summary: summary).sheets[1]
        let chart = try sheet.onlyChart(.column, values: ["'Group summary'!$C$4:$C$5"], categories: ["'Group summary'!$A$4:$A$5"])
        let cells = try sheet.valuesByAddress()
        XCTAssertEqual(["C3", "A4", "A5"].map { cells[$0] }, ["Mean", "福祉", "総務"].map { .text($0) })
        // 福祉: 3, 5, 7 (the blank row dropped); 総務: 10, 14, 20.
        XCTAssertEqual(cells["C4"], .number(5))
        guard case .number(let mean)? = cells["C5"] else { return XCTFail("no mean for 総務") }
        XCTAssertEqual(mean, 44.0 / 3, accuracy: 1e-14)
        XCTAssertEqual(chart.anchor, CellAddress(row: 3, column: 7))
        try sheet.assertChartsCoverNothing()
    }
}

extension GroupSummaryReportTests {
    func testBarsOfNegativeMeansLeaveTheAxisToTheSpreadsheet() throws {
        let shifted = DataColumn(name: value.name, values: value.values.map { $0.map { $0 - 10 } })
        let summary = try GroupSummary.compute(Variable(name: shifted.name, values: shifted.values),
                                               by: [(name: keys[0].name, values: keys[0].labels)])
        // 福祉: −7, −5, −3 → −5; 総務: 0, 4, 10 → 14/3.
        XCTAssertEqual(summary.groups.map(\.mean)[0], -5)
        XCTAssertEqual(summary.groups.map(\.mean)[1], 14.0 / 3, accuracy: 1e-14)
        let sheet = GroupSummaryWorkbook.document(language: .en, sourceRows: Array(2...8), value: shifted, keys: [keys[0]],
                                                  summary: summary).sheets[1]
        XCTAssertNil(try XCTUnwrap(sheet.charts.first).yAxisMinimum, "a 0 minimum would hide the negative bar")
    }
}

extension GroupSummaryReportTests {
    func testNoGroupsWritesNoChart() throws {
        let blank = DataColumn(name: value.name, values: value.values.map { _ in nil })
        let summary = try GroupSummary.compute(Variable(name: blank.name, values: blank.values),
                                               by: keys.map { (name: $0.name, values: $0.labels) })
        XCTAssertEqual(summary.groups, [])
        let document = GroupSummaryWorkbook.document(language: .ja, sourceRows: Array(2...8), value: blank, keys: keys,
                                                     summary: summary)
        XCTAssertEqual(document.sheets[1].charts, [])
        XCTAssertNoThrow(try ReportWriter().write(document, to: folder.file("no-groups.xlsx")))
    }
}
