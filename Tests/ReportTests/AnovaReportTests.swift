import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Anova: Single Factor sheet: the ToolPak's two blocks with hand-computed figures, recalculated by
/// LibreOffice, and a reading that names the extreme groups.
final class AnovaReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // By hand: grand mean 5; SSB = 3·(3² + 0² + 3²) = 54 on 2 df, SSW = 2 + 2 + 2 = 6 on 6 df, SST = 60,
    // F = 27 / 1 = 27, η² = 54/60 = 0.9, ω² = (54 − 2·1)/(60 + 1) = 52/61. The blank keeps group C at 3 values.
    private let groups = [
        DataColumn(name: "A", values: [1, 2, 3, nil]),
        DataColumn(name: "B", values: [4, 5, 6, nil]),
        DataColumn(name: "C", values: [7, 8, nil, 9]),
    ]

    private func document(_ language: Language) throws -> ReportDocument {
        let variables = groups.map { Variable(name: $0.name, values: $0.values) }
        let anova = try OneWayANOVA.compute(variables)
        let equalVariances = try [LeveneTest.Center.mean, .median].map { try LeveneTest.compute(variables, center: $0) }
        return AnovaWorkbook.document(language: language, sourceRows: [2, 3, 4, 5], groups: groups, anova: anova,
                                      tukey: try TukeyKramer.compute(anova), equalVariances: equalVariances)
    }

    func testSheetHoldsTheHandComputedFiguresInTheToolPaksPlaces() throws {
        let sheet = try document(.en).sheets[1].valuesByAddress()
        XCTAssertEqual(sheet["A1"], .text("Anova: Single Factor"))
        XCTAssertEqual(sheet["A3"], .text("SUMMARY"))
        XCTAssertEqual(["A4", "B4", "C4", "D4", "E4"].map { sheet[$0] }, ["Groups", "Count", "Sum", "Average", "Variance"].map { .text($0) })
        XCTAssertEqual(["B7", "C7", "D7", "E7"].map { sheet[$0] }, [3, 24, 8, 1].map { .number($0) })
        XCTAssertEqual(sheet["A10"], .text("ANOVA"))
        XCTAssertEqual(sheet["B11"], .text("SS"))
        XCTAssertEqual(sheet["C11"], .text("df"))
        XCTAssertEqual(["A12", "A13", "A15"].map { sheet[$0] }, ["Between Groups", "Within Groups", "Total"].map { .text($0) })
        let expected: [String: Double] = ["B12": 54, "C12": 2, "D12": 27, "E12": 27, "B13": 6, "C13": 6, "D13": 1,
                                          "B15": 60, "C15": 8, "B17": 0.9, "B18": 52.0 / 61.0]
        for (address, value) in expected {
            guard case .number(let cached)? = sheet[address] else { XCTFail("\(address) holds no number"); continue }
            XCTAssertEqual(cached, value, accuracy: 1e-13, address)
        }
        // Tukey–Kramer by hand: MSW = 1, SE = √(1/2 · (1/3 + 1/3)) = √(1/3), q(A, B) = 3√3; q crit(3 means,
        // 6 df, 5%) = 4.339 from the studentized range table (SciPy: 4.33920).
        // Every group has the same spread (|y − centre| = 1, 0, 1), so Levene's and Brown–Forsythe's F is 0, p 1.
        XCTAssertEqual(["A19", "A21"].map { sheet[$0] },
                       [.text("Levene's test F (equal variances, mean-centred)"), .text("Brown-Forsythe test F (median-centred)")])
        XCTAssertEqual(["B19", "B20", "B21", "B22"].map { sheet[$0] }, [0, 1, 0, 1].map { .number($0) })
        XCTAssertEqual(sheet["A24"], .text("Tukey-Kramer multiple comparisons"))
        guard case .number(let critical)? = sheet["B25"], case .number(let q)? = sheet["D28"],
              case .number(let standardError)? = sheet["C28"] else { return XCTFail("no Tukey figures") }
        XCTAssertEqual(critical, 4.339, accuracy: 5e-4)
        XCTAssertEqual(standardError, (1.0 / 3).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(q, 3 * 3.0.squareRoot(), accuracy: 1e-13)
        XCTAssertEqual(sheet["A30"], .text("B - C"))
        guard case .number(let p)? = sheet["F12"] else { return XCTFail("no p-value") }
        XCTAssertEqual(p, 0.001, accuracy: 1e-15, "F(2, 6) = 27 has upper tail (1 + 27·2/6)^-3 = 0.001")
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(.ja), in: folder, fileName: "anova.xlsx")
        // Summary 3 × 4, between 5 (its df is a constant), within 3, total 2, effect sizes 2, Tukey 3 pairs × 5.
        XCTAssertEqual(compared, 12 + 5 + 3 + 2 + 2 + 15)
    }

    func testReadingNamesTheVerdictAndTheExtremeGroups() throws {
        let reading = try document(.ja).sheets[2].valuesByAddress()
        XCTAssertEqual(reading["A5"], .text("グループの平均には 5% 水準で有意な差があります (F = 27.0、p = 0.001)。"))
        XCTAssertEqual(reading["A6"], .text("平均が最も高いのは C (8.00)、最も低いのは A (2.00) です。"))
        XCTAssertEqual(reading["A7"], .text("η² = 0.90: ばらつきの 90% をグループの違いで説明できます。"))
        // SciPy: studentized_range.sf(3√3, 3, 6) = 0.02423, sf(6√3, 3, 6) = 0.00079.
        XCTAssertEqual(reading["A8"], .text("テューキー・クレーマー法で 5% 水準の差がある組: A - B (p = 0.024)、A - C (p < 0.001)、B - C (p = 0.024)。"))
    }
}

extension AnovaReportTests {
    func testColumnChartOfTheGroupMeansReadsTheSummaryAverages() throws {
        let sheet = try document(.ja).sheets[1]
        let chart = try sheet.onlyChart(.column, values: ["'一元配置分散分析'!$D$5:$D$7"],
                                        categories: ["'一元配置分散分析'!$A$5:$A$7"])
        XCTAssertEqual([chart.xAxisTitle, chart.yAxisTitle], ["グループ", "平均"])
        XCTAssertEqual(chart.yAxisMinimum, 0, "bars of positive means start at 0")
        let values = try sheet.valuesByAddress()
        XCTAssertEqual(["A5", "A6", "A7"].map { values[$0] }, ["A", "B", "C"].map { .text($0) })
        XCTAssertEqual(values["D4"], .text("平均"))
        try sheet.assertChartsCoverNothing()
    }
}
