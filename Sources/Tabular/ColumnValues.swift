/// A column's values, stored in fixed-size chunks: appending never copies what was gathered before, so
/// reading a large sheet needs about the size of its values, not twice that during array regrowth.
public struct ColumnValues: RandomAccessCollection, Sendable {
    private static let shift = 16
    private static let chunkSize = 1 << shift
    private var full: [[TableValue]] = []
    private var current: [TableValue] = []

    public private(set) var count = 0
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// An empty column.
    public init() {}

    /// The value of data row `position`.
    public subscript(position: Int) -> TableValue {
        let chunk = position >> ColumnValues.shift
        let offset = position & (ColumnValues.chunkSize - 1)
        return chunk < full.count ? full[chunk][offset] : current[offset]
    }

    mutating func append(_ value: TableValue) {
        if current.count == ColumnValues.chunkSize {
            full.append(current)
            current = []
        }
        if current.isEmpty { current.reserveCapacity(ColumnValues.chunkSize) }
        current.append(value)
        count += 1
    }

    /// Appends empty values until there are `target`.
    mutating func pad(to target: Int) {
        while count < target { append(.empty) }
    }
}
