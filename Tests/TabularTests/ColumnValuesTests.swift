import XCTest
import XLSXReader
@testable import Tabular

/// `ColumnValues` keeps a kind byte and a payload per value; every value must come back as it went in.
final class ColumnValuesTests: XCTestCase {
    private let samples: [TableValue] = [
        .empty, .number(-0.0), .number(1e308), .number(0.1), .text(""), .text("総務課 "), .error("#DIV/0!"),
        .date(ExcelDate(serial: 45_000.25, system: .excel1900)), .date(ExcelDate(serial: 0, system: .excel1904)),
        .duration(days: 1.5), .bool(true), .bool(false),
    ]

    func testEveryKindComesBackAsWritten() {
        var values = ColumnValues()
        for value in samples { values.append(value) }
        XCTAssertEqual(Array(values), samples)
        XCTAssertEqual(values.count, samples.count)
        // -0.0 == 0.0, so compare the stored number's sign too.
        guard case .number(let zero) = values[1] else { return XCTFail("\(values[1])") }
        XCTAssertEqual(zero.sign, .minus)
    }

    func testValuesAcrossChunkBoundariesKeepTheirPositions() {
        var values = ColumnValues()
        let count = 3 * (1 << 16) + 17
        for index in 0..<count { values.append(samples[index % samples.count]) }
        XCTAssertEqual(values.count, count)
        for index in [0, 1, 65_535, 65_536, 65_537, 131_071, 131_072, count - 1] {
            XCTAssertEqual(values[index], samples[index % samples.count], "position \(index)")
        }
        XCTAssertEqual(values.filter { $0 == .text("総務課 ") }.count, (0..<count).filter { $0 % samples.count == 5 }.count)
    }

    func testSharedTextReadsFromTheTableAndPaddingIsEmpty() {
        let table = ["東京", "大阪", "12"]
        var values = ColumnValues()
        values.appendShared(1, of: table)
        values.pad(to: 3)
        values.appendShared(2, of: table)
        values.append(.text("京都"))
        XCTAssertEqual(Array(values), [.text("大阪"), .empty, .empty, .text("12"), .text("京都")])
    }
}
