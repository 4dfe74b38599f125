/// The grouped layout of a two-sample test (`--value V --group G`): the value column, the group column and the two
/// groups compared, in the order compared. The samples themselves are named by their groups.
public struct SampleGrouping: Sendable, Hashable, Encodable {
    public let value: String
    public let group: String
    public let levels: [String]

    public init(value: String, group: String, levels: [String]) {
        (self.value, self.group, self.levels) = (value, group, levels)
    }
}
