import CXlsxWriter
import Report

/// Excel's grid, checked before an index is converted to libxlsxwriter's unsigned row and column
/// types (a negative or oversized index would otherwise trap in the conversion).
enum Grid {
    static let rowCount = 1_048_576
    static let columnCount = 16_384
    static let limitDescription = "outside Excel's grid of 1,048,576 rows and 16,384 columns"

    /// libxlsxwriter's indices for an address on the grid, or nil off it.
    static func indices(of address: CellAddress) -> (row: lxw_row_t, column: lxw_col_t)? {
        guard (0..<rowCount).contains(address.row), (0..<columnCount).contains(address.column) else { return nil }
        return (lxw_row_t(address.row), lxw_col_t(address.column))
    }
}
