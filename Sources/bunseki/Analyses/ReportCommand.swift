import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki report FILE`: a first look at a whole sheet. Every number column is described, every text
/// column gets a frequency table, the number columns' correlations are shaded by strength, and each
/// column's blanks and misfit cells are summarised.
///
/// Unlike the single analyses, number-like text (`１２`) does not stop the run: a first look is where such
/// cells should be found, so they are listed by address on the missing-data sheet and in the reading.
struct ReportCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A first look at a whole sheet: statistics, frequencies, correlations and missing data, in one workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let table = try input.loadTable().table
        let numbers = table.columns.filter { $0.type == .number }.map { column in
            Variable(name: column.name, values: column.values.map { value -> Double? in
                if case .number(let number) = value { return number }
                return nil
            })
        }
        let categories = table.columns.filter { $0.type == .text }.map(\.categoryDataColumn)
        guard !numbers.isEmpty || !categories.isEmpty else {
            throw CLIError.nothingToSummarise(file: input.file, sheet: table.sheetName)
        }
        let statistics = try numbers.map { try DescriptiveStatistics.compute($0) }
        let matrix = numbers.count >= 2 ? try CorrelationMatrix.compute(numbers) : nil
        let missing = table.columns.map { column in
            OverviewMissingLayout.Column(name: column.name, filled: column.count, empty: column.emptyCount,
                                         misfits: column.issues.map { "\($0.address.a1) (\($0.text))" })
        }
        let document = OverviewWorkbook.document(
            language: language, sourceRows: table.rowNumbers,
            numbers: numbers.map { DataColumn(name: $0.name, values: $0.values) }, statistics: statistics,
            categories: categories, matrix: matrix, columns: missing, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "report", sheet: table.sheetName,
                selection: nil, language: language,
                json: { OverviewOutcome(table: table, numbers: numbers,
                                         statistics: statistics, categories: categories, matrix: matrix) })
    }
}

/// What `report --json` prints (docs/JSON.md).
struct OverviewOutcome: Encodable {
    struct Described: Encodable {
        let column: String
        let statistics: DescriptiveStatistics
    }

    struct Level: Encodable {
        let value: String
        let count: Int
    }

    struct Frequencies: Encodable {
        let column: String
        let levels: [Level]
    }

    struct Missing: Encodable {
        let column: String
        let filled: Int
        let empty: Int
        let misfitCells: [IgnoredCell]
    }

    let columns: [Described]
    let frequencies: [Frequencies]
    let correlation: CorrelationMatrix?
    let missing: [Missing]

    init(table: Table, numbers: [Variable], statistics: [DescriptiveStatistics],
         categories: [CategoryDataSheet.Column], matrix: CorrelationMatrix?) {
        columns = zip(numbers, statistics).map { Described(column: $0.name, statistics: $1) }
        frequencies = categories.map { category in
            Frequencies(column: category.name, levels: OverviewFrequencyLayout.levelCounts(category.labels).map {
                Level(value: $0.level, count: $0.count)
            })
        }
        correlation = matrix
        missing = table.columns.map { column in
            Missing(column: column.name, filled: column.count, empty: column.emptyCount,
                    misfitCells: column.issues.map(IgnoredCell.init))
        }
    }
}
