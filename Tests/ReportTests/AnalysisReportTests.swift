import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
import XLSXReader
import TestSupport

/// End to end: `Analysis` results laid out, written, then read back by our own reader (every cached
/// value exactly the analysis result) and recalculated by LibreOffice (every formula agrees).
final class AnalysisReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let columns = [("x", ReferenceValues.x), ("x2", ReferenceValues.x2), ("y", ReferenceValues.y)]

    private func describeDocument() throws -> (ReportDocument, [DescriptiveStatistics]) {
        let statistics = try columns.map { try DescriptiveStatistics.compute($0.1, confidenceLevel: 0.95, k: 2) }
        let document = DescribeWorkbook.document(language: .ja, sourceRows: Array(5...13),
                                                 columns: columns.map { DataColumn(name: $0.0, values: $0.1) },
                                                 statistics: statistics, title: "sample.xlsx")
        return (document, statistics)
    }

    func testCachedValuesReadBackExactly() throws {
        let (document, statistics) = try describeDocument()
        let output = folder.file("describe.xlsx")
        try ReportWriter().write(document, to: output)

        let workbook = try Workbook(path: output.path)
        XCTAssertEqual(workbook.sheets.map(\.name), ["データ", "基本統計量", "ヒストグラム", "解釈"])
        var cursor = try workbook.cells(of: workbook.sheet(named: "基本統計量"), formulas: true)
        var read: [String: Cell] = [:]
        while let cell = try cursor.next() { read[cell.address.a1] = cell }

        // Column B holds x's figures, D x2's, F y's, from row 4 down in the ToolPak's order.
        for (block, result) in statistics.enumerated() {
            let column = CellAddress(row: 0, column: 2 * block + 1).columnLetters
            for (offset, statistic) in Labels.Descriptive.allCases.dropFirst().enumerated() {
                let cell = try XCTUnwrap(read["\(column)\(4 + offset)"], "\(statistic)")
                if let expected = result.value(of: statistic) {
                    let cached = try XCTUnwrap(cell.value.numericValue, "\(statistic) of block \(block)")
                    XCTAssertTrue(Self.sameTo16Digits(cached, expected), "\(statistic) of block \(block): \(cached) vs \(expected)")
                } else {
                    XCTAssertEqual(cell.value, .text("#N/A"), "\(statistic): an undefined figure is cached as its error text")
                }
                XCTAssertNotNil(cell.formula, "\(statistic) carries its formula")
            }
        }
        XCTAssertEqual(read["F8"]?.formula, "_xlfn.STDEV.S('データ'!$D$2:$D$10)")
        XCTAssertEqual(read["A3"]?.value, .text("x"))
    }

    /// Debian's libxlsxwriter 1.1.4 is built without its dtoa option and writes numbers with `%.16G`,
    /// one digit short of what a Double needs to round-trip: the cached value is exactly our value
    /// rounded to 16 significant digits (relative error below 5e-16), and nothing else is accepted.
    static func sameTo16Digits(_ cached: Double, _ expected: Double) -> Bool {
        cached == expected || Double(String(format: "%.16G", expected)) == cached
    }

    func testSixteenDigitComparisonIsExact() {
        XCTAssertTrue(Self.sameTo16Digits(2.738612787525831, 2.7386127875258306), "the case libxlsxwriter actually produces")
        XCTAssertFalse(Self.sameTo16Digits(2.73861278752583, 2.7386127875258306), "a lost 16th digit is caught")
        XCTAssertFalse(Self.sameTo16Digits(2.738612787525831.nextUp, 2.7386127875258306), "one ulp beyond the rounding is caught")
    }

    func testAnalysisFiguresRecalculateInLibreOffice() throws {
        let (document, _) = try describeDocument()
        let compared = try assertFormulasRecalculate(document, in: folder, fileName: "describe-recalc.xlsx")
        XCTAssertEqual(compared, 3 * 16 + 3 * 2 * 6, "16 descriptive figures and 6 histogram rows of two formulas per variable")
    }
}
