import XCTest
@testable import XLSXReader
import TestSupport

/// `SheetCursor.nextBatch(_:)`: the same cells as `next()`, in compact records, in bounded batches.
final class CellBatchTests: XCTestCase {
    /// A cursor over `rows` (the inside of `<sheetData>`), with the shared strings and styles of the
    /// `fast_and_general_paths.xlsx` fixture. The XML arrives in `piece`-byte reads: small pieces make cells
    /// straddle refills, so they take the scanner's general path rather than its whole-cell fast path.
    private func cursor(_ rows: String, piece: Int = 7) throws -> SheetCursor {
        let workbook = try Workbook(path: try Fixtures.url("fast_and_general_paths.xlsx").path)
        let xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(rows)</sheetData></worksheet>"
        let scanner = XMLScanner(source: BytesSource(xml, chunk: piece), file: "f.xlsx", part: "p.xml", limits: ReadLimits(),
                                 chunkSize: max(64, piece))
        let sheet = SheetInfo(name: "S", index: 0, state: .visible, kind: .worksheet, entryName: "p.xml", partName: "p.xml")
        return try SheetCursor(stream: CellStream(scanner: scanner, sheet: sheet, workbook: workbook, formulas: false))
    }

    private func allByBatch(_ cursor: inout SheetCursor) throws -> [Cell] {
        var batch = CellBatch()
        var cells: [Cell] = []
        while try cursor.nextBatch(&batch) {
            XCTAssertLessThanOrEqual(batch.records.count, CellBatch.capacity)
            cells += batch.records.indices.map(batch.cell(at:))
        }
        return cells
    }

    /// Every sheet of every committed workbook (the fixtures and the sample Workbooks/staff.xlsx), and of
    /// the shared corpus when it is present, gives the same cells by batch as one by one, and a sheet that
    /// cannot be read fails the same way both ways.
    func testBatchesHoldTheCellsThatNextGives() throws {
        var committed = try FileManager.default.contentsOfDirectory(at: try Fixtures.folder(), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xlsx" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        committed.append(Repository.root.appendingPathComponent("Workbooks/staff.xlsx"))
        var compared = 0
        for url in committed {
            compared += try compareBatches(in: Workbook(path: url.path), url.lastPathComponent)
        }
        XCTAssertGreaterThan(compared, 500, "cells compared in the committed workbooks")

        guard let corpus = try? SharedMaterial.corpusFolder() else {
            print("CellBatchTests: shared corpus absent, compared the \(compared) cells of the committed workbooks only")
            return
        }
        var corpusCompared = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter({ $0.hasSuffix(".xlsx") }).sorted() {
            // Broken corpus files are refused at opening; ErrorCaseTests checks how.
            guard let workbook = try? Workbook(path: corpus.appendingPathComponent(name).path) else { continue }
            corpusCompared += compareBatches(in: workbook, name)
        }
        XCTAssertGreaterThan(corpusCompared, 1000, "cells compared in the shared corpus")
    }

    /// Compares batch and one-by-one reading on every worksheet of `workbook`; returns the cells compared.
    private func compareBatches(in workbook: Workbook, _ name: String) -> Int {
        var compared = 0
        for sheet in workbook.sheets where sheet.kind == .worksheet {
            let single = reading(workbook, sheet) { cursor, cells in
                while let cell = try cursor.next() { cells.append(cell) }
            }
            let batched = reading(workbook, sheet) { cursor, cells in
                var batch = CellBatch()
                while try cursor.nextBatch(&batch) { cells += batch.records.indices.map(batch.cell(at:)) }
            }
            XCTAssertEqual(batched.cells, single.cells, "\(name) \(sheet.name)")
            XCTAssertEqual(batched.error, single.error, "\(name) \(sheet.name)")
            compared += single.cells.count
        }
        return compared
    }

    /// The cells `read` collects from a fresh cursor, and the error that stopped it, if any.
    private func reading(_ workbook: Workbook, _ sheet: SheetInfo,
                         _ read: (inout SheetCursor, inout [Cell]) throws -> Void) -> (cells: [Cell], error: String?) {
        var cells: [Cell] = []
        do {
            var cursor = try workbook.cells(of: sheet)
            try read(&cursor, &cells)
            return (cells, nil)
        } catch {
            return (cells, String(describing: error))
        }
    }

    func testCommonValuesAreCompactAndSharedStringsAreIndices() throws {
        var cursor = try cursor(#"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>2.5</v></c><c r="C2" t="b"><v>1</v></c>"#
            + #"<c r="D2" t="e"><v>#N/A</v></c></row>"#, piece: 1 << 12)
        var batch = CellBatch()
        XCTAssertTrue(try cursor.nextBatch(&batch))
        let values = batch.records.map(\.value)
        guard case .sharedString(let index) = values[0], case .number(2.5) = values[1], case .bool(true) = values[2],
              case .other = values[3] else {
            return XCTFail("unexpected records \(values)")
        }
        XCTAssertEqual(batch.cell(at: 0).value, .text(batch.sharedStrings[index]))
        XCTAssertEqual(batch.cell(at: 3), Cell(address: CellAddress(rowNumber: 2, columnNumber: 4), value: .error("#N/A")))
        XCTAssertFalse(try cursor.nextBatch(&batch))
        XCTAssertTrue(batch.isEmpty)
    }

    func testLargeSheetsComeInBoundedBatches() throws {
        let count = CellBatch.capacity + 100
        var cursor = try cursor((1...count).map { "<row><c><v>\($0)</v></c></row>" }.joined())
        var batch = CellBatch()
        var sizes: [Int] = []
        var numbers: [Double] = []
        while try cursor.nextBatch(&batch) {
            sizes.append(batch.records.count)
            numbers += batch.records.map { record in
                guard case .number(let number) = record.value else { return .nan }
                return number
            }
        }
        XCTAssertEqual(sizes, [CellBatch.capacity, 100])
        XCTAssertEqual(numbers, (1...count).map(Double.init))
    }

    /// Rows and cells read whole by the fast paths (large reads) or token by token (7-byte reads) give the same cells.
    func testFastAndGeneralPathsAgreeOnRowShapes() throws {
        let rows = #"<row r="2" spans="1:3"><c r="A2"><v>1</v></c><c r="C2" s="0"><v>3</v></c></row>"#
            + #"<row r="4"/><row><c><v>5</v></c><c t="s"><v>0</v></c></row><row r="7" ht="15"></row>"#
            + #"<row r="9"><c r="B9" t="b"><v>0</v></c></row ><row r="10" ><c r="A10"><v>10</v></c></row>"#
        var fast = try cursor(rows, piece: 1 << 12)
        var general = try cursor(rows)
        let cells = try allByBatch(&fast)
        XCTAssertEqual(cells.map(\.address.a1), ["A2", "C2", "A5", "B5", "B9", "A10"])
        XCTAssertEqual(cells[3].value, .text("東京"))
        XCTAssertEqual(try allByBatch(&general), cells)
    }

    func testNextThenNextBatchContinuesWhereNextStopped() throws {
        var cursor = try cursor((1...5).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined())
        XCTAssertEqual(try cursor.next()?.address.a1, "A1")
        XCTAssertEqual(try cursor.next()?.address.a1, "A2")
        var batch = CellBatch()
        XCTAssertTrue(try cursor.nextBatch(&batch))
        XCTAssertEqual(batch.records.map(\.row), [3, 4, 5])
        XCTAssertFalse(try cursor.nextBatch(&batch))
    }

    /// A bad cell throws only after the cells before it have been handed out, as a cell-by-cell read does.
    func testCellsBeforeABadCellArriveFirst() throws {
        var cursor = try cursor(#"<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>two</v></c></row>"#)
        var batch = CellBatch()
        XCTAssertTrue(try cursor.nextBatch(&batch))
        XCTAssertEqual(batch.records.map(\.column), [1, 2])
        XCTAssertThrowsError(try cursor.nextBatch(&batch)) { error in
            guard case .invalidCellValue(_, "S", "C1", "two") = error as? XLSXError else { return XCTFail("\(error)") }
        }
    }
}
