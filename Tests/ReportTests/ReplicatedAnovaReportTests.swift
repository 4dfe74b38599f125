import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Two-Factor With Replication sheet on a 2 × 2 design with 2 replicates computed by hand, and its
/// recalculation.
final class ReplicatedAnovaReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // Cells S1·A {1, 3}, S1·B {5, 7}, S2·A {2, 4}, S2·B {10, 12}; grand mean 5.5. Sample means 4, 7 →
    // SSA = 4 · 4.5 = 18; column means 2.5, 8.5 → SSB = 4 · 18 = 72; each cell DEVSQ 2 → SSE = 8;
    // SST = 106 → SSAB = 8 (also 2 · Σ(±1)²). MSE = 8/4 = 2, so F = 9, 36, 4.
    private let columns = [
        DataColumn(name: "A", values: [1, 3, 2, 4]),
        DataColumn(name: "B", values: [5, 7, 10, 12]),
    ]

    private func document(_ language: Language = .en) throws -> ReportDocument {
        let cells = [[[1.0, 3], [5, 7]], [[2, 4], [10, 12]]]
        let anova = try TwoWayANOVA.compute(cells: cells, rowNames: ["S1", "S2"], columnNames: ["A", "B"])
        return ReplicatedAnovaWorkbook.document(language: language, sourceRows: [2, 3, 4, 5], columns: columns,
                                                replicates: 2, anova: anova)
    }

    private func cells(_ document: ReportDocument, sheet: Int = 1) throws -> [String: ReportValue] {
        try document.sheets[sheet].valuesByAddress()
    }

    func testSheetHoldsTheHandComputedFigures() throws {
        let cells = try cells(document())
        XCTAssertEqual(cells["A1"], .text("Anova: Two-Factor With Replication"))
        XCTAssertEqual(["A3", "B3", "D3", "A4", "A5", "A10", "A16", "A22", "A24", "A25", "A26", "A27", "A29"].map { cells[$0] },
                       ["SUMMARY", "A", "Total", "S1", "Count", "S2", "Total", "ANOVA", "Sample", "Columns", "Interaction",
                        "Within", "Total"].map { .text($0) })
        let expected: [String: Double] = ["D5": 4, "D7": 4, "C13": 11, "B19": 2.5, "C19": 8.5,
                                          "B24": 18, "C24": 1, "E24": 9, "B25": 72, "E25": 36, "B26": 8, "E26": 4,
                                          "B27": 8, "C27": 4, "D27": 2, "B29": 106, "C29": 7]
        for (address, value) in expected {
            guard case .number(let cached)? = cells[address] else { XCTFail("\(address) holds no number"); continue }
            XCTAssertEqual(cached, value, accuracy: 1e-12 * max(1, value), address)
        }
    }

    func testJapaneseLabelsFollowTheToolPak() throws {
        let cells = try cells(document(.ja))
        XCTAssertEqual(["A1", "A3", "A5", "A24", "A26", "A27"].map { cells[$0] },
                       ["分散分析: 繰り返しのある二元配置", "概要", "標本数", "標本", "交互作用", "繰り返し誤差"].map { .text($0) })
    }

    func testReadingReportsTheInteractionFirst() throws {
        let reading = try cells(document(), sheet: 2)
        let texts = reading.values.compactMap { if case .text(let t) = $0 { t } else { nil } }
        XCTAssertTrue(texts.contains { $0.hasPrefix("The interaction (F = 4") }, "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("The means of A, B differ significantly") }, "\(texts)")
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(), in: folder, fileName: "anova2r.xlsx")
        // Sample blocks 2 × 3 × 4 and column totals 2 × 4; Sample, Columns, Interaction 5 each (df constant);
        // Within SS and MS; Total SS and df; the chart's 2 × 2 cell means.
        XCTAssertEqual(compared, 24 + 8 + 15 + 2 + 2 + 4)
    }
}

extension ReplicatedAnovaReportTests {
    func testInteractionPlotReadsTheSummaryAveragesThroughTheCellMeansGrid() throws {
        let sheet = try document().sheets[1]
        let chart = try sheet.onlyChart(.line, values: ["'Anova two-factor'!$J$5:$J$6", "'Anova two-factor'!$K$5:$K$6"],
                                        categories: ["'Anova two-factor'!$I$5:$I$6"], names: ["A", "B"])
        XCTAssertNil(chart.yAxisMinimum, "lines are read by their slopes, so the spreadsheet scales the axis")
        // The grid's cells are the SUMMARY's Average cells (rows 7 and 13), whose means are 2, 6 / 3, 11.
        let cells = try self.cells(document())
        XCTAssertEqual(["A7", "A13", "I3", "I5", "I6", "J4", "K4"].map { cells[$0] },
                       ["Average", "Average", "Cell means (data of the chart)", "S1", "S2", "A", "B"].map { .text($0) })
        XCTAssertEqual(try sheet.formulasByAddress().filter { $0.key.hasPrefix("J") || $0.key.hasPrefix("K") },
                       ["J5": "B7", "J6": "B13", "K5": "C7", "K6": "C13"])
        XCTAssertEqual(["J5", "J6", "K5", "K6"].map { cells[$0] }, [2, 3, 6, 11].map { .number($0) })
        try sheet.assertChartsCoverNothing()
    }
}
