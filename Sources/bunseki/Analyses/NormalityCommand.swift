import Analysis
import ArgumentParser
import Report

/// `bunseki normality FILE --columns A,B`: Shapiro–Wilk (AS R94), skewness and kurtosis with their standard
/// errors and a Q–Q plot per column, with a reading that says what to do next.
struct NormalityCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "normality",
        abstract: "Normality check (正規性の確認: Shapiro-Wilk test, skewness, kurtosis, Q-Q plot) of numeric columns, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Columns by header text or column letter, comma-separated (default: every number column).")
    var columns: String?

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let table = try input.loadTable().table
        let keys = columns.map(ColumnList.split) ?? table.columns.filter { $0.type == .number }.map(\.name)
        guard !keys.isEmpty else { throw CLIError.noNumberColumns(file: input.file, sheet: table.sheetName) }
        let selection = try NumericSelection(table: table, columns: keys, file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let checks = try selection.variables.map { variable in
            let count = variable.values.compactMap { $0 }.count
            guard count >= ShapiroWilk.minimumCount else {
                throw SampleError.tooFewValues(file: input.file, sheet: table.sheetName, column: variable.name,
                                               needed: ShapiroWilk.minimumCount, found: count)
            }
            return try NormalityCheck.compute(variable)
        }
        let document = NormalityWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            columns: selection.variables.map { DataColumn(name: $0.name, values: $0.values) }, checks: checks,
            title: input.fileName)
        // The terminal gets the figures and their reading; the Q–Q tables (the last sheet) would print every value.
        let shown = ReportDocument(sheets: Array(document.sheets.dropLast()))
        try deliver(document, input: input, result: result, analysis: "normality",
                    json: { CommandOutcome(file: input.file, sheet: table.sheetName, tool: "normality",
                                           body: NormalityOutcome(columns: checks), selection: selection) },
                    text: { ReportText.render(shown, input: input.file, sheet: table.sheetName, selection: selection,
                                              writtenTo: $0, language: language) })
    }
}

/// What `normality --json` prints (docs/JSON.md).
struct NormalityOutcome: Encodable {
    let columns: [NormalityCheck]
}
