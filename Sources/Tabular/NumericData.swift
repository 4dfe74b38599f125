import XLSXReader

/// Columns prepared for analysis: one `Double?` per data row (nil = missing or not numeric), with each
/// row's sheet row number so the analysis (its listwise deletion) can name the rows it drops.
public struct NumericData: Sendable {
    /// The column names, in the order asked for.
    public let names: [String]
    /// The sheet column number of each column.
    public let columnIndexes: [Int]
    /// `values[c][r]`: column `c`, data row `r`.
    public let values: [[Double?]]
    /// The sheet row number of each data row.
    public let rowNumbers: [Int]

    /// The cell behind `values[column][row]`.
    public func address(column: Int, row: Int) -> CellAddress {
        CellAddress(rowNumber: rowNumbers[row], columnNumber: columnIndexes[column])
    }
}

extension Table {
    /// The numeric view of the columns named by `keys` (header text or column letter).
    /// Numbers, date serials and duration day counts count; text, booleans, errors and blanks are nil.
    public func numericData(_ keys: [String]) throws -> NumericData {
        let chosen = try keys.map(requireColumn)
        return NumericData(names: chosen.map(\.name), columnIndexes: chosen.map(\.index),
                           values: chosen.map { $0.values.map(\.numeric) }, rowNumbers: rowNumbers)
    }
}
