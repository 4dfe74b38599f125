import Foundation
import Report
import ReportWriter
import XCTest

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

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bunseki-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("large.xlsx")

        guard let growth = try PeakResident.growth(during: { try ReportWriter().write(document, to: output) }) else {
            throw XCTSkip("this kernel does not let a process reset its peak resident set (/proc/self/clear_refs)")
        }
        XCTAssertLessThan(growth, 32 << 20, "peak grew by \(growth >> 20) MiB while writing 450,000 cells")
        XCTAssertGreaterThan(try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int ?? 0, 1 << 20)
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

