import XCTest
@testable import XLSXReader
import TestSupport

/// Policy: text is kept exactly as the XML gives it, whether or not `xml:space="preserve"` is present
/// (only XML's own line-end normalisation applies). Trimming is left to the table layer, which reports it.
final class WhitespacePolicyTests: XCTestCase {
    func testTextKeepsSurroundingWhitespace() throws {
        let path = try SharedMaterial.corpusFolder().appendingPathComponent("calamine__whitespace_trim.xlsx").path
        let workbook = try Workbook(path: path)
        let inline = try readCells(workbook, workbook.sheet(named: "inlineStr"))
        XCTAssertEqual(inline["A1"]?.value, .text("  trimmed value  "))
        XCTAssertEqual(inline["C1"]?.value, .text(" \t\n"))
        let shared = try readCells(workbook, workbook.sheet(named: "SharedStrings"))
        XCTAssertEqual(shared["A1"]?.value, .text("  trimmed value"))
        XCTAssertEqual(shared["B1"]?.value, .text("  preserved value  "))
    }
}
