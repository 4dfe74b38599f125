import Foundation
import Report
import ReportWriter
import XCTest

/// A real spreadsheet recomputes every formula we write to the value we cached.
final class LibreOfficeRecalculationTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testEveryFormulaRecalculatesToItsCachedValue() throws {
        let libreOffice = try LibreOfficeRecalculation.located()
        let document = SampleReport.document()
        let output = folder.file("sample.xlsx")
        try ReportWriter().write(document, to: output)
        let recalculated = try libreOffice.recalculate(output, sheetNames: document.sheets.map(\.name))

        var compared = 0
        for sheet in document.sheets {
            let values = try XCTUnwrap(recalculated[sheet.name])
            for placed in try sheet.laidOutCells() {
                let text = values.text(row: placed.address.row, column: placed.address.column)
                let place = "\(sheet.name)!\(placed.address.a1())"
                switch placed.cell.content {
                case .formula(let formula, let cached):
                    assertRecalculated(text, matches: Self.libreOfficeResult(of: formula, cached: cached),
                                       at: "\(place) \(formula)")
                case .value(let value) where Self.isError(value.spreadsheetSafe):
                    // Errors and non-finite numbers are written as =NA(); LibreOffice must see a real #N/A there.
                    assertRecalculated(text, matches: value.spreadsheetSafe, at: place)
                default:
                    continue
                }
                compared += 1
            }
        }
        let figures = SampleReport.descriptiveFigures.count + SampleReport.models.map(\.figures.count).reduce(0, +)
        XCTAssertEqual(compared, figures + 1, "every figure of the sample (plus the NaN cell) was compared")
    }

    /// Guards the harness itself: a formula cached with a wrong value must come back corrected, which
    /// only happens if LibreOffice really recalculated instead of echoing the cache.
    func testHarnessRecalculatesInsteadOfTrustingCachedValues() throws {
        let libreOffice = try LibreOfficeRecalculation.located()
        let cell = ReportCell.formula("1+1", cached: 5)
        let sheet = ReportSheet(name: "Check", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0),
                                                                   .cells([PositionedCell(CellAddress(row: 0, column: 0), cell)]))])
        let output = folder.file("stale.xlsx")
        try ReportWriter().write(ReportDocument(sheets: [sheet]), to: output)
        let values = try libreOffice.recalculate(output, sheetNames: ["Check"])
        XCTAssertEqual(values["Check"]?.number(row: 0, column: 0), 2)
    }

    private static func isError(_ value: CellValue) -> Bool {
        if case .error = value { return true }
        return false
    }

    /// What LibreOffice computes for a formula whose Excel result we cached. The one known divergence:
    /// for data where no value repeats, Excel's MODE.SNGL gives #N/A but LibreOffice 7.x gives #VALUE!.
    static func libreOfficeResult(of formula: Formula, cached: CellValue) -> CellValue {
        if formula.text.hasPrefix("MODE.SNGL("), cached == .error(.notAvailable) { return .error(.value) }
        return cached
    }

    private func assertRecalculated(_ text: String?, matches cached: CellValue, at place: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        switch cached.spreadsheetSafe {
        case .number(let expected):
            guard let actual = text.flatMap(Double.init) else {
                return XCTFail("\(place): LibreOffice gave \(text ?? "nothing"), expected \(expected)", file: file, line: line)
            }
            XCTAssertTrue(Self.agrees(actual, expected), "\(place): LibreOffice \(actual) vs cached \(expected)",
                          file: file, line: line)
        case .text(let expected):
            XCTAssertEqual(text, expected, place, file: file, line: line)
        case .bool(let expected):
            XCTAssertEqual(text, expected ? "TRUE" : "FALSE", place, file: file, line: line)
        case .error(let expected):
            XCTAssertEqual(text, expected.literal, place, file: file, line: line)
        }
    }

    /// Relative agreement to 1e-9; figures that are mathematically zero (the skewness of symmetric
    /// data) may come back as rounding noise, so an absolute 1e-12 is accepted too.
    static func agrees(_ actual: Double, _ expected: Double) -> Bool {
        let difference = abs(actual - expected)
        return difference <= 1e-12 || difference <= 1e-9 * max(abs(actual), abs(expected))
    }
}
