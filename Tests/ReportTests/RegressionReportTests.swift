import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
import XLSXReader
import TestSupport

/// End to end for `bunseki regress`: an `Analysis` fit laid out, written, read back by our reader
/// and recalculated by LibreOffice.
final class RegressionReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let response = DataColumn(name: "残業時間", values: ReferenceValues.y)
    private let predictors = [DataColumn(name: "処理件数", values: ReferenceValues.x), DataColumn(name: "職員数", values: ReferenceValues.x2)]

    private func fit(predictors: [DataColumn], intercept: Bool) throws -> RegressionResult {
        try LinearRegression.fit(response: Variable(name: response.name, values: response.values),
                                 predictors: predictors.map { Variable(name: $0.name, values: $0.values) },
                                 intercept: intercept, confidenceLevels: [0.95, 0.99])
    }

    private func document(predictors: [DataColumn], intercept: Bool) throws -> (ReportDocument, RegressionResult) {
        let result = try fit(predictors: predictors, intercept: intercept)
        let document = try RegressionWorkbook.document(language: .ja, sourceRows: Array(5...13), response: response,
                                                       predictors: predictors, result: result, confidenceLevel: 0.99)
        return (document, result)
    }

    func testFitsRecalculateInLibreOffice() throws {
        let (multiple, _) = try document(predictors: predictors, intercept: true)
        let (origin, _) = try document(predictors: Array(predictors.prefix(1)), intercept: false)
        var sheets = multiple.sheets
        var originRegression = origin.sheets[1]
        originRegression.name = "回帰分析 (定数 0)"
        sheets.append(originRegression)
        let n = ReferenceValues.y.count
        let compared = try assertFormulasRecalculate(ReportDocument(sheets: sheets), in: folder, fileName: "regress.xlsx")
        // Per model the LINEST array formula (+ 1) that every other figure reads.
        let perModel = { (coefficients: Int) in 5 + 9 + 8 * coefficients + 5 * n + 1 }
        XCTAssertEqual(compared, perModel(3) + perModel(1) + 7)
    }

    func testCoefficientsReadBackAsFitted() throws {
        let (document, result) = try document(predictors: predictors, intercept: true)
        let output = folder.file("regress-read.xlsx")
        try ReportWriter().write(document, to: output)
        let workbook = try Workbook(path: output.path)
        XCTAssertEqual(workbook.sheets.map(\.name), ["データ", "回帰分析", "解釈"])
        var cursor = try workbook.cells(of: workbook.sheet(named: "回帰分析"), formulas: true)
        var read: [String: Cell] = [:]
        while let cell = try cursor.next() { read[cell.address.a1] = cell }
        for (index, coefficient) in result.coefficients.enumerated() {
            let cached = try XCTUnwrap(read["B\(17 + index)"]?.value.numericValue, coefficient.name)
            XCTAssertTrue(AnalysisReportTests.sameTo16Digits(cached, try XCTUnwrap(coefficient.estimate)), coefficient.name)
            XCTAssertEqual(read["A\(17 + index)"]?.value, .text(index == 0 ? "切片" : predictors[index - 1].name))
        }
        XCTAssertEqual(read["H16"]?.value, .text("下限 99.0%"))
    }

    /// Each residual-output row reads cells computed once (the coefficient column, the residual SS, n), never a
    /// function over a whole column: a per-row `TREND` or `LINEST` makes a spreadsheet's recalculation quadratic in n.
    func testPerRowFormulasReadFiguresComputedOnce() throws {
        let (document, _) = try document(predictors: predictors, intercept: true)
        let cells = try document.sheets[1].laidOutCells()
        let formulas = Dictionary(uniqueKeysWithValues: cells.compactMap { cell -> (String, String)? in
            if case .formula(let f, _) = cell.cell.content { (cell.address.a1(), f.text) } else { nil }
        })
        // Three coefficients: the residual output's title is on row 23, its header on row 24, observation 1 on row 25.
        XCTAssertEqual(formulas["B25"], "$B$17+MMULT('データ'!$C$2:$D$2,$B$18:$B$19)")
        XCTAssertEqual(formulas["C25"], "'データ'!$B$2-B25")
        XCTAssertEqual(formulas["D25"], "C25/SQRT($C$13/($B$8-1))")
        XCTAssertEqual(formulas["G25"], "100*(1-0.5)/$B$8")
        // Every figure reads the one LINEST block (heading AF3, array formula from AF4) instead of its own LINEST.
        let linest = formulas.filter { $0.value.contains("LINEST(") }
        XCTAssertEqual(Array(linest.keys), ["AF4"], "\(linest)")
        XCTAssertEqual(formulas["B17"], "$AH$4")
        XCTAssertEqual(formulas["C18"], "$AG$5")
        let arrayCell = try XCTUnwrap(cells.first { $0.address.a1() == "AF4" })
        guard case .formula(let block, _) = arrayCell.cell.content else { return XCTFail("AF4 holds no formula") }
        XCTAssertTrue(block.isArray && block.arrayRows == 5 && block.arrayColumns == 3, "\(block)")
        for row in 25..<(25 + ReferenceValues.y.count) {
            for column in ["B", "C", "D"] {
                let formula = try XCTUnwrap(formulas["\(column)\(row)"])
                XCTAssertFalse(formula.contains("LINEST") || formula.contains("TREND") || formula.contains("COUNT"), formula)
            }
        }
    }

    /// A guard against quadratic formulas (docs/PERFORMANCE.md has the measured figure): LibreOffice recalculates a
    /// 10,000-row, 20-term regression workbook, every figure to our value, in well under a minute. With TREND and
    /// LINEST in every row this took more than 10 minutes.
    func testTenThousandRowsOfTwentyTermsRecalculateInUnderAMinute() throws {
        let libreOffice = try LibreOfficeRecalculation.located()
        var generator = SeededGenerator(seed: 14)
        let n = 10_000, k = 20
        let columns = (1...k).map { j in DataColumn(name: "x\(j)", values: (0..<n).map { _ in (generator.nextUnit() * 100).rounded() / 10 }) }
        let y = (0..<n).map { i in 3 + columns.enumerated().reduce(0) { $0 + Double($1.offset % 5 + 1) * $1.element.values[i]! } + generator.nextUnit() * 5 }
        let response = DataColumn(name: "y", values: y)
        let result = try LinearRegression.fit(response: Variable(name: "y", values: y),
                                              predictors: columns.map { Variable(name: $0.name, values: $0.values) },
                                              intercept: true, confidenceLevels: [0.95])
        let document = try RegressionWorkbook.document(language: .en, sourceRows: Array(2...(n + 1)), response: response,
                                                       predictors: columns, result: result)
        let output = folder.file("regress-10k.xlsx")
        try ReportWriter().write(document, to: output)
        let started = Date()
        let values = try libreOffice.recalculate(output, sheetNames: ["Regression"])
        let seconds = Date().timeIntervalSince(started)
        XCTAssertLessThan(seconds, 60, "LibreOffice took \(seconds) s")
        let sheet = try XCTUnwrap(values["Regression"])
        // R² (B5) and the last observation's residual (C of the last residual row) as we computed them.
        let r2 = try XCTUnwrap(sheet.number(row: 4, column: 1))
        XCTAssertEqual(r2, try XCTUnwrap(result.rSquared), accuracy: 1e-12)
        let lastRow = 15 + 21 + 4 + 2 + n - 1
        XCTAssertEqual(try XCTUnwrap(sheet.number(row: lastRow, column: 2)), result.residuals.residuals[n - 1], accuracy: 1e-9)
    }

    /// A 0/1 indicator gets no scatter, residual or line-fit chart; over 5,000 observations every chart plots the
    /// same 5,000 evenly spaced rows (first and last included), says so in its title, and the sample's cells
    /// recalculate to the rows they copy.
    func testChartsSkipIndicatorsAndPlotAnEvenSampleOfLongTables() throws {
        var generator = SeededGenerator(seed: 3)
        let n = 6_001
        let x = DataColumn(name: "件数", values: (0..<n).map { _ in (generator.nextUnit() * 1000).rounded() / 10 })
        let dummy = DataColumn(name: "本庁", values: (0..<n).map { Double($0 % 3 == 0 ? 1 : 0) })
        let y = (0..<n).map { 2 + 0.5 * x.values[$0]! + 3 * dummy.values[$0]! + generator.nextUnit() }
        let response = DataColumn(name: "残業", values: y)
        let result = try LinearRegression.fit(response: Variable(name: "残業", values: y),
                                              predictors: [x, dummy].map { Variable(name: $0.name, values: $0.values) },
                                              intercept: true, confidenceLevels: [0.95])
        let document = try RegressionWorkbook.document(language: .ja, sourceRows: Array(2...(n + 1)), response: response,
                                                       predictors: [x, dummy], result: result)
        let charts = document.sheets[1].charts
        XCTAssertEqual(charts.count, 4, "x: scatter, residual and line fit; the normal probability plot; none for 本庁")
        XCTAssertFalse(charts.contains { $0.title.contains("本庁") }, "\(charts.map(\.title))")
        for chart in charts {
            XCTAssertTrue(chart.title.hasSuffix("（全 6,001 行から等間隔に 5,000 行）"), chart.title)
            for series in chart.series {
                XCTAssertEqual(series.values.rowCount, 5_000, chart.title)
                XCTAssertEqual(series.categories?.rowCount, 5_000, chart.title)
            }
        }
        XCTAssertEqual(ChartSample.indices(count: n).prefix(3), [0, 1, 2])
        XCTAssertEqual(ChartSample.indices(count: n).last, n - 1)
        XCTAssertEqual(ChartSample.indices(count: 10_000).count, 5_000)
        XCTAssertEqual(ChartSample.indices(count: 10_000), ChartSample.indices(count: 10_000), "reproducible")
        XCTAssertEqual(ChartSample.indices(count: 4_000), Array(0..<4_000))
        // The sample's cells copy their rows: LibreOffice recalculates every one of them to our cached value.
        let compared = try assertFormulasRecalculate(document, in: folder, fileName: "regress-sample.xlsx")
        // Per row: predicted, residual, standard residual, percentile; the sorted y of the probability output are values
        // beyond OrderStatistics.liveRows (a SMALL per row would sort the column n times).
        XCTAssertGreaterThan(compared, 4 * n + 6 * 5_000)
    }

    func testMissingPredictorsAreATypedError() throws {
        let result = try fit(predictors: predictors, intercept: true)
        XCTAssertThrowsError(try RegressionWorkbook.document(language: .en, sourceRows: [], response: response,
                                                             predictors: [], result: result)) { error in
            XCTAssertEqual(error as? ReportLayoutError, .noPredictors(response: "残業時間"))
        }
    }
}
