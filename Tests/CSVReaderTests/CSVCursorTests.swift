import XCTest
@testable import CSVReader

final class CSVCursorTests: XCTestCase {
    private func records(_ text: String, delimiter: CSVDelimiter = .comma) throws -> [CSVRecord] {
        var cursor = CSVCursor(utf8: Array(text.utf8), delimiter: delimiter, file: "data.csv")
        return try cursor.readAll()
    }

    func testPlainFieldsWithLFAndFinalLineWithoutBreak() throws {
        let rows = try records("a,b,c\n1,2,3")
        XCTAssertEqual(rows.map(\.texts), [["a", "b", "c"], ["1", "2", "3"]])
        XCTAssertEqual(rows.map(\.line), [1, 2])
    }

    func testCRLFAndLoneCRAndFinalBreakAddNoRecord() throws {
        let rows = try records("a,b\r\n1,2\r3,4\r\n")
        XCTAssertEqual(rows.map(\.texts), [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3])
    }

    func testQuotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() throws {
        let rows = try records("name,note\n\"Tanaka, T\",\"said \"\"yes\"\"\"\n\"two\r\nlines\",x\nlast,\"\"\n")
        XCTAssertEqual(rows.map(\.texts), [
            ["name", "note"], ["Tanaka, T", "said \"yes\""], ["two\nlines", "x"], ["last", ""],
        ])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3, 5])
    }

    func testFieldsKnowTheirLineAndColumnAfterAMultiLineField() throws {
        let rows = try records("id,memo,value\n1,\"a\nb\nc\",10\n2,d,20\n")
        XCTAssertEqual(rows[1].fields.map(\.line), [2, 2, 4])
        XCTAssertEqual(rows[1].fields.map(\.column), [1, 2, 3])
        XCTAssertEqual(rows[2].fields[2], CSVField(text: "20", line: 5, column: 3))
    }

    func testEmptyFieldsTrailingDelimiterAndBlankLine() throws {
        let rows = try records("a,,c,\n\n,\n")
        XCTAssertEqual(rows.map(\.texts), [["a", "", "c", ""], [], ["", ""]])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3])
    }

    func testQuoteInsideUnquotedFieldIsLiteralAndTextAfterClosingQuoteIsKept() throws {
        XCTAssertEqual(try records("5\" disk,\"ab\"cd,e\n").map(\.texts), [["5\" disk", "abcd", "e"]])
    }

    func testTabAndSemicolonDelimiters() throws {
        XCTAssertEqual(try records("a\tb,c\t\"d\te\"\n", delimiter: .tab).map(\.texts), [["a", "b,c", "d\te"]])
        XCTAssertEqual(try records("1,5;2,5\n", delimiter: .semicolon).map(\.texts), [["1,5", "2,5"]])
    }

    func testUnterminatedQuoteNamesWhereItOpened() {
        XCTAssertThrowsError(try records("a,b\n1,\"open\n2,3\n4,5\n")) { error in
            XCTAssertEqual(error as? CSVError, .unterminatedQuote(file: "data.csv", line: 2, column: 2))
        }
    }

    func testEmptyTextHasNoRecords() throws {
        XCTAssertEqual(try records(""), [])
    }

    /// Streams many records without keeping them; checks the count and the last record's position.
    func testManyRecordsStream() throws {
        let rowCount = 200_000
        var text = "id,value,label\n"
        for index in 1...rowCount { text += "\(index),\(Double(index) / 8),\"x,\(index)\"\n" }
        var cursor = CSVCursor(utf8: Array(text.utf8), delimiter: .comma, file: "big.csv")
        var count = 0
        var last: CSVRecord?
        while let record = try cursor.next() {
            count += 1
            last = record
        }
        XCTAssertEqual(count, rowCount + 1)
        XCTAssertEqual(last?.line, rowCount + 1)
        XCTAssertEqual(last?.texts, ["\(rowCount)", "25000.0", "x,\(rowCount)"])
    }
}
