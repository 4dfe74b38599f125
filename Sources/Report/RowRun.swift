/// Rows of a block made one at a time, when they are written, instead of stored as cells.
///
/// A data sheet or a residual table of a million rows held as `PositionedCell`s takes about 130 bytes a cell,
/// more with a formula's text: 3 GB for a three-predictor regression, on top of the table it was made from. A
/// run holds what its rows are made from (the columns of numbers the analysis keeps anyway) and a function that
/// makes row `i`'s cells, so the writer can write each row and let it go. Small uses (a page, a test, the
/// terminal) ask for `placedCells()` and get the same cells a `.cells` block would hold.
public struct RowRun: Sendable {
    /// Rows in the run, from the block's origin down.
    public let rowCount: Int
    /// Columns the widest row spans, from the block's origin across.
    public let columnCount: Int
    /// How many cells the rows hold (what decides a writer's memory mode), counted without making them.
    public let cellCount: Int
    private let make: @Sendable (Int) -> [ReportCell?]

    /// Creates a run of `rowCount` rows; `row(i)` gives row `i`'s cells from the block's first column on, nil
    /// where no cell is written, at most `columnCount` of them. It is called once per row each time the run is
    /// written or read, so it should only pick values and build cells. `cellCount` is how many cells the rows hold,
    /// when the caller knows it; by default every place of the `rowCount` × `columnCount` rectangle counts.
    public init(rowCount: Int, columnCount: Int, cellCount: Int? = nil, row: @escaping @Sendable (Int) -> [ReportCell?]) {
        self.rowCount = max(0, rowCount)
        self.columnCount = max(0, columnCount)
        self.cellCount = cellCount ?? self.rowCount * self.columnCount
        self.make = row
    }

    /// Row `index`'s cells from the block's first column on (nil: no cell).
    public func cells(ofRow index: Int) -> [ReportCell?] { make(index) }

    /// Every cell, addressed relative to the block's origin, row by row.
    public func placedCells() -> [PositionedCell] {
        var placed: [PositionedCell] = []
        for row in 0..<rowCount {
            for (column, cell) in make(row).enumerated() {
                if let cell { placed.append(PositionedCell(CellAddress(row: row, column: column), cell)) }
            }
        }
        return placed
    }
}

/// A run is coded as the cells it makes (a decoded run holds them), and two runs are equal when they make equal
/// cells: the function itself is neither data nor comparable.
extension RowRun: Codable, Hashable {
    private enum CodingKeys: String, CodingKey { case rowCount, columnCount, cells }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rowCount = try container.decode(Int.self, forKey: .rowCount)
        let columnCount = try container.decode(Int.self, forKey: .columnCount)
        var rows = Array(repeating: [ReportCell?](), count: max(0, rowCount))
        for placed in try container.decode([PositionedCell].self, forKey: .cells)
        where rows.indices.contains(placed.address.row) && placed.address.column >= 0 {
            let row = placed.address.row, column = placed.address.column
            if rows[row].count <= column { rows[row] += Array(repeating: nil, count: column + 1 - rows[row].count) }
            rows[row][column] = placed.cell
        }
        let kept = rows
        self.init(rowCount: rowCount, columnCount: columnCount,
                  cellCount: kept.reduce(0) { $0 + $1.lazy.filter { $0 != nil }.count }) { kept[$0] }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rowCount, forKey: .rowCount)
        try container.encode(columnCount, forKey: .columnCount)
        try container.encode(placedCells(), forKey: .cells)
    }

    public static func == (left: RowRun, right: RowRun) -> Bool {
        left.rowCount == right.rowCount && left.columnCount == right.columnCount
            && (0..<left.rowCount).allSatisfy { trimmed(left.make($0)) == trimmed(right.make($0)) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rowCount)
        hasher.combine(columnCount)
        for row in 0..<rowCount { hasher.combine(Self.trimmed(make(row))) }
    }

    /// A row without its trailing empty places, so that `[a, nil]` and `[a]` (the same cells) compare equal.
    private static func trimmed(_ row: [ReportCell?]) -> ArraySlice<ReportCell?> {
        var end = row.endIndex
        while end > row.startIndex && row[end - 1] == nil { end -= 1 }
        return row[..<end]
    }
}
