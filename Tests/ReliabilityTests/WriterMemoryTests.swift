import Analysis
import Foundation
import Report
import ReportWriter
import Tabular
import XCTest
import XLSXReader
import TestSupport

/// Writing a result workbook costs memory for the document, not again for every cell written
/// (docs/PERFORMANCE.md, "Bounded memory while writing").
final class WriterMemoryTests: XCTestCase {
    /// 150,000 rows × 3 columns (450,000 cells). Before, the writer copied every cell into a sorted array (about
    /// 130 bytes a cell) and libxlsxwriter kept every cell until the file was closed (about 100 bytes more): some
    /// 100 MB on top of the document. Now only an 8-byte key per cell is sorted and rows leave memory as they are
    /// written. Measured: 5 MiB; 69 MiB with the rows kept by libxlsxwriter (the normal mode) even without the copy.
    func testWritingALargeDocumentAddsLittleToThePeak() throws {
        let rows = 150_000
        var cells: [PositionedCell] = []
        cells.reserveCapacity(3 * rows + 3)
        for (column, name) in ["行", "値", "区"].enumerated() {
            cells.append(PositionedCell(CellAddress(row: 0, column: column), .text(name, style: .header)))
            for row in 1...rows {
                let cell: ReportCell = switch column {
                case 0: .number(Double(row + 1), format: .integer)
                case 1: .number(Double(row) / 7)
                default: .text(["北区", "中央区", "南区"][row % 3])
                }
                cells.append(PositionedCell(CellAddress(row: row, column: column), cell))
            }
        }
        let document = ReportDocument(sheets: [ReportSheet(name: "データ", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))])])
        XCTAssertTrue(ReportWriter.writesInConstantMemory(document))

        let folder = try TemporaryFolder("bunseki-writer").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("large.xlsx")

        guard let growth = try PeakResident.growth(during: { try ReportWriter().write(document, to: output) }) else {
            throw XCTSkip("this kernel does not let a process reset its peak resident set (/proc/self/clear_refs)")
        }
        XCTAssertLessThan(growth, 32 << 20, "peak grew by \(growth >> 20) MiB while writing 450,000 cells")
        XCTAssertGreaterThan(try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int ?? 0, 1 << 20)
    }
}

/// A long result's rows are made as they are written, not held as cells by the document.
final class RowRunMemoryTests: XCTestCase {
    /// A 200,000-row regression on three predictors: the data sheet (5 cells a row) and the residual and probability
    /// tables (6 more, 4 of them formulas) are 2.2 million cells, which as `PositionedCell`s took about 130 bytes
    /// each, more with a formula's text (over 300 MB). As runs the document holds the columns it is made from; what
    /// the peak may grow by while the document is built and written is well under the cells' size. Measured (debug
    /// build): 4 MiB; 331 MiB when the same cells are held as the document held them before.
    func testARegressionDocumentOfManyRowsHoldsNoCellPerRow() throws {
        let n = 200_000
        var state: UInt64 = 14
        func next() -> Double {
            // SplitMix64, so the data are the same on every run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        let x = (1...3).map { j in DataColumn(name: "x\(j)", values: (0..<n).map { _ in (next() * 1000).rounded() / 10 }) }
        let y = (0..<n).map { i in 2 + x.enumerated().reduce(0) { $0 + Double($1.offset + 1) * $1.element.values[i]! } + next() }
        let result = try LinearRegression.fit(response: Variable(name: "y", values: y),
                                              predictors: x.map { Variable(name: $0.name, values: $0.values) },
                                              intercept: true, confidenceLevels: [0.95])
        let folder = try temporaryFolder("bunseki-runs")
        let output = folder.appendingPathComponent("regress.xlsx")
        var document: ReportDocument?
        guard let growth = try PeakResident.growth(during: {
            document = try RegressionWorkbook.document(language: .ja, sourceRows: Array(2...(n + 1)),
                                                       response: DataColumn(name: "y", values: y), predictors: x, result: result)
            try ReportWriter().write(document!, to: output)
        }) else {
            throw XCTSkip("this kernel does not let a process reset its peak resident set (/proc/self/clear_refs)")
        }
        XCTAssertLessThan(growth, 64 << 20, "peak grew by \(growth >> 20) MiB for a 200,000-row regression")
        guard case .rows(let data)? = document?.sheets[0].blocks.first?.content else {
            return XCTFail("the data sheet is not one run of rows")
        }
        XCTAssertEqual(data.rowCount, n + 1)
        let workbook = try Workbook(path: output.path)
        let table = try Table.read(workbook, sheet: workbook.sheets[0], options: TableOptions(detectLayout: false))
        XCTAssertEqual(table.rowNumbers.count, n)
        XCTAssertEqual(table.columns[1].values[n - 1], .number(y[n - 1]))
    }
}

/// The process's peak resident set (VmHWM), reset before a body runs, so that what earlier tests in the same
/// process used does not hide what the body uses.
enum PeakResident {
    /// How far the peak rose above the resident set at the start, or nil where the peak cannot be reset.
    static func growth(during body: () throws -> Void) rethrows -> Int? {
        // Writing 5 to clear_refs resets the peak to the current resident set (Linux 4.0 and later).
        guard let reset = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return nil }
        reset.write(Data("5".utf8))
        try? reset.close()
        guard let before = field("VmRSS"), let peakAfterReset = field("VmHWM"), peakAfterReset <= before + (1 << 20) else {
            return nil
        }
        try body()
        guard let peak = field("VmHWM") else { return nil }
        return max(0, peak - before)
    }

    /// The process's address space now (VmSize), or nil off Linux.
    static func virtualBytes() -> Int? { field("VmSize") }

    /// A `kB` field of /proc/self/status in bytes.
    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}

/// A far cell costs memory for the cells present, not for the columns it spans (issue #14, item 7).
final class FarCellMemoryTests: XCTestCase {
    /// 500 rows of two columns and one cell at XFD501: the table has 16,384 columns, 16,381 of them empty.
    /// Before, each column stored an empty value per row and reserved a chunk of 64 Ki values on its first
    /// one (9.6 GB of address space over the grid's width); now empty values at a column's end are counted,
    /// not stored, and only columns past one chunk reserve whole chunks.
    func testAFarCellDoesNotCostTheColumnsBetween() throws {
        let rows = (2...501).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c><c r=\"B\($0)\"><v>\(Double($0) / 4)</v></c></row>" }
        let sheet = MinimalPackage.sheet(rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>番号</t></is></c><c r="B1" t="inlineStr"><is><t>値</t></is></c></row>\
            \(rows.joined())<row r="501"><c r="XFD501"><v>7</v></c></row>
            """.replacingOccurrences(of: "</row><row r=\"501\"><c r=\"XFD501\">", with: "<c r=\"XFD501\">"))
        let package = MinimalPackage.bytes(sheet: sheet)
        let workbook = try Workbook(data: Data(package))
        var table: Table?
        let growth = try PeakResident.growth {
            table = try Table.read(workbook, sheet: workbook.sheets[0], options: TableOptions(detectLayout: false))
        }
        let read = try XCTUnwrap(table)
        XCTAssertEqual(read.columns.count, 16_384)
        XCTAssertEqual(read.rowNumbers.count, 500)
        XCTAssertEqual(read.columns[1].values[499], .number(125.25))
        XCTAssertEqual(read.columns[2].values[499], .empty, "a column between holds empty values")
        XCTAssertEqual(read.columns[16_383].values[498], .empty)
        XCTAssertEqual(read.columns[16_383].values[499], .number(7))
        let addressSpace = PeakResident.virtualBytes()
        if let growth {
            XCTAssertLessThan(growth, 64 << 20, "peak grew by \(growth >> 20) MiB for 1,001 values")
        }
        if let addressSpace {
            XCTAssertLessThan(addressSpace, 4 << 30, "address space \(addressSpace >> 20) MiB")
        }
    }
}
