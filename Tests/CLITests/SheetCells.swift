import Foundation
import XLSXReader
import TestSupport

extension Workbook {
    /// Opens a workbook of the package (a committed exercise workbook) by its path from the package root.
    static func packaged(_ path: String) throws -> Workbook {
        try Workbook(path: CommandRunner.packageRoot.appendingPathComponent(path).path)
    }

    /// Every cell of the named sheet by its A1 address, read straight from the file.
    func cellsByAddress(sheet: String, formulas: Bool = false) throws -> [String: Cell] {
        var cursor = try cells(of: self.sheet(named: sheet), formulas: formulas)
        var cells: [String: Cell] = [:]
        while let cell = try cursor.next() { cells[cell.address.a1] = cell }
        return cells
    }

    /// The numbers of one sheet column (1-based) below the header row, in row order, read straight from the
    /// cells: an independent view of what the command under test read through its table.
    func numbers(sheet: String, column: Int) throws -> [Double] {
        var cursor = try cells(of: self.sheet(named: sheet))
        var values: [Double] = []
        while let cell = try cursor.next() {
            if cell.address.columnNumber == column, cell.address.rowNumber > 1, case .number(let value) = cell.value { values.append(value) }
        }
        return values
    }
}
