import Analysis
import Report
import Tabular

/// The samples a rank test compares, read in either layout, and the checks that make its failures one sentence
/// naming the file, sheet and columns.
package struct RankSamples {
    /// The chosen numeric columns (for the grouped layout, the value column only).
    package let selection: NumericSelection
    /// One variable per sample, each one value per data row (nil where the row belongs to another group).
    package let samples: [Variable]
    /// The grouped layout's value and group columns; nil for one column per sample.
    package let valueColumn: String?
    package let groupColumn: String?

    /// One column per sample (`--a/--b`, `--columns`); `options` names the two options for a column given twice.
    package init(columns keys: [String], options: [String]? = nil, table: Table, file: String) throws {
        if let options {
            let chosen = try keys.map { try table.requireColumn($0) }
            if chosen.count == 2, chosen[0].index == chosen[1].index {
                throw ProcedureError.sameColumnTwice(column: chosen[0].name, options: options)
            }
        }
        selection = try NumericSelection(table: table, columns: keys, file: file)
        try selection.requireNumbersInEveryColumn(file: file, sheet: table.sheetName)
        samples = selection.variables
        valueColumn = nil
        groupColumn = nil
    }

    /// A group column with more groups than this is an ID or free-text column: as many columns on the data sheet
    /// (and their ranks) as rows would take minutes to lay out, for a comparison nobody could read. The same limit
    /// as a text predictor's levels in `regress` (`DummyCoding.maximumLevels`).
    package static let maximumGroups = DummyCoding.maximumLevels

    /// One row per observation: the `value` column split by the labels of the `group` column, groups in `order`
    /// (`CategoryOrder`), the rest in order of first appearance.
    package init(value: String, group: String, table: Table, file: String, order: CategoryOrder = .natural) throws {
        let values = try table.requireColumn(value), groups = try table.requireColumn(group)
        guard values.index != groups.index else { throw ProcedureError.sameColumnTwice(column: values.name, options: ["--value", "--group"]) }
        selection = try NumericSelection(table: table, columns: [value], file: file)
        try selection.requireNumbersInEveryColumn(file: file, sheet: table.sheetName)
        let labels = zip(groups.categoryLabels, selection.variables[0].values).compactMap { $1 == nil ? nil : $0 }
        let count = Set(labels).count
        guard count <= Self.maximumGroups else {
            throw SampleError.tooManyGroups(file: file, sheet: table.sheetName, column: groups.name, groups: count,
                                            limit: Self.maximumGroups)
        }
        samples = GroupedValues.split(selection.variables[0], by: groups, order: order)
        valueColumn = values.name
        groupColumn = groups.name
    }

    /// The samples as columns of the data sheet.
    package var dataColumns: [DataColumn] { samples.map { DataColumn(name: $0.name, values: $0.values) } }

    /// Refuses samples without any order to rank: every value equal.
    package func requireDifferentValues(file: String, sheet: String) throws {
        let present = samples.flatMap { $0.values.compactMap { $0 } }
        guard let first = present.first, present.allSatisfy({ $0 == first }) else { return }
        throw SampleError.allValuesEqual(file: file, sheet: sheet, columns: valueColumn.map { [$0] } ?? samples.map(\.name))
    }
}

/// What `mannwhitney`, `wilcoxon` and `kruskal` print with `--json` (docs/JSON.md).
package struct RankTestOutcome<Result: Encodable>: Encodable {
    /// The samples' names in the order compared: the columns, or the groups of the grouped layout.
    package let samples: [String]
    /// The grouped layout's columns (absent for one column per sample).
    package let valueColumn: String?
    package let groupColumn: String?
    package let result: Result
    /// `kruskal` only: Dunn's comparisons (absent past `DunnTest.maximumGroups` groups).
    package let dunn: DunnTest?

    /// Two samples as the t, F and z tests read them (`TwoSampleLayout`).
    package init(samples: TwoSamples, result: Result) {
        self.samples = [samples.first.name, samples.second.name]
        valueColumn = samples.grouping?.value
        groupColumn = samples.grouping?.group
        self.result = result
        dunn = nil
    }

    package init(samples: RankSamples, result: Result, dunn: DunnTest? = nil) {
        self.samples = samples.samples.map(\.name)
        valueColumn = samples.valueColumn
        groupColumn = samples.groupColumn
        self.result = result
        self.dunn = dunn
    }
}

extension TwoSamples {
    /// Refuses two samples without any order to rank: every value compared equal.
    package func requireDifferentValues(file: String, sheet: String) throws {
        let present = (first.values + second.values).compactMap { $0 }
        guard let one = present.first, present.allSatisfy({ $0 == one }) else { return }
        throw SampleError.allValuesEqual(file: file, sheet: sheet, columns: grouping.map { [$0.value] } ?? [first.name, second.name])
    }
}
