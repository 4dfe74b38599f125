/// Count, mean and sample SD of the values in one cell or margin of a two-factor table.
public struct CellSummary: Codable, Sendable, Equatable {
    /// Number of values.
    public let count: Int
    /// Arithmetic mean (Excel `AVERAGEIFS`); nil for an empty cell.
    public let mean: Double?
    /// Sample SD with divisor n − 1 (Excel `STDEV.S`); nil when count < 2.
    public let standardDeviation: Double?

    /// Summarises finite values with double-double two-pass sums (numerics reference §2).
    init(_ values: [Double]) {
        let sums = CentralSums(values)
        count = values.count
        mean = values.isEmpty ? nil : sums.mean.value
        standardDeviation = values.count > 1 ? (sums.squares / Double(values.count - 1)).squareRoot().value : nil
    }
}

/// The cell table of a two-factor design: n, mean and SD of every first × second level combination,
/// of every level of each factor (the margins) and of all values.
public struct TwoFactorCellTable: Codable, Sendable, Equatable {
    /// Levels of the first factor, in the order asked for, then in order of first appearance in the data.
    public let firstLevels: [String]
    /// Levels of the second factor, likewise.
    public let secondLevels: [String]
    /// `cells[i][j]`: first level i × second level j.
    public let cells: [[CellSummary]]
    /// One per first level, over all second levels.
    public let firstMargins: [CellSummary]
    /// One per second level, over all first levels.
    public let secondMargins: [CellSummary]
    /// All values.
    public let overall: CellSummary

    /// Whether every cell holds the same number of values (the ToolPak's balanced design).
    public var isBalanced: Bool { Set(cells.joined().map(\.count)).count == 1 }

    /// Tabulates `values` by the level codes of the two factors (indices into the level lists).
    init(values: [Double], first: LevelCoding, second: LevelCoding) {
        var grid = Array(repeating: Array(repeating: [Double](), count: second.levels.count), count: first.levels.count)
        for (row, value) in values.enumerated() { grid[first.codes[row]][second.codes[row]].append(value) }
        firstLevels = first.levels
        secondLevels = second.levels
        cells = grid.map { row in row.map(CellSummary.init) }
        firstMargins = grid.map { CellSummary($0.flatMap { $0 }) }
        secondMargins = second.levels.indices.map { j in CellSummary(grid.flatMap { $0[j] }) }
        overall = CellSummary(values)
    }
}

/// Labels as level indices, the levels in the preferred order and then in order of first appearance (so 月, 火,
/// 水 stay in the participant's order rather than in code-point order; `LevelOrder`).
struct LevelCoding: Sendable {
    let levels: [String]
    /// One index into `levels` per row.
    let codes: [Int]

    init(labels: [String], preferring preferred: [String] = []) {
        levels = LevelOrder.levels(of: labels, preferring: preferred)
        let index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
        codes = labels.map { index[$0]! }
    }
}
