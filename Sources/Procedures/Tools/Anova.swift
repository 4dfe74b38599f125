import Analysis
import Foundation
import Report
import Tabular

/// The ToolPak's Anova: Single Factor (分散分析: 一元配置) of groups given as columns or as one row per observation,
/// with Tukey–Kramer comparisons and Levene's tests beside it.
package struct AnovaProcedure: Procedure {
    package var layout: GroupLayout
    /// Significance level α of F crit.
    package var alpha: Double = 0.05
    /// `--order 列=A,B,C` choices (`CategoryOrder`).
    package var order: [String] = []

    package init(layout: GroupLayout, alpha: Double = 0.05, order: [String] = []) {
        self.layout = layout
        self.alpha = alpha
        self.order = order
    }

    package func validate() throws {
        try layout.requireOneLayout()
        _ = try CategoryOrder.parse(order)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    /// The groups and their analysis of variance: the result value every front end and the exercises' answer keys read.
    package func analyse(_ input: ToolInput) throws -> (selection: NumericSelection, groups: [Variable], anova: OneWayANOVA) {
        let (columns, value, group) = (layout.columns, layout.value, layout.group)
        let table = input.table
        let selection = try NumericSelection(table: table, columns: columns.map(ColumnList.split) ?? [value ?? ""], file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let orders = try CategoryOrder(order, table: table, file: input.file)
        var groups = try group.map { try GroupedValues.split(selection.variables[0], by: table.requireColumn($0), order: orders) }
            ?? selection.variables
        if let levels = layout.levels { groups = groups.filter { levels.contains($0.name) } }
        return (selection, groups, try OneWayANOVA.compute(groups, alpha: alpha))
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let group = layout.group
        let table = input.table
        let (selection, groups, anova) = try analyse(input)
        let tukey = groups.count <= TukeyKramer.maximumGroups ? try TukeyKramer.compute(anova, alpha: alpha) : nil
        let equalVariances = try [LeveneTest.Center.mean, .median].map { try LeveneTest.compute(groups, center: $0) }
        // One row per observation: the chart is titled and its axis named after the value and group columns.
        let names = try group.map { (value: selection.variables[0].name, group: try table.requireColumn($0).name) }
        let document = AnovaWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            groups: groups.map { DataColumn(name: $0.name, values: $0.values) }, anova: anova, tukey: tukey,
            equalVariances: equalVariances, names: names, title: input.fileName)
        return ProcedureResult(analysis: "anova", input: input, selection: selection, language: language,
                               body: AnovaOutcome(result: anova, tukeyKramer: tukey, equalVariances: equalVariances),
                               document: { document })
    }
}

/// What `anova --json` prints (docs/JSON.md).
package struct AnovaOutcome: Encodable {
    package let result: OneWayANOVA
    /// Absent past `TukeyKramer.maximumGroups` groups.
    package let tukeyKramer: TukeyKramer?
    package let equalVariances: [LeveneTest]
}

/// Values in one column split by the labels of another, as one column per group with the other groups'
/// rows left empty: the layout the ToolPak expects, so the data sheet's formulas read each group directly. Groups
/// in `order` (`CategoryOrder`), the rest in order of first appearance among the rows with a value.
package enum GroupedValues {
    package static func split(_ values: Variable, by column: Column, order: CategoryOrder = .natural) -> [Variable] {
        let labels = column.categoryLabels
        let valued = labels.indices.lazy.filter { $0 < values.values.count && values.values[$0] != nil }.map { labels[$0] }
        return LevelOrder.levels(of: valued, preferring: order.preferred(column)).map { name in
            Variable(name: name, values: values.values.indices.map { index in
                index < labels.count && labels[index] == name ? values.values[index] : nil
            })
        }
    }
}
