/// One named column of category labels (窓口, 曜日, …); nil marks an empty cell.
public struct CategoricalVariable: Codable, Sendable, Equatable {
    /// The column's name (header text or column letter), used in tables and errors.
    public let name: String
    /// One label per data row, in sheet order.
    public let labels: [String?]
    /// Levels to report first, in this order (`LevelOrder`); the rest follow in order of first appearance.
    public let levelOrder: [String]

    /// Creates a variable.
    public init(name: String, labels: [String?], levelOrder: [String] = []) {
        self.name = name
        self.labels = labels
        self.levelOrder = levelOrder
    }
}
