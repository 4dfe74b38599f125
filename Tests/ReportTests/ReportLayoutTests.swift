import Foundation
import Report
import XCTest
import TestSupport

/// Blocks turn into cells at the right addresses, with the ToolPak's rules.
final class ReportLayoutTests: XCTestCase {
    private func cellMap(_ cells: [PositionedCell]) -> [String: ReportCell] {
        Dictionary(uniqueKeysWithValues: cells.map { ($0.address.a1(), $0.cell) })
    }

    func testTableWithHeadingHeadersAndRows() {
        let table = ReportTable(heading: "ANOVA", columnHeaders: ["", "df", "SS"], rows: [
            .init("Regression", [.number(1), .number(46.8)]),
            .init("Residual", [.number(7), nil]),
        ])
        let cells = cellMap(ReportBlock(at: CellAddress(row: 10, column: 1), .table(table)).placedCells())

        XCTAssertEqual(cells["B11"]?.content, .value(.text("ANOVA")))
        XCTAssertEqual(cells["B11"]?.style, CellStyle(role: .header, borders: [.top, .bottom]))
        XCTAssertEqual(cells["D11"]?.style.borders, [.top, .bottom], "the heading's rules span the table")
        XCTAssertEqual(cells["C12"]?.content, .value(.text("df")))
        XCTAssertEqual(cells["B13"]?.content, .value(.text("Regression")))
        XCTAssertEqual(cells["D13"]?.content, .value(.number(46.8)))
        XCTAssertEqual(cells["B13"]?.style.borders, [], "inner rows have no rules")
        XCTAssertEqual(cells["D14"]?.content, .empty, "a missing figure in the last row still carries the closing rule")
        XCTAssertEqual(cells["D14"]?.style.borders, .bottom)
        XCTAssertEqual(cells.count, 3 + 3 + 3 + 3)
    }

    func testMatrixLeavesUpperTriangleEmpty() {
        let matrix = ReportTable.matrix(columnLabels: ["a", "b"], rowLabels: ["a", "b"],
                                        values: [[.number(1), nil], [.number(0.5), .number(1)]])
        let cells = cellMap(ReportBlock(at: CellAddress(row: 0, column: 0), .table(matrix)).placedCells())
        XCTAssertNil(cells["C2"], "upper triangle of an inner row is not written at all")
        XCTAssertEqual(cells["B3"]?.content, .value(.number(0.5)))
        XCTAssertEqual(cells["A1"]?.content, .value(.text("")), "the corner is an empty header")
        XCTAssertEqual(matrix.width, 3)
    }

    func testNotesAndTitlesDoNotWidenColumns() {
        let notes = ReportBlock(at: CellAddress(row: 4, column: 0), .notes(["one", "two"])).placedCells()
        XCTAssertEqual(notes.map { $0.address.a1() }, ["A5", "A6"])
        XCTAssertTrue(notes.allSatisfy { !$0.cell.style.sizesColumn })
        XCTAssertEqual(ReportBlock(at: CellAddress(row: 4, column: 0), .notes(["one", "two"])).height, 2)
        let paragraphs = ReportBlock(at: CellAddress(row: 0, column: 1), .paragraphs(["long sentence"])).placedCells()
        XCTAssertEqual(paragraphs.map(\.cell.style.role), [.paragraph])
        XCTAssertEqual(ColumnWidths.estimate(for: paragraphs), [:], "wrapped sentences follow their column's width")
    }

    func testOverlappingBlocksAreReportedWithTheCell() {
        let sheet = ReportSheet(name: "結果", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .notes(["a", "b", "c"])),
            ReportBlock(at: CellAddress(row: 2, column: 0), .title("clash")),
        ])
        XCTAssertThrowsError(try sheet.laidOutCells()) { error in
            XCTAssertEqual(error as? ReportLayoutError, .overlappingCells(sheet: "結果", cell: "A3"))
        }
    }

    func testLaidOutCellsAreInReadingOrder() throws {
        let sheet = ReportSheet(name: "S", blocks: [
            ReportBlock(at: CellAddress(row: 3, column: 0), .title("later")),
            ReportBlock(at: CellAddress(row: 0, column: 2), .title("first")),
        ])
        XCTAssertEqual(try sheet.laidOutCells().map { $0.address.a1() }, ["C1", "A4"])
    }

    func testDocumentRoundTripsThroughJSON() throws {
        let document = SampleReport.document()
        // The sample holds a NaN figure on purpose; JSON needs an explicit spelling for it.
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let decoded = try decoder.decode(ReportDocument.self, from: encoder.encode(document))
        XCTAssertEqual(decoded.sheets.map(\.name), document.sheets.map(\.name))
        XCTAssertEqual(try decoded.sheets[1].laidOutCells().count, try document.sheets[1].laidOutCells().count)
        XCTAssertEqual(decoded.sheets[1].charts, document.sheets[1].charts)
    }

    /// tidy's table is one run over the columns it is given, made row by row when written (`RowRun`); an empty cell
    /// stays empty.
    func testTidyTableIsMadeAsItIsWritten() throws {
        let layout = TidyLayout(language: .ja, title: "t", columns: [(name: "所属", cells: [.text("総務"), nil]),
                                                                      (name: "件数", cells: [.number(3), .number(4)])],
                                changes: [], checklist: [])
        guard case .rows(let run)? = layout.document.sheets.first?.blocks.first?.content else {
            return XCTFail("the table is not a run")
        }
        XCTAssertEqual(run.rowCount, 3)
        XCTAssertEqual(run.cellCount, 5)
        let cells = Dictionary(uniqueKeysWithValues: try layout.document.sheets[0].laidOutCells().map { ($0.address.a1(), $0.cell.content) })
        XCTAssertEqual(cells["B3"], .value(.number(4)))
        XCTAssertNil(cells["A3"])
    }

    /// A data sheet with text columns holds its numbers and its labels as two runs, made row by row when written
    /// (`RowRun`); laid out, the labels sit right of the numbers, a missing label leaves its cell empty.
    func testCategoryDataSheetLabelsAreMadeAsTheyAreWritten() throws {
        let layout = CategoryDataSheet(language: .ja, sourceRows: [2, 3, 4],
                                       numbers: [DataColumn(name: "残業", values: [1.5, 2, nil])],
                                       columns: [.init(name: "所属", labels: ["総務", nil, "税務"])])
        let runs = layout.sheet.blocks.compactMap { block -> RowRun? in
            if case .rows(let run) = block.content { return run } else { return nil }
        }
        XCTAssertEqual(runs.map(\.rowCount), [4, 4])
        let cells = Dictionary(uniqueKeysWithValues: try layout.sheet.laidOutCells().map { ($0.address.a1(), $0.cell.content) })
        XCTAssertEqual(cells["C1"], .value(.text("所属")))
        XCTAssertEqual(cells["C2"], .value(.text("総務")))
        XCTAssertNil(cells["C3"])
        XCTAssertEqual(cells["C4"], .value(.text("税務")))
    }
}
