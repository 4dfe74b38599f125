import Report
import XCTest

/// Column widths fit Japanese text, where each wide character takes two units.
final class ColumnWidthTests: XCTestCase {
    func testWideCharactersCountDouble() {
        XCTAssertEqual(DisplayWidth.of("Mean"), 4)
        XCTAssertEqual(DisplayWidth.of("データの個数"), 12)
        XCTAssertEqual(DisplayWidth.of("重決定 R2"), 9, "three kanji, a space and two ASCII characters")
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "full-width Latin letters are wide")
        XCTAssertEqual(DisplayWidth.of("ｶﾀｶﾅ"), 4, "half-width katakana are narrow")
        XCTAssertEqual(DisplayWidth.of("𠮷"), 2, "ideographs beyond the BMP are wide")
        XCTAssertEqual(DisplayWidth.of("\u{304B}\u{3099}"), 2, "a decomposed kana with a combining mark still takes two")
    }

    func testWidthFollowsTheWidestShownText() {
        let cells = [
            PositionedCell(CellAddress(row: 0, column: 0), .text("データの個数")),
            PositionedCell(CellAddress(row: 1, column: 0), .text("平均")),
            PositionedCell(CellAddress(row: 0, column: 1), .number(1_234_567.891, format: .decimals(3))),
        ]
        let widths = ColumnWidths.estimate(for: cells)
        XCTAssertEqual(widths[0], 14, "12 units of text plus padding")
        XCTAssertEqual(widths[1], 15, "1,234,567.891 is 13 characters plus padding")
    }

    func testTitlesAndNotesOverflowInsteadOfWideningTheirColumn() {
        let long = String(repeating: "説明", count: 40)
        let cells = [
            PositionedCell(CellAddress(row: 0, column: 0), .text(long, style: CellStyle(role: .title))),
            PositionedCell(CellAddress(row: 1, column: 0), .text(long, style: CellStyle(role: .note))),
            PositionedCell(CellAddress(row: 2, column: 0), .text("x")),
        ]
        XCTAssertEqual(ColumnWidths.estimate(for: cells)[0], 8.43, "only the body text counts; narrow text gets the default")
    }

    func testWidthsAreCappedAndHintsAreFloors() {
        let cells = [PositionedCell(CellAddress(row: 0, column: 0), .text(String(repeating: "長", count: 100)))]
        XCTAssertEqual(ColumnWidths.estimate(for: cells)[0], 60)
        XCTAssertEqual(ColumnWidths.estimate(for: [], hints: [3: 20])[3], 20)
        let short = [PositionedCell(CellAddress(row: 0, column: 3), .text("ab"))]
        XCTAssertEqual(ColumnWidths.estimate(for: short, hints: [3: 20])[3], 20)
    }
}
