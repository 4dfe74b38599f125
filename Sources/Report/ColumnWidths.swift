/// Chooses column widths that fit what each column shows.
public enum ColumnWidths {
    /// Padding added to the widest text, in character units, so text does not touch the grid lines.
    static let padding = 2.0
    /// Narrowest width chosen for a column that holds anything (Excel's default is 8.43).
    static let minimum = 8.43
    /// Widest width chosen; longer text is cut off at the cell edge rather than making a huge column.
    static let maximum = 60.0

    /// Widths by zero-based column index for the given cells: the widest displayed text plus padding,
    /// within bounds, never below the sheet's hints. Titles and notes overflow into empty neighbours,
    /// so they do not count.
    public static func estimate(for cells: [PositionedCell], hints: [Int: Double] = [:]) -> [Int: Double] {
        var widths = hints
        for placed in cells where placed.cell.style.sizesColumn {
            let units = displayUnits(of: placed.cell)
            guard units > 0 else { continue }
            let wanted = min(maximum, max(minimum, Double(units) + padding))
            widths[placed.address.column] = max(widths[placed.address.column] ?? 0, wanted)
        }
        return widths
    }

    /// Character units a cell shows; plain numbers are measured without building their text, which
    /// matters on data sheets of many thousand cells.
    private static func displayUnits(of cell: ReportCell) -> Int {
        switch cell.content {
        case .value(.number(let value)), .formula(_, cached: .number(let value)):
            // Formula cells too: a residual sheet holds several per row.
            if let units = cell.format.approximateWidth(of: value) { return units }
        default:
            break
        }
        return DisplayWidth.of(cell.approximateDisplay)
    }
}
