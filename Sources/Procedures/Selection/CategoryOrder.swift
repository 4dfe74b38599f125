import Analysis
import Foundation
import Tabular

/// The order in which a tool lists a category column's levels: the levels named by `--order 列=A,B,C` first, in
/// that order; then, for a column whose labels all have a natural order (`NaturalOrder`: 20代 before 30代, 部長
/// before 課長, 4月 before 5月), the other levels in that order; any level still unplaced follows in the tool's own
/// default order (first appearance for most tools, text order for `groups`, most frequent first for `report`).
/// One piece of code for every tool that groups or labels by categories, so they all agree.
package struct CategoryOrder: Sendable {
    /// One `--order` choice as written: a column (header text or letter) and its levels.
    package struct Choice: Equatable, Sendable {
        package let column: String
        package let levels: [String]
    }

    /// The choices in `options`, each `列=A,B,C`; several may share one option separated by `;` (a form's one text
    /// field), and a column named twice keeps its last list.
    /// - Throws: `ProcedureError.orderSyntax` for a choice without a column, `=` or a level.
    package static func parse(_ options: [String]) throws -> [Choice] {
        try options.flatMap { $0.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "\n" }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { text -> Result<Choice, ProcedureError> in
                let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let levels = parts.count == 2 ? ColumnList.split(parts[1]) : []
                guard parts.count == 2, !parts[0].isEmpty, !levels.isEmpty else { return .failure(.orderSyntax(text: text)) }
                return .success(Choice(column: parts[0], levels: levels))
            }
            .map { try $0.get() }
    }

    /// The given levels by column index, each expanded to the labels it names.
    private let given: [Int: [String]]

    /// No `--order`: natural orders only.
    package static let natural = CategoryOrder(given: [:])

    private init(given: [Int: [String]]) {
        self.given = given
    }

    /// Reads `options` against `table`: each column must exist and each level occur in it.
    /// - Throws: `ProcedureError.orderSyntax`, `TableError.columnNotFound`, `ProcedureError.unknownOrderLevel`
    ///   naming the levels the column holds.
    package init(_ options: [String], table: Table, file: String) throws {
        var given: [Int: [String]] = [:]
        for choice in try Self.parse(options) {
            let column = try table.requireColumn(choice.column)
            let present = Self.defaultLevels(column)
            let expanded = try choice.levels.flatMap { level -> [String] in
                let key = NaturalOrder.normalise(level)
                // A level matches its label written with spaces too (`　60代以上`), as the natural orders do.
                let matches = present.filter { $0 == level || NaturalOrder.normalise($0) == key }
                guard !matches.isEmpty else {
                    throw ProcedureError.unknownOrderLevel(file: file, sheet: table.sheetName, column: column.name,
                                                           level: level, levels: present)
                }
                return matches
            }
            given[column.index] = LevelOrder.levels(of: expanded)
        }
        self.given = given
    }

    /// The levels to list first for `column` (to pass as the analyses' `preferring`/`order`): the `--order` levels,
    /// then the rest in natural order when the column has one; empty when neither applies.
    package func preferred(_ column: Column) -> [String] {
        let listed = given[column.index] ?? []
        guard let natural = NaturalOrder.sorted(LevelOrder.levels(of: column.categoryLabels))?.levels else { return listed }
        let placed = Set(listed)
        return listed + natural.filter { !placed.contains($0) }
    }

    /// The levels `--order` names for `column` (the labels they match), empty when it names none.
    package func listed(_ column: Column) -> [String] { given[column.index] ?? [] }

    /// Whether a column's order was asked for or is natural: then `report` lists its levels in that order rather
    /// than most frequent first.
    package func hasOrder(_ column: Column) -> Bool { !preferred(column).isEmpty }

    /// The column's levels as a tool lists them by default (natural order, else first appearance): what an
    /// error names as the levels present.
    private static func defaultLevels(_ column: Column) -> [String] {
        let present = LevelOrder.levels(of: column.categoryLabels)
        return NaturalOrder.sorted(present)?.levels ?? present
    }
}
