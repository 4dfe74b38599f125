/// One named column of category labels (窓口, 曜日, …); nil marks an empty cell.
public struct CategoricalVariable: Codable, Sendable, Equatable {
    /// The column's name (header text or column letter), used in tables and errors.
    public let name: String
    /// One label per data row, in sheet order.
    public let labels: [String?]

    /// Creates a variable.
    public init(name: String, labels: [String?]) {
        self.name = name
        self.labels = labels
    }
}
