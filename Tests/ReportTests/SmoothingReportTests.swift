import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Moving Average and Exponential Smoothing sheets: the ToolPak's formulas on the rows it writes
/// them, `#N/A` where it has no figure, values worked by hand, and a LibreOffice recalculation.
final class SmoothingReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func document(_ values: [Double], _ method: SmoothingMethod, _ language: Language = .en) throws -> ReportDocument {
        SmoothingWorkbook.document(language: language, sourceRows: values.indices.map { $0 + 2 }, name: "count",
                                   method: method, series: try method.smooth(values))
    }

    /// What each cell of a sheet holds, by A1 address.
    private func cells(_ sheet: ReportSheet) throws -> [String: ReportCell.Content] {
        Dictionary(uniqueKeysWithValues: try sheet.laidOutCells().map { ($0.address.a1(), $0.cell.content) })
    }

    private func formula(_ text: String, _ value: Double) -> ReportCell.Content {
        .formula(Formula(text), cached: .number(value))
    }

    /// The table of data points is a run, made row by row when written (`RowRun`), not a cell per point held by the
    /// document; laid out, it is the ToolPak's table: header, then one row per point.
    func testTheTableOfPointsIsMadeAsItIsWritten() throws {
        let sheet = try document([3, 5, 4, 6, 8, 7], .movingAverage(interval: 3)).sheets[1]
        let runs = sheet.blocks.compactMap { block -> RowRun? in
            if case .rows(let run) = block.content { return run } else { return nil }
        }
        XCTAssertEqual(runs.map(\.rowCount), [7], "one run: the header and six points")
        XCTAssertEqual(try cells(sheet)["A9"], .value(.number(6)), "the last point's number")
    }

    func testMovingAverageFormulasAndHandWorkedValues() throws {
        // Interval 3 over 2, 4, …, 12: averages 4, 6, 8, 10 from point 3; every error is 2, so the RMS is 2 from point 5.
        let sheet = try cells(try document([2, 4, 6, 8, 10, 12], .movingAverage(interval: 3)).sheets[1])
        XCTAssertEqual(sheet["A1"], .value(.text("Moving Average: count")))
        XCTAssertEqual(["A3", "B3", "C3", "D3"].map { sheet[$0] },
                       ["Data Point", "Actual", "Forecast", "Standard Error"].map { .value(.text($0)) })
        XCTAssertEqual(sheet["B4"], formula("Data!B2", 2))
        XCTAssertEqual(sheet["C5"], .value(.error(.notAvailable)), "no forecast before the interval is full")
        XCTAssertEqual(sheet["C6"], formula("AVERAGE(B4:B6)", 4))
        XCTAssertEqual(sheet["C9"], formula("AVERAGE(B7:B9)", 10))
        XCTAssertEqual(sheet["D7"], .value(.error(.notAvailable)), "no error before point 2N − 1 = 5")
        XCTAssertEqual(sheet["D8"], formula("SQRT(SUMXMY2(B6:B8,C6:C8)/3)", 2))
        XCTAssertEqual(sheet["D9"], formula("SQRT(SUMXMY2(B7:B9,C7:C9)/3)", 2))
    }

    func testExponentialSmoothingFormulasAndHandWorkedValues() throws {
        // α = 0.5: F2 = 2, F3 = (4 + 2)/2 = 3, F4 = (6 + 3)/2 = 4.5, F5 = (8 + 4.5)/2 = 6.25;
        // error at point 5 over points 2–4: √((2² + 3² + 3.5²)/3) = √(25.25/3).
        let document = try document([2, 4, 6, 8, 10], .exponential(alpha: 0.5))
        let sheet = try cells(document.sheets[1])
        XCTAssertEqual(sheet["A1"], .value(.text("Exponential Smoothing: count")))
        XCTAssertEqual(sheet["A2"], .value(.text("Smoothing constant α = 0.5, Damping factor = 1 − α = 0.5")))
        XCTAssertEqual(sheet["C4"], .value(.error(.notAvailable)))
        XCTAssertEqual(sheet["C5"], formula("B4", 2))
        XCTAssertEqual(sheet["C6"], formula("0.5*B5+0.5*C5", 3))
        XCTAssertEqual(sheet["C8"], formula("0.5*B7+0.5*C7", 6.25))
        XCTAssertEqual(sheet["D7"], .value(.error(.notAvailable)))
        XCTAssertEqual(sheet["D8"], formula("SQRT(SUMXMY2(B5:B7,C5:C7)/3)", (25.25 / 3).squareRoot()))
        // Next period: 0.5 × 10 + 0.5 × 6.25.
        let reading = try cells(document.sheets[2])
        // 8.125 with the forecasts' two decimals, rounded half away from zero as the spreadsheet shows it (not printf's 8.12).
        XCTAssertTrue(reading.values.contains(.value(.text("count: the forecast for the next period is 8.13."))), "\(reading)")
    }

    func testChartDrawsActualAgainstForecast() throws {
        let sheet = try document([2, 4, 6, 8, 10, 12], .movingAverage(interval: 3), .ja).sheets[1]
        XCTAssertEqual(sheet.name, "移動平均")
        let chart = try XCTUnwrap(sheet.charts.first)
        XCTAssertEqual(chart.kind, .line)
        XCTAssertEqual(chart.series.map(\.name), ["実測値", "予測値"])
        XCTAssertEqual(chart.series.map { $0.values.reference() }, ["'移動平均'!$B$4:$B$9", "'移動平均'!$C$4:$C$9"])
        XCTAssertEqual(chart.series[0].categories?.reference(), "'移動平均'!$A$4:$A$9")
    }

    func testOutOfRangeParametersAreAnalysisErrors() {
        XCTAssertThrowsError(try document([1, 2, 3], .movingAverage(interval: 4))) { error in
            XCTAssertEqual(error as? AnalysisError, .tooFewObservations(procedure: .movingAverage, needed: 4, found: 3))
        }
        XCTAssertThrowsError(try document([1, 2, 3], .exponential(alpha: 1)))
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let values: [Double] = [3, 7, 4, 9, 12, 8, 15, 11]
        let moving = try document(values, .movingAverage(interval: 3), .ja)
        let exponential = try document(values, .exponential(alpha: 0.3), .ja)
        XCTAssertEqual(moving.sheets[0], exponential.sheets[0], "both read the same data sheet")
        let sheets = [moving.sheets[0], moving.sheets[1], exponential.sheets[1]]
        let compared = try assertFormulasRecalculate(ReportDocument(sheets: sheets), in: folder, fileName: "smoothing.xlsx")
        // Per sheet, 8 actual-value references and 8 forecast and 8 error cells (formula or #N/A).
        XCTAssertEqual(compared, 2 * 3 * 8)
    }
}
