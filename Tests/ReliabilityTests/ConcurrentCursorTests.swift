import Foundation
import Report
import ReportWriter
import XCTest
import XLSXReader
import TestSupport

/// Sheets are inflated ahead on a background thread; two cursors over one workbook (or a cursor and
/// `mergedRanges`) then read the same libzip archive from two threads at once. libzip does not promise
/// that is safe; this checks the values survive it on a deflated sheet several chunks long.
final class ConcurrentCursorTests: XCTestCase {
    func testInterleavedCursorsOverOneDeflatedSheetReadEveryValue() throws {
        let rows = 60_000
        let folder = try TemporaryFolder("bunseki-cursors").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("numbers.xlsx")
        let cells = (0..<rows).map { PositionedCell(CellAddress(row: $0, column: 0), .number(Double($0))) }
        let document = ReportDocument(sheets: [ReportSheet(name: "Data", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells)),
        ])])
        try ReportWriter().write(document, to: file)

        let workbook = try Workbook(path: file.path)
        var first = try workbook.cells(of: workbook.sheets[0])
        var second = try workbook.cells(of: workbook.sheets[0])
        var expected = 0.0
        while let a = try first.next() {
            let b = try second.next()
            XCTAssertEqual(a.value, .number(expected))
            XCTAssertEqual(b?.value, .number(expected))
            if a.value != .number(expected) || b?.value != .number(expected) { break }
            expected += 1
        }
        XCTAssertEqual(expected, Double(rows))
        XCTAssertNil(try second.next())
    }
}
