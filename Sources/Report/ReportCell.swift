/// One cell of a report: what it holds, how numbers are shown, its style and (for exercises) its validation.
public struct ReportCell: Codable, Sendable, Hashable {
    /// What a cell holds.
    public enum Content: Codable, Sendable, Hashable {
        /// Nothing, but the cell still carries its style (e.g. a rule under a table).
        case empty
        /// A literal value.
        case value(ReportValue)
        /// A live formula with the value we computed cached, so the figure shows before any recalculation.
        case formula(Formula, cached: ReportValue)
    }

    /// What the cell holds.
    public var content: Content
    /// How a number (literal or cached) is shown.
    public var format: NumberFormat
    /// Role and rules.
    public var style: CellStyle
    /// What a participant may type here (input cells only).
    public var validation: InputValidation?

    /// Creates a cell.
    public init(_ content: Content, format: NumberFormat = .general, style: CellStyle = .body,
                validation: InputValidation? = nil) {
        self.content = content
        self.format = format
        self.style = style
        self.validation = validation
    }

    /// A text cell.
    public static func text(_ text: String, style: CellStyle = .body) -> ReportCell {
        ReportCell(.value(.text(text)), style: style)
    }

    /// A number cell.
    public static func number(_ value: Double, format: NumberFormat = .general, style: CellStyle = .body) -> ReportCell {
        ReportCell(.value(.number(value)), format: format, style: style)
    }

    /// A formula cell caching a computed number.
    public static func formula(_ formula: Formula, cached value: Double, format: NumberFormat = .general,
                               style: CellStyle = .body) -> ReportCell {
        ReportCell(.formula(formula, cached: .number(value)), format: format, style: style)
    }

    /// An empty cell that only carries a style.
    public static func blank(style: CellStyle = .body) -> ReportCell {
        ReportCell(.empty, style: style)
    }

    /// The text this cell shows, approximately, for sizing its column.
    public var approximateDisplay: String {
        switch content {
        case .empty: return ""
        case .value(let value), .formula(_, cached: let value): return Self.approximateDisplay(of: value, format: format)
        }
    }

    private static func approximateDisplay(of value: ReportValue, format: NumberFormat) -> String {
        switch value {
        case .number(let number): return format.approximateDisplay(of: number)
        case .text(let text): return text
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let error): return error.literal
        }
    }

    /// Returns a copy with extra rules added.
    public func addingBorders(_ edges: BorderEdges) -> ReportCell {
        var copy = self
        copy.style.borders.formUnion(edges)
        return copy
    }
}
