import Analysis
import Report
import Tabular

/// How the two samples of `ttest`, `ftest` and `ztest` are given: one column each (`a`, `b`, as the ToolPak takes
/// them) or one row per observation (`value` split by the two groups of `group`, or the two `levels` named).
package struct TwoSampleLayout: Sendable {
    package var a: String?
    package var b: String?
    package var value: String?
    package var group: String?
    /// Two groups of `group`, comma-separated, when it holds more than two.
    package var levels: String?
    /// `--order 列=A,B,C` choices (`CategoryOrder`): without `levels`, which group is Variable 1.
    package var order: [String] = []

    package init(a: String? = nil, b: String? = nil, value: String? = nil, group: String? = nil, levels: String? = nil,
                 order: [String] = []) {
        (self.a, self.b, self.value, self.group, self.levels, self.order) = (a, b, value, group, levels, order)
    }

    /// The grouped layout (`--value`/`--group`) was chosen.
    package var isGrouped: Bool { value != nil || group != nil }

    /// Exactly one layout given in full; `--levels` only with the grouped one.
    package func validate() throws {
        let columns = a != nil || b != nil
        guard columns != isGrouped else { throw SampleError.twoSampleLayoutChoice }
        // Half a layout: name the option that completes it.
        for (given, missing, option) in [(a, b, "--b"), (b, a, "--a"), (value, group, "--group"), (group, value, "--value")]
        where given != nil && missing == nil {
            throw ProcedureError.missingSetting(option: option)
        }
        _ = try CategoryOrder.parse(order)
        if let levels {
            guard isGrouped else { throw SampleError.levelsWithoutGroup }
            let names = ColumnList.split(levels)
            guard names.count == 2, names[0] != names[1] else { throw SampleError.levelsNotTwo(given: names) }
        }
    }

    /// The two samples read from `table`; `tool` names the command in a sentence about the wrong number of groups.
    package func read(_ table: Table, file: String, tool: String) throws -> TwoSamples {
        if let a, let b {
            // A column compared with itself gives t = 0 or a zero variance that reads like a finding; say what went wrong.
            let chosen = try [a, b].map { try table.requireColumn($0) }
            guard chosen[0].index != chosen[1].index else {
                throw ProcedureError.sameColumnTwice(column: chosen[0].name, options: ["--a", "--b"])
            }
            let selection = try NumericSelection(table: table, columns: [a, b], file: file)
            try selection.requireNumbersInEveryColumn(file: file, sheet: table.sheetName)
            return TwoSamples(selection: selection, first: selection.variables[0], second: selection.variables[1],
                              rowIndices: Array(selection.rowNumbers.indices), grouping: nil)
        }
        let grouped = try RankSamples(value: value ?? "", group: group ?? "", table: table, file: file,
                                      order: CategoryOrder(order, table: table, file: file))
        let column = grouped.groupColumn ?? group ?? ""
        let found = grouped.samples
        let chosen: [Variable]
        if let levels {
            chosen = try ColumnList.split(levels).map { name in
                guard let sample = found.first(where: { $0.name == name }) else {
                    throw SampleError.unknownLevel(file: file, sheet: table.sheetName, column: column, level: name,
                                                   groups: found.map(\.name))
                }
                return sample
            }
        } else {
            guard found.count == 2 else {
                throw SampleError.notTwoGroups(file: file, sheet: table.sheetName, column: column, groups: found.map(\.name), tool: tool)
            }
            chosen = found
        }
        // Rows of the groups left out (with --levels) stay off the data sheet: its two columns hold only the compared rows.
        let rows = grouped.selection.rowNumbers.indices.filter { chosen[0].values[$0] != nil || chosen[1].values[$0] != nil }
        return TwoSamples(selection: grouped.selection, first: chosen[0], second: chosen[1], rowIndices: rows,
                          grouping: .init(value: grouped.valueColumn ?? value ?? "", group: column,
                                          levels: [chosen[0].name, chosen[1].name]))
    }
}

/// The two samples a two-sample test compares, each one value per data row (nil where missing or in another group).
package struct TwoSamples {
    package let selection: NumericSelection
    package let first: Variable
    package let second: Variable
    /// The data rows (indices into `selection.rowNumbers`) the data sheet shows.
    package let rowIndices: [Int]
    /// The grouped layout's columns and the two groups compared; nil for one column per sample.
    package let grouping: SampleGrouping?

    /// The sheet row numbers of the rows shown.
    package var sourceRows: [Int] { rowIndices.map { selection.rowNumbers[$0] } }

    /// A sample as a column of the data sheet, restricted to the rows shown.
    package func dataColumn(_ variable: Variable) -> DataColumn {
        DataColumn(name: variable.name, values: rowIndices.map { variable.values[$0] })
    }
}
