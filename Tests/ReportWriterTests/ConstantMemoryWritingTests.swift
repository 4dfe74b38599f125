import Foundation
import Report
import ReportWriter
import XCTest
import XLSXReader
import TestSupport

/// Large documents are written row by row in libxlsxwriter's `constant_memory` mode (docs/PERFORMANCE.md); what a
/// spreadsheet reads back must be what the document holds, cell for cell, whichever mode wrote it.
final class ConstantMemoryWritingTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testOnlyLargeDocumentsTakeTheConstantMemoryPath() {
        XCTAssertFalse(ReportWriter.writesInConstantMemory(SampleReport.document()))
        XCTAssertFalse(ReportWriter.writesInConstantMemory(Self.document(rows: 1_000)))
        XCTAssertTrue(ReportWriter.writesInConstantMemory(Self.document(rows: ReportWriter.constantMemoryCellCount / 3)))
    }

    /// 40,000 rows × 3 columns laid out column by column (as the data sheet is), a summary sheet whose blocks
    /// interleave in rows (a table beside a `.cells` block offset from A1, an array-formula block, a wrapped
    /// sentence, an input cell with its validation), read back with our own reader.
    func testALargeDocumentReadsBackAsWritten() throws {
        let document = Self.document(rows: 40_000)
        XCTAssertTrue(ReportWriter.writesInConstantMemory(document))
        let output = folder.file("large.xlsx")
        try ReportWriter().write(document, to: output)
        try assertReadsBack(document, from: output)
    }

    /// The same check on the normal path, so the two modes are held to one standard.
    func testASmallDocumentReadsBackAsWritten() throws {
        let document = Self.document(rows: 500)
        XCTAssertFalse(ReportWriter.writesInConstantMemory(document))
        let output = folder.file("small.xlsx")
        try ReportWriter().write(document, to: output)
        try assertReadsBack(document, from: output)
    }

    /// Two blocks filling one cell are refused on both paths, naming the first such cell in row order.
    func testOverlappingBlocksAreRefusedOnTheConstantMemoryPath() throws {
        var document = Self.document(rows: 40_000)
        document.sheets[0].blocks.append(ReportBlock(at: CellAddress(row: 30_000, column: 2), .notes(["x", "y"])))
        XCTAssertThrowsError(try ReportWriter().write(document, to: folder.file("overlap.xlsx"))) { error in
            XCTAssertEqual(error as? ReportWriterError, .invalidLayout(.overlappingCells(sheet: "データ", cell: "C30001")))
        }
        XCTAssertEqual(try folder.contents(), [], "nothing is left behind")
    }

    /// Runs (rows made as they are written) merged row by row with other blocks: two runs side by side over some of
    /// the same rows, a `.cells` block and a wrapped sentence between them, read back cell for cell against the
    /// same sheet laid out whole; in both modes.
    func testRunsMergedWithOtherBlocksReadBackAsWritten() throws {
        for rows in [300, 40_000] {
            let document = Self.runDocument(rows: rows)
            XCTAssertEqual(ReportWriter.writesInConstantMemory(document), rows > 1_000)
            let output = folder.file("runs-\(rows).xlsx")
            try ReportWriter().write(document, to: output)
            try assertReadsBack(document, from: output)
        }
    }

    /// A cell that a run and another block both fill is refused, naming it, on both paths.
    func testARunOverlappingAnotherBlockIsRefused() throws {
        for rows in [300, 40_000] {
            var document = Self.runDocument(rows: rows)
            document.sheets[0].blocks.append(ReportBlock(at: CellAddress(row: 250, column: 1), .notes(["x"])))
            XCTAssertThrowsError(try ReportWriter().write(document, to: folder.file("overlap-\(rows).xlsx"))) { error in
                XCTAssertEqual(error as? ReportWriterError, .invalidLayout(.overlappingCells(sheet: "データ", cell: "B251")))
            }
        }
        XCTAssertEqual(try folder.contents(), [], "nothing is left behind")
    }

    /// `rows` rows of a run from A1 (header, row number, an amount, a formula of it; every seventh amount missing),
    /// a second run from F3 over half the rows, notes at D2:D4 and a wrapped sentence at H1.
    static func runDocument(rows: Int) -> ReportDocument {
        let header: [ReportCell?] = [.text("行", style: .header), .text("金額", style: .header), .text("二倍", style: .header)]
        let data = RowRun(rowCount: rows + 1, columnCount: 3) { row in
            guard row > 0 else { return header }
            let amount = Double(row) * 1.25 - 7.5
            return [.number(Double(row + 1), format: .integer), row % 7 == 0 ? nil : .number(amount),
                    .formula(Formula("B\(row + 1)*2"), cached: amount * 2, format: .decimals(2))]
        }
        let side = RowRun(rowCount: rows / 2, columnCount: 2) { row in [.text(row.isMultiple(of: 2) ? "偶" : "奇"), .number(Double(row))] }
        let sentence = String(repeating: "この文は列の幅で折り返されます。", count: 8)
        return ReportDocument(sheets: [ReportSheet(name: "データ", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .rows(data)),
            ReportBlock(at: CellAddress(row: 1, column: 3), .notes(["一", "二", "三"])),
            ReportBlock(at: CellAddress(row: 2, column: 5), .rows(side)),
            ReportBlock(at: CellAddress(row: 0, column: 7), .paragraphs([sentence])),
        ])])
    }

    private func assertReadsBack(_ document: ReportDocument, from output: URL,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let workbook = try Workbook(path: output.path)
        XCTAssertEqual(workbook.sheets.map(\.name), document.sheets.map(\.name), file: file, line: line)
        for (info, sheet) in zip(workbook.sheets, document.sheets) {
            var expected: [String: (value: ReportValue, formula: String?)] = [:]
            for placed in try sheet.laidOutCells() {
                switch placed.cell.content {
                // libxlsxwriter writes an empty text (a table's corner) as a blank cell.
                case .value(.text("")): continue
                case .value(let value): expected[placed.address.a1()] = (value, nil)
                case .formula(let formula, cached: let value): expected[placed.address.a1()] = (value, formula.text)
                case .empty: continue
                }
            }
            var cursor = try workbook.cells(of: info, formulas: true)
            var seen: Set<String> = []
            var mismatches: [String] = []
            while let cell = try cursor.next() {
                let a1 = cell.address.description
                if case .empty = cell.value, cell.formula == nil { continue }
                guard let want = expected[a1] else {
                    mismatches.append("\(info.name)!\(a1): unexpected \(cell.value)")
                    continue
                }
                seen.insert(a1)
                if !Self.same(cell.value, want.value) { mismatches.append("\(info.name)!\(a1): \(cell.value) ≠ \(want.value)") }
                if let formula = want.formula, cell.formula != formula {
                    mismatches.append("\(info.name)!\(a1): formula \(cell.formula ?? "none") ≠ \(formula)")
                }
            }
            XCTAssertEqual(mismatches.prefix(10), [], file: file, line: line)
            XCTAssertEqual(Set(expected.keys).subtracting(seen).sorted(), [], "every filled cell of \(info.name) is read back",
                           file: file, line: line)
        }
    }

    private static func same(_ read: CellValue, _ written: ReportValue) -> Bool {
        switch (read, written) {
        case (.number(let a), .number(let b)): return a == b
        case (.text(let a), .text(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        default: return false
        }
    }

    /// A data sheet of `rows` rows (row number, an amount with decimals, a ward name as text, and a formula of the
    /// amount) and a summary sheet of mixed blocks.
    static func document(rows: Int) -> ReportDocument {
        var data = [PositionedCell(CellAddress(row: 0, column: 0), .text("行", style: CellStyle(role: .header, borders: .bottom)))]
        for index in 0..<rows { data.append(PositionedCell(CellAddress(row: index + 1, column: 0), .number(Double(index + 2), format: .integer))) }
        data.append(PositionedCell(CellAddress(row: 0, column: 1), .text("金額", style: .header)))
        for index in 0..<rows { data.append(PositionedCell(CellAddress(row: index + 1, column: 1), .number(Double(index) * 1.25 - 7.5))) }
        data.append(PositionedCell(CellAddress(row: 0, column: 2), .text("区", style: .header)))
        let wards = ["北区", "中央区", "  南区 ", "west & <east>"]
        for index in 0..<rows { data.append(PositionedCell(CellAddress(row: index + 1, column: 2), .text(wards[index % wards.count]))) }
        data.append(PositionedCell(CellAddress(row: 0, column: 3), .text("二倍", style: .header)))
        for index in 0..<rows {
            let amount = Double(index) * 1.25 - 7.5
            data.append(PositionedCell(CellAddress(row: index + 1, column: 3),
                                       .formula(Formula("B\(index + 2)*2"), cached: amount * 2, format: .decimals(2))))
        }
        let dataSheet = ReportSheet(name: "データ", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(data))],
                                    options: SheetOptions(frozenRows: 1, frozenColumns: 1))

        let table = ReportTable(heading: "要約", columnHeaders: ["", "値"],
                                rows: [.init("件数", [.number(Double(rows), format: .integer)]),
                                       .init("合計", [.formula(Formula("SUM('データ'!B2:B\(rows + 1))"),
                                                               cached: (0..<rows).reduce(0) { $0 + Double($1) * 1.25 - 7.5 })])])
        let block = [PositionedCell(CellAddress(row: 0, column: 0), .formula(.arrayBlock("LINEST('データ'!B2:B11)", rows: 1, columns: 2), cached: 1.25)),
                     PositionedCell(CellAddress(row: 0, column: 1), .number(-7.5)),
                     PositionedCell(CellAddress(row: 2, column: 0), ReportCell(.value(.number(3)), style: CellStyle(role: .input),
                                                                              validation: .wholeNumber(minimum: 1, maximum: 9))),
                     PositionedCell(CellAddress(row: 3, column: 1), ReportCell(.value(.bool(true))))]
        let sentence = String(repeating: "この文は列の幅で折り返されます。", count: 8)
        let summary = ReportSheet(name: "要約", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("大きな文書")),
            ReportBlock(at: CellAddress(row: 2, column: 0), .table(table)),
            ReportBlock(at: CellAddress(row: 3, column: 4), .cells(block)),
            ReportBlock(at: CellAddress(row: 8, column: 0), .paragraphs([sentence, "短い文"])),
        ], options: SheetOptions(minimumColumnWidths: [0: 40]))
        return ReportDocument(sheets: [dataSheet, summary])
    }
}
