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

    /// The summaries read the stored values directly; they must agree with a plain pass over the rebuilt values.
    func testExtremesAreTheFirstSmallestAndLargestOfTheColumnsType() {
        var values = ColumnValues()
        let mixed: [TableValue] = [.text("x"), .number(3), .number(-2), .empty, .number(7), .number(-2), .number(7),
                                   .date(ExcelDate(serial: 1e9, system: .excel1900)), .bool(true)]
        // Across a chunk boundary, with empty values counted but not stored at the end.
        for _ in 0..<70_000 { values.append(.number(0)) }
        for value in mixed { values.append(value) }
        values.pad(to: values.count + 5)
        let extremes = values.numericExtremes(of: .number)
        XCTAssertEqual(extremes?.low, 70_002)
        XCTAssertEqual(extremes?.high, 70_004)
        XCTAssertEqual(values.numericExtremes(of: .date)?.low, 70_007)
        XCTAssertNil(values.numericExtremes(of: .text))
        XCTAssertNil(ColumnValues().numericExtremes(of: .number))
    }

    func testFrequenciesMergeEqualTextsHoweverStoredInOrderOfFirstAppearance() {
        var values = ColumnValues()
        let shared = ["総務課", "税務課", "総務課"]
        values.appendShared(1, of: shared)
        values.append(.text("総務課"))
        values.appendShared(0, of: shared)
        values.append(.number(5))
        values.appendShared(2, of: shared)
        values.appendShared(1, of: shared)
        values.append(.text("市民課"))
        let counts = values.frequencies(of: .text)
        XCTAssertEqual(counts.map(\.value), [.text("税務課"), .text("総務課"), .text("市民課")])
        XCTAssertEqual(counts.map(\.count), [2, 3, 1])

        var flags = ColumnValues()
        for flag in [false, true, true, false, true] { flags.append(.bool(flag)) }
        XCTAssertEqual(flags.frequencies(of: .bool).map(\.value), [.bool(false), .bool(true)])
        XCTAssertEqual(flags.frequencies(of: .bool).map(\.count), [2, 3])
        XCTAssertTrue(flags.frequencies(of: .number).isEmpty)
    }
}
