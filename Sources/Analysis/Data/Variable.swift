/// One named column of an analysis; nil marks an empty or non-numeric cell.
public struct Variable: Codable, Sendable, Equatable {
    /// The column's name (header text or column letter), used in notes and errors.
    public let name: String
    /// One entry per data row, in sheet order.
    public let values: [Double?]

    /// Creates a variable.
    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}
