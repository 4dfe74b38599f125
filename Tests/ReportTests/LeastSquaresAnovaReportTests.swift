import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The two-factor ANOVA sheet of long-format data on an unbalanced 2 × 2 design, its reading and its
/// recalculation.
final class LeastSquaresAnovaReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // 本庁 × 月 {10, 12}, 本庁 × 火 {20}, 支所 × 月 {5, 7, 9}, 支所 × 火 {14, 16}; the ninth row lacks its value.
    // Within = Σ cell DEVSQ = 12 on 4 df, Total = 169.875. statsmodels `anova_lm` gives Type II SS 3721/105 (窓口),
    // 4563/35 (曜日), 3/7 (interaction) and Type III SS 243/7 and 867/7 for the main effects.
    private let value = DataColumn(name: "待ち時間", values: [10, 12, 20, 5, 7, 9, 14, 16, nil])
    private let office = CategoryDataSheet.Column(name: "窓口", labels: ["本庁", "本庁", "本庁", "支所", "支所", "支所", "支所",
                                                                        "支所", "本庁"])
    private let day = CategoryDataSheet.Column(name: "曜日", labels: ["月", "月", "火", "月", "月", "月", "火", "火", "火"])

    private func document(_ language: Language = .en, type: SumsOfSquaresType = .typeII,
                          interaction: Bool = true) throws -> ReportDocument {
        let anova = try LeastSquaresTwoWayANOVA.compute(value: Variable(name: value.name, values: value.values),
                                                        first: CategoricalVariable(name: office.name, labels: office.labels),
                                                        second: CategoricalVariable(name: day.name, labels: day.labels),
                                                        interaction: interaction, sumsOfSquares: type)
        return LeastSquaresAnovaWorkbook.document(language: language, sourceRows: Array(2...10), value: value,
                                                  first: office, second: day, anova: anova)
    }

    private func cells(_ document: ReportDocument, sheet: Int = 1) throws -> [String: ReportCell.Content] {
        var cells: [String: ReportCell.Content] = [:]
        for placed in try document.sheets[sheet].laidOutCells() { cells[placed.address.a1()] = placed.cell.content }
        return cells
    }

    private func number(_ content: ReportCell.Content?) -> Double? {
        switch content {
        case .value(.number(let x))?, .formula(_, .number(let x))?: x
        default: nil
        }
    }

    private func text(_ content: ReportCell.Content?) -> String? {
        if case .value(.text(let t))? = content { t } else { nil }
    }

    func testSummaryAndAnovaTableHoldTheReferenceFigures() throws {
        let cells = try cells(document())
        XCTAssertEqual(["A1", "A3", "B3", "C3", "D3", "A4", "A5", "A6", "A7", "A9", "A14", "A19", "A21", "A22", "A23", "A24", "A26"]
            .map { text(cells[$0]) },
                       ["Anova: Two-Factor, Unequal Cell Sizes (least squares): 待ち時間", "SUMMARY", "月", "火", "Total", "本庁",
                        "Count", "Average", "Standard Deviation", "支所", "Total", "ANOVA (Type II sums of squares)", "窓口", "曜日",
                        "Interaction (窓口 × 曜日)", "Within", "Total"])
        let expected: [String: Double] = [
            "B5": 2, "C5": 1, "D5": 3, "B6": 11, "C6": 20, "D6": 14, "B7": 2.0.squareRoot(), "D7": 28.0.squareRoot(),
            "B10": 3, "C10": 2, "B11": 7, "C11": 15, "D11": 10.2, "B12": 2, "D12": 21.7.squareRoot(),
            "B15": 5, "C15": 3, "D15": 8, "B16": 8.6, "C16": 50.0 / 3, "D16": 11.625,
            "B21": 3721.0 / 105, "C21": 1, "D21": 3721.0 / 105, "E21": 3721.0 / 105 / 3,
            "B22": 4563.0 / 35, "E22": 4563.0 / 35 / 3, "B23": 3.0 / 7, "E23": 1.0 / 7, "F23": 0.7246586364960942,
            "B24": 12, "C24": 4, "D24": 3, "B26": 169.875, "C26": 7,
        ]
        for (address, reference) in expected {
            let cached = try XCTUnwrap(number(cells[address]), address)
            XCTAssertEqual(cached, reference, accuracy: 1e-12 * max(1, abs(reference)), address)
        }
        XCTAssertEqual(cells["C7"], .formula(Formula("SQRT(SUMPRODUCT((Data!$C$2:$C$9=A4)*(Data!$D$2:$D$9=C3)*(Data!$B$2:$B$9-C6)^2)/(C5-1))"),
                                              cached: .error(.divisionByZero)))
        XCTAssertEqual(cells["B5"], .formula(Formula("COUNTIFS(Data!$C$2:$C$9,A4,Data!$D$2:$D$9,B3)"), cached: .number(2)))
        // The sums of squares are values; the ratios built on them are formulas.
        guard case .value = cells["B21"], case .formula(let ms, _) = cells["D21"], case .formula(let p, _) = cells["F21"] else {
            return XCTFail("SS should be a value and MS, P formulas")
        }
        XCTAssertEqual(ms, Formula("B21/C21"))
        XCTAssertEqual(p, Formula("F.DIST.RT(E21,C21,C24)"))
        XCTAssertTrue(text(cells["A28"])?.hasPrefix("The SS of the factors, the interaction and the error are Type II sums of squares") ?? false)
    }

    func testTypeThreeAndTheModelWithoutInteraction() throws {
        let three = try cells(document(type: .typeIII))
        XCTAssertEqual(text(three["A19"]), "ANOVA (Type III sums of squares)")
        XCTAssertEqual(try XCTUnwrap(number(three["B21"])), 243.0 / 7, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(number(three["B22"])), 867.0 / 7, accuracy: 1e-12)
        let additive = try cells(document(interaction: false))
        XCTAssertEqual(["A21", "A22", "A23", "A25"].map { text(additive[$0]) }, ["窓口", "曜日", "Error", "Total"])
        XCTAssertEqual(try XCTUnwrap(number(additive["B23"])), 12 + 3.0 / 7, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(number(additive["C23"])), 5)
    }

    func testJapaneseLabels() throws {
        let cells = try cells(document(.ja))
        XCTAssertEqual(["A3", "A5", "A7", "A19", "A23", "A24"].map { text(cells[$0]) },
                       ["概要", "標本数", "標準偏差", "分散分析表 (タイプ II 平方和)", "交互作用 (窓口 × 曜日)", "繰り返し誤差"])
    }

    func testReadingNamesTheFactorsAndWarnsThatTheTypeMatters() throws {
        let reading = try cells(document(), sheet: 2).values.compactMap(text)
        XCTAssertTrue(reading.contains { $0.hasPrefix("The interaction of 窓口 and 曜日 (F = 0.143") }, "\(reading)")
        XCTAssertTrue(reading.contains { $0.hasPrefix("窓口: the means of 本庁, 支所 differ significantly at the 5% level") }, "\(reading)")
        XCTAssertTrue(reading.contains { $0.hasPrefix("The cells hold different numbers of rows (1 to 3)") }, "\(reading)")
        XCTAssertTrue(reading.contains("1 row with missing values was left out."), "\(reading)")
        let japanese = try cells(document(.ja, type: .typeIII), sheet: 2).values.compactMap(text)
        XCTAssertTrue(japanese.contains { $0.contains("ここではタイプ III") }, "\(japanese)")
        let note = try cells(document(.ja, type: .typeIII)).values.compactMap(text)
        XCTAssertTrue(note.contains { $0.contains("最小二乗法によるタイプ III の平方和です。") }, "\(note)")
    }

    func testDataSheetHoldsOnlyTheRowsAnalysed() throws {
        let data = try cells(document(), sheet: 0)
        XCTAssertEqual(number(data["A9"]), 9)
        XCTAssertNil(data["A10"])
        XCTAssertEqual(text(data["C9"]), "支所")
    }

    /// Without the interaction a combination may lack data: its Average and SD are #DIV/0! in both programs.
    func testAnEmptyCellRecalculatesToTheSameErrors() throws {
        let days = CategoryDataSheet.Column(name: "曜日", labels: ["月", "月", "火", "月", "月", "月", "月", "月", "火"])
        let anova = try LeastSquaresTwoWayANOVA.compute(value: Variable(name: value.name, values: value.values),
                                                        first: CategoricalVariable(name: office.name, labels: office.labels),
                                                        second: CategoricalVariable(name: days.name, labels: days.labels),
                                                        interaction: false)
        let document = LeastSquaresAnovaWorkbook.document(language: .en, sourceRows: Array(2...10), value: value,
                                                          first: office, second: days, anova: anova)
        let cells = try cells(document)
        XCTAssertEqual(number(cells["C10"]), 0)
        guard case .formula(_, .error(.divisionByZero))? = cells["C11"] else { return XCTFail("\(String(describing: cells["C11"]))") }
        XCTAssertEqual(cells["C12"], .value(.error(.divisionByZero)))
        let compared = try assertFormulasRecalculate(document, in: folder, fileName: "anova2-long-empty.xlsx")
        // SUMMARY 27 (the empty cell's SD an error value); two effect rows × 4; Error MS; Total SS and df;
        // the chart's 2 × 2 cell means (the empty one #N/A).
        XCTAssertEqual(compared, 27 + 8 + 1 + 2 + 4)
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(), in: folder, fileName: "anova2-long.xlsx")
        // SUMMARY: 3 blocks × 3 columns × 3 figures; 3 effect rows × MS, F, P, F crit; Within MS; Total SS and df;
        // the chart's 2 × 2 cell means.
        XCTAssertEqual(compared, 27 + 12 + 1 + 2 + 4)
    }
}

extension LeastSquaresAnovaReportTests {
    func testInteractionPlotReadsTheSummaryAveragesThroughTheCellMeansGrid() throws {
        let document = try document()
        let sheet = document.sheets[1]
        let chart = try sheet.onlyChart(.line, values: ["'Anova two-factor'!$J$5:$J$6", "'Anova two-factor'!$K$5:$K$6"],
                                        categories: ["'Anova two-factor'!$I$5:$I$6"], names: ["月", "火"])
        XCTAssertEqual([chart.xAxisTitle, chart.yAxisTitle], ["窓口", "待ち時間"])
        // Each level's Average is the second row of its block (rows 6 and 11); cell means 11, 20 / 7, 15.
        let cells = try cells(document)
        XCTAssertEqual(["A6", "A11", "I5", "I6", "J4", "K4"].map { text(cells[$0]) }, ["Average", "Average", "本庁", "支所", "月", "火"])
        XCTAssertEqual(try sheet.formulasByAddress().filter { $0.key.hasPrefix("J") || $0.key.hasPrefix("K") },
                       ["J5": "B6", "J6": "B11", "K5": "C6", "K6": "C11"])
        XCTAssertEqual(["J5", "J6", "K5", "K6"].map { number(cells[$0]) }, [11, 7, 20, 15])
        try sheet.assertChartsCoverNothing()
    }
}
