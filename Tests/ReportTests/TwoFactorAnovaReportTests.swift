import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Two-Factor Without Replication sheet on a 4 × 3 grid computed by hand, and its recalculation.
final class TwoFactorAnovaReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // Grand mean 150/12 = 12.5; row means 38/3, 11, 34/3, 15 → SSR = 3 · 89/9 = 89/3; column means 11.75,
    // 15, 10.75 → SSC = 4 · 9.875 = 39.5; SST = 71; SSE = 71 − 89/3 − 39.5 = 11/6.
    private let columns = [
        DataColumn(name: "A", values: [12, 10, 11, 14]),
        DataColumn(name: "B", values: [15, 14, 13, 18]),
        DataColumn(name: "C", values: [11, 9, 10, 13]),
    ]

    private func document() throws -> ReportDocument {
        let grid = (0..<4).map { row in columns.map { $0.values[row] ?? 0 } }
        let anova = try TwoWayANOVAWithoutReplication.compute(grid: grid, rowNames: ["月", "火", "水", "木"],
                                                              columnNames: ["A", "B", "C"])
        return TwoFactorAnovaWorkbook.document(language: .en, sourceRows: [2, 3, 4, 5], columns: columns, anova: anova)
    }

    func testSheetHoldsTheHandComputedFigures() throws {
        let cells = try document().sheets[1].valuesByAddress()
        XCTAssertEqual(cells["A1"], .text("Anova: Two-Factor Without Replication"))
        XCTAssertEqual(["A3", "A4", "A9", "A13", "A15", "A16", "A17", "A19"].map { cells[$0] },
                       ["SUMMARY", "月", "A", "ANOVA", "Rows", "Columns", "Error", "Total"].map { .text($0) })
        let expected: [String: Double] = ["B15": 89.0 / 3, "C15": 3, "B16": 39.5, "C16": 2, "B17": 11.0 / 6, "C17": 6,
                                          "E15": (89.0 / 9) / (11.0 / 36), "E16": 19.75 / (11.0 / 36), "B19": 71, "C19": 11]
        for (address, value) in expected {
            guard case .number(let cached)? = cells[address] else { XCTFail("\(address) holds no number"); continue }
            XCTAssertEqual(cached, value, accuracy: 1e-12 * max(1, value), address)
        }
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(), in: folder, fileName: "anova2.xlsx")
        // Summaries (4 + 3) × 4; Rows and Columns 5 each (df constant); Error SS and MS; Total SS and df.
        XCTAssertEqual(compared, 7 * 4 + 5 + 5 + 2 + 2)
    }
}

extension TwoFactorAnovaReportTests {
    func testInteractionPlotDrawsOneLinePerColumnOfTheDataGrid() throws {
        let document = try document()
        let sheet = document.sheets[1]
        let chart = try sheet.onlyChart(.line, values: ["Data!$B$2:$B$5", "Data!$C$2:$C$5", "Data!$D$2:$D$5"],
                                        categories: ["'Anova two-factor'!$A$4:$A$7"], names: ["A", "B", "C"])
        let data = try document.sheets[0].valuesByAddress()
        XCTAssertEqual(["B1", "C1", "D1"].map { data[$0] }, ["A", "B", "C"].map { .text($0) })
        XCTAssertEqual(["B2", "C5", "D3"].map { data[$0] }, [12, 18, 9].map { .number($0) })
        let cells = try sheet.valuesByAddress()
        XCTAssertEqual(["A4", "A7"].map { cells[$0] }, ["月", "木"].map { .text($0) })
        XCTAssertEqual([chart.xAxisTitle, chart.yAxisTitle], ["Rows", "Value"])
        try sheet.assertChartsCoverNothing()
    }
}
