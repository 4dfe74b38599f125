import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
import XLSXReader
import TestSupport

/// Readings stay short whatever the data's size, and no cell is ever written past Excel's 32,767 characters.
final class BoundedTextTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testListsShowTenItemsThenCountTheRest() {
        let items = (1...25).map { "行 \($0)" }
        XCTAssertEqual(ReadingList.joined(items, .ja), (1...10).map { "行 \($0)" }.joined(separator: "、") + " 他 15 件")
        XCTAssertEqual(ReadingList.joined(Array(items.prefix(3)), .en), "行 1, 行 2, 行 3")
        XCTAssertEqual(ReadingList.joined((1...11).map(String.init), .en), "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 1 more")
        XCTAssertEqual(ReadingList.joined(Array(items.prefix(10)), .ja), (1...10).map { "行 \($0)" }.joined(separator: "、"))
    }

    /// `anova2 --columns` on 20,000 rows named every row level in one sentence (about 180,000 characters) and
    /// failed to write; now the sentence names ten and counts the rest, and the workbook is written.
    func testTwoFactorReadingOfTwentyThousandRowsFitsOneCell() throws {
        let n = 20_000
        let columns = ["A", "B", "C"].enumerated().map { offset, name in
            DataColumn(name: name, values: (0..<n).map { Double(($0 * 7 + offset * 13) % 29) })
        }
        let grid = (0..<n).map { row in columns.map { $0.values[row] ?? 0 } }
        let anova = try TwoWayANOVAWithoutReplication.compute(grid: grid, rowNames: (2...(n + 1)).map { "行 \($0)" },
                                                              columnNames: ["A", "B", "C"])
        let document = TwoFactorAnovaWorkbook.document(language: .ja, sourceRows: Array(2...(n + 1)), columns: columns, anova: anova)
        let reading = try XCTUnwrap(document.sheets.last).laidOutCells().compactMap { cell -> String? in
            if case .value(.text(let text)) = cell.cell.content { text } else { nil }
        }
        let rows = try XCTUnwrap(reading.first { $0.hasPrefix("行 2、行 3、") }, "\(reading)")
        XCTAssertTrue(rows.contains("行 11 他 19990 件"), rows)
        XCTAssertLessThan(reading.map(\.count).max() ?? 0, 1_000)
        XCTAssertNoThrow(try ReportWriter().write(document, to: folder.file("anova2.xlsx")))
    }

    /// The writer's last guard: a text longer than a cell holds is cut to 32,767 characters ending in "…", and the
    /// workbook is written instead of failing as a whole.
    func testTextsLongerThanACellHoldsAreCut() throws {
        let long = String(repeating: "長", count: 40_000)
        let sheet = ReportSheet(name: "S", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .notes([long, "短い"]))])
        let output = folder.file("long.xlsx")
        try ReportWriter().write(ReportDocument(sheets: [sheet]), to: output)
        let workbook = try Workbook(path: output.path)
        var cursor = try workbook.cells(of: workbook.sheets[0])
        var texts: [String] = []
        while let cell = try cursor.next() { if case .text(let text) = cell.value { texts.append(text) } }
        XCTAssertEqual(texts.count, 2)
        XCTAssertEqual(texts.first?.utf16.count, 32_767)
        XCTAssertEqual(texts.first?.last, "…")
        XCTAssertEqual(texts.last, "短い")
    }
}
