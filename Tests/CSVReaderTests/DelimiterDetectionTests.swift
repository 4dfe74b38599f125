import XCTest
@testable import CSVReader

final class DelimiterDetectionTests: XCTestCase {
    private func detected(_ text: String) -> CSVDelimiter {
        Array(text.utf8).withUnsafeBufferPointer(DelimiterDetection.detect)
    }

    func testComma() {
        XCTAssertEqual(detected("a,b,c\n1,2,3\n4,5,6\n"), .comma)
    }

    func testTabEvenWithCommasInText() {
        XCTAssertEqual(detected("name\tamount\nTanaka, T\t1,234\nSato\t5\n"), .tab)
    }

    func testSemicolonWithDecimalCommas() {
        XCTAssertEqual(detected("x;y\n1,5;2,25\n3,75;4\n"), .semicolon)
    }

    func testDelimitersInsideQuotesDoNotCount() {
        XCTAssertEqual(detected("a;b\n\"1,2,3\";\"4,5\"\n\"6,7\";8\n"), .semicolon)
    }

    func testTitleLineDoesNotDecide() {
        XCTAssertEqual(detected("職員調査 2024\na\tb\tc\n1\t2\t3\n4\t5\t6\n"), .tab)
    }

    func testSingleColumnFallsBackToComma() {
        XCTAssertEqual(detected("value\n1\n2\n"), .comma)
        XCTAssertEqual(detected(""), .comma)
    }

    func testMostConsistentCountWins() {
        // Commas appear 1, 3, 0 times per line; semicolons 2 on every line.
        XCTAssertEqual(detected("a;b;c,d\ne;f;g,h,i,j\nk;l;m\n"), .semicolon)
    }

    func testOverrideAndNames() throws {
        let file = try CSVFile(bytes: Array("a,b;c\n".utf8), name: "x.csv", options: CSVOptions(delimiter: .semicolon))
        XCTAssertEqual(file.delimiter, .semicolon)
        var cursor = file.records()
        XCTAssertEqual(try cursor.next()?.texts, ["a,b", "c"])
        XCTAssertEqual(CSVDelimiter(name: "tab"), .tab)
        XCTAssertEqual(CSVDelimiter(name: ";"), .semicolon)
        XCTAssertNil(CSVDelimiter(name: "|"))
    }
}
