import Analysis
import Foundation
import Report
import XCTest

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
        let expected: [String: Double] = ["B11": 2, "C12": 2, "B16": 2.0.squareRoot(), "C16": -(2.0.squareRoot()),
                                          "B20": 2, "B21": 1, "B22": erfc(1), "B23": 0.5, "B24": 34.0 / 70.0]
        for (address, value) in expected {
            guard case .number(let cached)? = sheet[address] else { XCTFail("\(address) holds no number"); continue }
            XCTAssertEqual(cached, value, accuracy: 1e-14, address)
        }
        XCTAssertEqual(sheet["A24"], .text("Fisher's exact test P-value (two-tail)"))
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let (document, _) = try document(.ja)
        let compared = try assertFormulasRecalculate(document, in: folder, fileName: "crosstab.xlsx")
        // Observed 2×2 + 2 row totals + 3 column totals, expected 4, residuals 4, χ², p, V.
        XCTAssertEqual(compared, 4 + 2 + 3 + 4 + 4 + 3)
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
