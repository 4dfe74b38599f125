import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki anova FILE --columns A,B,C` (one column per group, as the ToolPak takes them) or
/// `--value COL --group COL` (one row per observation): the ToolPak's Anova: Single Factor.
struct AnovaCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "anova",
        abstract: "One-way analysis of variance (the ToolPak's 分散分析: 一元配置) of columns as groups, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @OptionGroup var layout: GroupLayoutOptions

    @Option(name: .long, help: "Significance level α of F crit (the ToolPak's default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try layout.requireOneLayout()
        let (columns, value, group) = (layout.columns, layout.value, layout.group)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: columns.map(ColumnList.split) ?? [value ?? ""], file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let groups = try group.map { try GroupedValues.split(selection.variables[0], by: table.requireColumn($0)) }
            ?? selection.variables
        let anova = try OneWayANOVA.compute(groups, alpha: alpha)
        let tukey = groups.count <= TukeyKramer.maximumGroups ? try TukeyKramer.compute(anova, alpha: alpha) : nil
        let equalVariances = try [LeveneTest.Center.mean, .median].map { try LeveneTest.compute(groups, center: $0) }
        let document = AnovaWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            groups: groups.map { DataColumn(name: $0.name, values: $0.values) }, anova: anova, tukey: tukey,
            equalVariances: equalVariances, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "anova", sheet: table.sheetName,
                selection: selection, language: language,
                json: { AnovaOutcome(result: anova, tukeyKramer: tukey,
                                      equalVariances: equalVariances) })
    }
}

/// What `anova --json` prints (docs/JSON.md).
struct AnovaOutcome: Encodable {
    let result: OneWayANOVA
    /// Absent past `TukeyKramer.maximumGroups` groups.
    let tukeyKramer: TukeyKramer?
    let equalVariances: [LeveneTest]
}

/// Values in one column split by the labels of another, as one column per group with the other groups'
/// rows left empty: the layout the ToolPak expects, so the data sheet's formulas read each group directly.
enum GroupedValues {
    static func split(_ values: Variable, by column: Column) -> [Variable] {
        let labels = column.categoryLabels
        var order: [String] = []
        for (index, label) in labels.enumerated() where index < values.values.count && values.values[index] != nil {
            if let label, !order.contains(label) { order.append(label) }
        }
        return order.map { name in
            Variable(name: name, values: values.values.indices.map { index in
                index < labels.count && labels[index] == name ? values.values[index] : nil
            })
        }
    }
}
