import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The normality workbook (summary, reading, Q–Q plots) and the Shapiro–Wilk line `describe` adds: figures
/// from SciPy in their places, every formula recalculated by LibreOffice.
final class NormalityReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // SciPy: shapiro → W = 0.8659262486195691, p = 0.21044383696322366. Three values leave kurtosis undefined.
    private let columns = [DataColumn(name: "待ち時間", values: [4.2, 5.1, 7.9, nil, 6.5, 5.5, 12.25]),
                           DataColumn(name: "件数", values: [3, 8, nil, 4, nil, nil, nil])]

    private func document(_ language: Language) throws -> ReportDocument {
        let checks = try columns.map { try NormalityCheck.compute(Variable(name: $0.name, values: $0.values)) }
        return NormalityWorkbook.document(language: language, sourceRows: Array(2...8), columns: columns, checks: checks)
    }

    private func number(_ cells: [String: ReportValue], _ address: String) -> Double {
        guard case .number(let value)? = cells[address] else { XCTFail("\(address): \(String(describing: cells[address]))"); return .nan }
        return value
    }

    func testSummaryHoldsSciPysFiguresAndTheQQPlotsFollowTheReading() throws {
        let document = try document(.en)
        XCTAssertEqual(document.sheets.map(\.name), ["Data", "Normality", "Reading", "Q-Q plots"])
        let summary = try document.sheets[1].valuesByAddress()
        XCTAssertEqual((4...10).map { summary["A\($0)"] },
                       ["Observations", "Shapiro-Wilk W", "Shapiro-Wilk P-value", "Skewness (SKEW)", "Standard error of skewness",
                        "Excess kurtosis (KURT)", "Standard error of kurtosis"].map { .text($0) })
        XCTAssertEqual(number(summary, "B5"), 0.8659262486195691, accuracy: 1e-9)
        XCTAssertEqual(number(summary, "B6"), 0.21044383696322366, accuracy: 1e-7)
        XCTAssertEqual(number(summary, "B8"), (6.0 * 6 * 5 / (4 * 7 * 9)).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(summary["C9"], .error(.divisionByZero), "KURT needs 4 values")
        XCTAssertNil(try document.sheets[1].formulasByAddress()["B5"], "W is a value")
        let qq = try document.sheets[3].valuesByAddress()
        XCTAssertEqual(qq["A1"], .text("Normal Q-Q plot: 待ち時間"))
        XCTAssertEqual(["A3", "C3", "C8"].map { qq[$0] }, [.number(1), .number(4.2), .number(12.25)])
        XCTAssertEqual(number(qq, "B3"), Normal.standard.quantile(0.625 / 6.25), accuracy: 1e-15)
        XCTAssertEqual(try document.sheets[3].formulasByAddress()["B3"], "NORM.S.INV((A3-0.375)/(Normality!$B$4+0.25))")
        XCTAssertEqual(document.sheets[3].charts.count, 2)
        XCTAssertTrue(document.sheets[3].charts.allSatisfy { $0.kind == .scatter && $0.series[0].showsLinearTrendline })
        try document.sheets[3].assertChartsCoverNothing()
    }

    func testEveryFormulaRecalculatesInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(.ja), in: folder, fileName: "normality.xlsx")
        // Summary: 5 formulas per column (W and p are values; the second column's KURT and its SE are #DIV/0!);
        // Q-Q: 2 per value.
        XCTAssertEqual(compared, 2 * 5 + 2 * 6 + 2 * 3)
    }

    func testReadingSaysWhatToDoNext() throws {
        let reading = try document(.ja).sheets[2].valuesByAddress()
        XCTAssertEqual(reading["A5"], .text("待ち時間 (シャピロ・ウィルク W = 0.866、p = 0.210): 5% 水準では有意ではなく、正規分布から外れているとは言えません（データからは判断できません）。"))
        XCTAssertEqual(reading["A6"], .text("待ち時間 は右に裾を引いた (少数の大きな値がある)分布です (歪度 1.52)。"))
        XCTAssertEqual(reading["A7"], .text("待ち時間 は値が 6 個しかなく、正規分布とはいえない形です。グループを比べるには、t 検定より順位による検定 (mannwhitney、対になったデータは wilcoxon、3 グループ以上は kruskal) を検討してください。"))
    }

    func testDescribeAddsTheShapiroWilkLineOnlyWhenAsked() throws {
        let values = columns[0].values
        let statistics = [try DescriptiveStatistics.compute(Variable(name: "待ち時間", values: values))]
        let plain = DescribeWorkbook.document(language: .en, sourceRows: Array(2...8), columns: [columns[0]], statistics: statistics)
        let withTest = DescribeWorkbook.document(language: .en, sourceRows: Array(2...8), columns: [columns[0]], statistics: statistics,
                                                 shapiroWilk: [ShapiroWilk.test(values.compactMap { $0 })])
        let before = try plain.sheets[1].valuesByAddress(), after = try withTest.sheets[1].valuesByAddress()
        for (address, value) in before { XCTAssertEqual(after[address], value, "\(address) is unchanged") }
        XCTAssertEqual(after["A20"], .text("Shapiro-Wilk W"))
        XCTAssertEqual(number(after, "B20"), 0.8659262486195691, accuracy: 1e-9)
        XCTAssertEqual(after["A21"], .text("Shapiro-Wilk P-value"))
        XCTAssertEqual(after["A23"], .text(Labels.Normality.shapiroWilkIsValue.text(.en)))
        XCTAssertEqual(try withTest.sheets[1].laidOutCells().count, try plain.sheets[1].laidOutCells().count + 5)
    }
}
