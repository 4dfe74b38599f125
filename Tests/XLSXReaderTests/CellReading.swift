import Foundation
@testable import XLSXReader

/// Reads every cell of a sheet into a dictionary keyed by A1 text.
func readCells(_ workbook: Workbook, _ sheet: SheetInfo? = nil, formulas: Bool = false) throws -> [String: Cell] {
    guard let target = sheet ?? workbook.firstVisibleWorksheet else { return [:] }
    var cursor = try workbook.cells(of: target, formulas: formulas)
    var cells: [String: Cell] = [:]
    while let cell = try cursor.next() { cells[cell.address.a1] = cell }
    return cells
}

/// An in-memory byte source that hands out at most `chunk` bytes per read, to exercise token refills.
final class BytesSource: ByteSource {
    private let bytes: [UInt8]
    private let chunk: Int
    private var offset = 0

    init(_ text: String, chunk: Int = 7) {
        self.bytes = Array(text.utf8)
        self.chunk = chunk
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        let count = min(chunk, capacity, bytes.count - offset)
        for i in 0..<count { buffer[i] = bytes[offset + i] }
        offset += count
        return count
    }
}
