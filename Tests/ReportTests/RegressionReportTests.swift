import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
import XLSXReader

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
        let perModel = { (coefficients: Int) in 5 + 9 + 8 * coefficients + 5 * n }
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

    func testMissingPredictorsAreATypedError() throws {
        let result = try fit(predictors: predictors, intercept: true)
        XCTAssertThrowsError(try RegressionWorkbook.document(language: .en, sourceRows: [], response: response,
                                                             predictors: [], result: result)) { error in
            XCTAssertEqual(error as? ReportLayoutError, .noPredictors(response: "残業時間"))
        }
    }
}
