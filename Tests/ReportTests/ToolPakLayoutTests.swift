import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

/// The describe and regression sheets sit where the ToolPak puts them, read what it reads, and every
/// figure recalculates to the reference value in a real spreadsheet.
final class ToolPakLayoutTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func dataSheet(_ language: Language) -> DataSheetLayout {
        let values = ReferenceValues.self
        return DataSheetLayout(language: language, sourceRows: Array(5...13), columns: [
            DataColumn(name: "x", values: values.x), DataColumn(name: "x2", values: values.x2),
            DataColumn(name: "y", values: values.y),
        ])
    }

    private func regression(_ language: Language, data: DataSheetLayout, predictors: Int, intercept: Bool,
                            reference: RegressionReference, sheetName: String? = nil) -> RegressionLayout {
        let x = data.columnRanges[0]
        let block = CellRange(sheet: x.sheet, first: x.first, last: x.last.offset(columns: predictors - 1))
        let variables = RegressionLayout.Variables(yName: "y", y: data.columnRanges[2],
                                                   xNames: Array(["x", "x2"].prefix(predictors)), x: block)
        return RegressionLayout(language: language, variables: variables,
                                figures: ReferenceRegressionFigures(reference: reference, hasIntercept: intercept),
                                sheetName: sheetName)
    }

    private func texts(_ sheet: ReportSheet) throws -> [String: String] {
        var result: [String: String] = [:]
        for placed in try sheet.laidOutCells() {
            if case .value(.text(let text)) = placed.cell.content { result[placed.address.a1()] = text }
        }
        return result
    }

    func testDataSheetKeepsOriginalRowNumbers() throws {
        let data = dataSheet(.ja)
        let cells = try data.sheet.laidOutCells()
        XCTAssertEqual(data.sheet.name, "データ")
        XCTAssertEqual(cells.first?.cell.content, .value(.text("行番号")))
        XCTAssertTrue(cells.contains(PositionedCell(CellAddress(row: 9, column: 0), .number(13, format: .integer))))
        XCTAssertEqual(data.columnRanges.map { $0.reference() }, ["'データ'!$B$2:$B$10", "'データ'!$C$2:$C$10", "'データ'!$D$2:$D$10"])
        XCTAssertEqual(data.sheet.options.frozenRows, 1)
    }

    func testRegressionSheetFollowsTheToolPakLayout() throws {
        let layout = regression(.en, data: dataSheet(.en), predictors: 2, intercept: true, reference: ReferenceValues.multiple)
        let text = try texts(layout.sheet)
        // toolpak.md §3.2.1: summary block, ANOVA below it, coefficient table below that.
        let expected = [
            "A1": "SUMMARY OUTPUT", "A3": "Regression Statistics", "A4": "Multiple R", "A5": "R Square",
            "A6": "Adjusted R Square", "A7": "Standard Error", "A8": "Observations", "A10": "ANOVA",
            "B11": "df", "C11": "SS", "D11": "MS", "E11": "F", "F11": "Significance F",
            "A12": "Regression", "A13": "Residual", "A14": "Total",
            "B16": "Coefficients", "C16": "Standard Error", "D16": "t Stat", "E16": "P-value",
            "F16": "Lower 95%", "G16": "Upper 95%", "H16": "Lower 95.0%", "I16": "Upper 95.0%",
            "A17": "Intercept", "A18": "x", "A19": "x2",
            // §3.2.2-3: residual output below, probability output beside it on the same row.
            "A23": "RESIDUAL OUTPUT", "A24": "Observation", "B24": "Predicted y", "C24": "Residuals",
            "D24": "Standard Residuals", "G23": "PROBABILITY OUTPUT", "G24": "Percentile", "H24": "y",
        ]
        for (cell, label) in expected {
            XCTAssertEqual(text[cell], label, cell)
        }
        XCTAssertEqual(layout.residualRange.reference(), "Regression!$C$25:$C$33")
        XCTAssertEqual(layout.sheet.charts.count, 3 * 2 + 1, "scatter, residual and line-fit plot per x, one probability plot")
        XCTAssertTrue(layout.sheet.charts[0].series[0].showsLinearTrendline)
    }

    func testJapaneseRegressionLabels() throws {
        let layout = regression(.ja, data: dataSheet(.ja), predictors: 1, intercept: true, reference: ReferenceValues.simple)
        let text = try texts(layout.sheet)
        XCTAssertEqual(layout.sheet.name, "回帰分析")
        XCTAssertEqual(text["A1"], "概要")
        XCTAssertEqual(text["A5"], "重決定 R2")
        XCTAssertEqual(text["F11"], "有意 F")
        XCTAssertEqual(text["E16"], "P-値")
        XCTAssertEqual(text["A17"], "切片")
    }

    func testThroughOriginInterceptRowShowsZeroAndNotAvailable() throws {
        let layout = regression(.en, data: dataSheet(.en), predictors: 1, intercept: false, reference: ReferenceValues.throughOrigin)
        let cells = Dictionary(uniqueKeysWithValues: try layout.sheet.laidOutCells().map { ($0.address.a1(), $0.cell.content) })
        XCTAssertEqual(cells["B17"], .value(.number(0)))
        XCTAssertEqual(cells["C17"], .value(.error(.notAvailable)))
        XCTAssertEqual(cells["I17"], .value(.error(.notAvailable)))
    }

    func testDescriptiveBlocksSitSideBySideInToolPakOrder() throws {
        let data = dataSheet(.en)
        let layout = DescriptiveLayout(language: .en, variables: [
            ("y", data.columnRanges[2], ReferenceDescriptiveFigures()),
            ("x", data.columnRanges[0], ReferenceDescriptiveFigures()),
        ])
        let text = try texts(layout.sheet)
        let order = ["Mean", "Standard Error", "Median", "Mode", "Standard Deviation", "Sample Variance", "Kurtosis",
                     "Skewness", "Range", "Minimum", "Maximum", "Sum", "Count", "Largest(2)", "Smallest(2)",
                     "Confidence Level(95.0%)"]
        XCTAssertEqual(text["A3"], "y")
        XCTAssertEqual(text["C3"], "x", "the second variable's block starts two columns to the right")
        for (offset, label) in order.enumerated() {
            XCTAssertEqual(text["A\(4 + offset)"], label)
            XCTAssertEqual(text["C\(4 + offset)"], label)
        }
    }

    func testEveryLayoutFigureRecalculatesToTheReferenceValue() throws {
        let data = dataSheet(.ja)
        let describe = DescriptiveLayout(language: .ja, variables: [("y", data.columnRanges[2], ReferenceDescriptiveFigures())])
        let simple = regression(.ja, data: data, predictors: 1, intercept: true, reference: ReferenceValues.simple)
        let origin = regression(.ja, data: data, predictors: 1, intercept: false, reference: ReferenceValues.throughOrigin,
                                sheetName: "回帰分析 (定数 0)")
        let multiple = regression(.ja, data: data, predictors: 2, intercept: true, reference: ReferenceValues.multiple,
                                  sheetName: "回帰分析 (2)")
        let histogram = HistogramLayout(language: .ja, variables: [.init(name: "y", range: data.columnRanges[2],
                                                                         values: ReferenceValues.y)])
        let document = ReportDocument(sheets: [data.sheet, describe.sheet, histogram.sheet, simple.sheet, origin.sheet,
                                               multiple.sheet])
        let compared = try assertFormulasRecalculate(document, in: folder, fileName: "layouts.xlsx")
        // Per model: 5 statistics, 9 ANOVA cells (the constant regression df aside), 8 per coefficient,
        // 5 per observation (predicted, residual, standard residual, percentile, sorted y), and the LINEST array
        // formula every other figure reads.
        let n = ReferenceValues.y.count
        let perModel = { (coefficients: Int) in 5 + 9 + 8 * coefficients + 5 * n + 1 }
        let histogramCells = 2 * 6  // frequency and cumulative % for five bins and More
        XCTAssertEqual(compared, 16 + histogramCells + perModel(2) + (perModel(1) + 7) + perModel(3),
                       "describe rows, histogram, and each model's figures (the forced intercept row adds seven #N/A cells)")
    }
}
