import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Cross tabulation sheet on a 2×2 table small enough to check by hand, and its recalculation.
final class CrossTabReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // Observed [[3, 1], [1, 3]] plus a row with a blank: N = 8, every expected count 2, χ² = 4 · 1/2 = 2 on
    // 1 df, p = erfc(1), V = √(2/8) = 0.5, adjusted residuals ±1/√0.5 = ±√2, Fisher two-sided p = 34/70.
    private let rows = CategoryDataSheet.Column(name: "研修", labels: ["受講", "受講", "受講", "受講", "未受講", "未受講", "未受講", "未受講", nil])
    private let columns = CategoryDataSheet.Column(name: "合格", labels: ["合格", "合格", "合格", "不合格", "合格", "不合格", "不合格", "不合格", "合格"])

    private func document(_ language: Language) throws -> (ReportDocument, CrossTabulation) {
        let table = try CrossTabulation.tabulate(rows: rows.labels, columns: columns.labels)
        return (CrossTabWorkbook.document(language: language, sourceRows: Array(2...10), rows: rows, columns: columns, table: table), table)
    }

    func testFiguresMatchTheHandComputation() throws {
        let (document, table) = try document(.en)
        XCTAssertEqual(table.droppedRows, [8])
        let sheet = try document.sheets[1].valuesByAddress()
        XCTAssertEqual(sheet["A4"], .text("研修 \\ 合格"))
        XCTAssertEqual(["B5", "C5", "D5", "B6", "C6", "D6", "D7"].map { sheet[$0] }, [3, 1, 4, 1, 3, 4, 8].map { .number($0) })
        // Row percentages (rows 11–13), column percentages (17–19), then expected counts, residuals and the test.
        let expected: [String: Double] = ["B11": 0.75, "C11": 0.25, "D11": 1, "B12": 0.25, "C12": 0.75, "B13": 0.5, "C13": 0.5, "D13": 1,
                                          "B17": 0.75, "C17": 0.25, "D17": 0.5, "B18": 0.25, "D18": 0.5, "B19": 1, "D19": 1,
                                          "B23": 2, "C24": 2, "B28": 2.0.squareRoot(), "C28": -(2.0.squareRoot()),
                                          "B32": 2, "B33": 1, "B34": erfc(1), "B35": 0.5, "B36": 34.0 / 70.0]
        for (address, value) in expected {
            guard case .number(let cached)? = sheet[address] else { XCTFail("\(address) holds no number"); continue }
            XCTAssertEqual(cached, value, accuracy: 1e-14, address)
        }
        XCTAssertEqual(sheet["A36"], .text("Fisher's exact test P-value (two-tail)"))
        XCTAssertEqual([sheet["A9"], sheet["A15"]], [.text("Row percentages (each count ÷ its row total)"),
                                                     .text("Column percentages (each count ÷ its column total)")])
        let formulas = try document.sheets[1].formulasByAddress()
        XCTAssertEqual(["B11", "D11", "B13", "B17", "D17", "D19"].map { formulas[$0] },
                       ["B5/D5", "SUM(B11:C11)", "B7/D7", "B5/B7", "D5/D7", "SUM(D17:D18)"])
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let (document, _) = try document(.ja)
        let compared = try assertFormulasRecalculate(document, in: folder, fileName: "crosstab.xlsx")
        // Observed 2×2 + 2 row totals + 3 column totals, row and column percentages 2 × (4 + 2 + 3), expected 4,
        // residuals 4, χ², p, V.
        XCTAssertEqual(compared, 4 + 2 + 3 + 2 * (4 + 2 + 3) + 4 + 4 + 3)
    }

    func testReadingWarnsAboutSmallExpectedCountsWithFishersP() throws {
        let (document, _) = try document(.ja)
        let reading = try document.sheets[2].valuesByAddress().values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
        // Every expected count is 2: χ² fails (Cochran), so V is not quoted as a size.
        XCTAssertTrue(reading.contains("研修 と 合格: χ² = 2.00、自由度 1、p = 0.157。5% 水準では有意ではなく、関連があるとは言えません（データからは判断できません）。"), "\(reading)")
        XCTAssertTrue(reading.contains("期待度数が 5 未満のセルが 4 個中 4 個 (100%) あり、20% を超えるため、カイ二乗検定の P 値とクラメールの V は信頼できません。近似を使わないフィッシャーの正確確率検定では p = 0.486 です。"), "\(reading)")
        XCTAssertTrue(reading.contains("欠損値のある 1 行は分析から除きました。"), "\(reading)")
    }
}

extension CrossTabReportTests {
    func testClusteredColumnChartDrawsTheObservedCountsOneSeriesPerColumnCategory() throws {
        let (document, table) = try document(.en)
        let sheet = document.sheets[1]
        let chart = try sheet.onlyChart(.column, values: ["'Cross tabulation'!$B$5:$B$6", "'Cross tabulation'!$C$5:$C$6"],
                                        categories: ["'Cross tabulation'!$A$5:$A$6"], names: table.columnLabels)
        XCTAssertEqual([chart.xAxisTitle, chart.yAxisTitle], ["研修", "Count"])
        XCTAssertEqual(chart.yAxisMinimum, 0)
        // The referenced cells are the observed counts under their own headers, not the totals or expected counts.
        let cells = try sheet.valuesByAddress()
        XCTAssertEqual(["B4", "C4"].map { cells[$0] }, table.columnLabels.map { .text($0) })
        XCTAssertEqual(["A5", "A6"].map { cells[$0] }, ["受講", "未受講"].map { .text($0) })
        XCTAssertEqual(["B5", "C5", "B6", "C6"].map { cells[$0] }, [3, 1, 1, 3].map { .number($0) })
        try sheet.assertChartsCoverNothing()
    }
}

extension CrossTabReportTests {
    /// 3 × 2, 20 rows each: はい in 18, 10 and 2 of them (90%, 50%, 10%), far from independence.
    func testASignificantTableIsReadThroughItsRowPercentages() throws {
        let rows = CategoryDataSheet.Column(name: "年代", labels: (0..<60).map { ["20代", "30代", "40代"][$0 / 20] })
        let columns = CategoryDataSheet.Column(name: "受講", labels: (0..<60).map { $0 % 20 < [18, 10, 2][$0 / 20] ? "はい" : "いいえ" })
        let table = try CrossTabulation.tabulate(rows: rows.labels, columns: columns.labels)
        XCTAssertLessThan(table.pValue, 0.001)
        let document = CrossTabWorkbook.document(language: .ja, sourceRows: Array(2...61), rows: rows, columns: columns, table: table)
        let reading = try document.sheets[2].valuesByAddress().values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
        XCTAssertTrue(reading.contains("行の構成比では、「はい」の割合が最も高いのは 20代 (90.0%)、最も低いのは 40代 (10.0%) です。「いいえ」の割合が最も高いのは 40代 (90.0%)、最も低いのは 20代 (10.0%) です。"), "\(reading)")
    }

    /// A stray row (`40代 ` typed with a space, one case) would be 100% or 0% of anything: it is not named.
    func testRowsOfFewCasesAreNotNamedAsHighestOrLowest() throws {
        let ages = (0..<60).map { ["20代", "30代", "40代"][$0 / 20] } + ["40代 "]
        let answers = (0..<60).map { $0 % 20 < [18, 10, 2][$0 / 20] ? "はい" : "いいえ" } + ["はい"]
        let table = try CrossTabulation.tabulate(rows: ages, columns: answers)
        let document = CrossTabWorkbook.document(language: .ja, sourceRows: Array(2...62), rows: .init(name: "年代", labels: ages),
                                                 columns: .init(name: "受講", labels: answers), table: table)
        let reading = try document.sheets[2].valuesByAddress().values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
        XCTAssertTrue(reading.contains("行の構成比 (10 件以上の行) では、「はい」の割合が最も高いのは 20代 (90.0%)、最も低いのは 40代 (10.0%) です。「いいえ」の割合が最も高いのは 40代 (90.0%)、最も低いのは 20代 (10.0%) です。"), "\(reading)")
    }
}
