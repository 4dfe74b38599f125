import XLSXReader

/// A cell formula that totals or averages other cells of the sheet: `SUM(C5:C28)`, `=AVERAGE(C5:C28)`,
/// `SUBTOTAL(9,C5:C28)`. Such a cell makes its row a total row when the range runs down its own column,
/// and its column a total column when the range runs along its own row.
struct AggregateFormula {
    let range: CellRange

    private static let functions = ["SUM(", "AVERAGE(", "SUBTOTAL(", "COUNT(", "COUNTA(", "MAX(", "MIN(", "_XLFN.AGGREGATE("]

    /// Nil unless `formula` is one aggregate function over one range.
    init?(_ formula: String) {
        var text = Substring(formula.uppercased().filter { $0 != " " && $0 != "$" })
        if text.hasPrefix("=") { text = text.dropFirst() }
        guard let function = AggregateFormula.functions.first(where: { text.hasPrefix($0) }), text.hasSuffix(")") else { return nil }
        var arguments = text.dropFirst(function.count).dropLast()
        // SUBTOTAL and AGGREGATE take a function number first.
        if let comma = arguments.lastIndex(of: ",") { arguments = arguments[arguments.index(after: comma)...] }
        guard let range = CellRange(a1: arguments), range.cellCount > 1 else { return nil }
        self.range = range
    }

    /// Whether the range lies in `address`'s column, above it.
    func runsDown(to address: CellAddress) -> Bool {
        range.first.columnNumber == address.columnNumber && range.last.columnNumber == address.columnNumber && range.last.rowNumber < address.rowNumber
    }

    /// Whether the range lies in `address`'s row, beside it.
    func runsAlong(to address: CellAddress) -> Bool {
        range.first.rowNumber == address.rowNumber && range.last.rowNumber == address.rowNumber && !range.contains(address)
    }
}
