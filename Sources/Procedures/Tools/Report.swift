import Analysis
import Foundation
import Report
import Tabular

/// `bunseki report FILE`: a first look at a whole sheet. Every number column is described, every text
/// column gets a frequency table, the number columns' correlations are shaded by strength, and each
/// column's blanks and misfit cells are summarised.
///
/// Unlike the single analyses, number-like text (`１２`) does not stop the run: a first look is where such
/// cells should be found, so they are listed by address on the missing-data sheet and in the reading.
package struct ReportProcedure: Procedure {


    package init() {

    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let numbers = table.columns.filter { $0.type == .number }.map { column in
            Variable(name: column.name, values: column.values.map { value -> Double? in
                if case .number(let number) = value { return number }
                return nil
            })
        }
        let categories = table.columns.filter { $0.type == .text }.map(\.categoryDataColumn)
        guard !numbers.isEmpty || !categories.isEmpty else {
            throw ProcedureError.nothingToSummarise(file: input.file, sheet: table.sheetName)
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
        return ProcedureResult(analysis: "report", input: input, selection: nil, language: language,
                               body: OverviewOutcome(table: table, numbers: numbers,
                                         statistics: statistics, categories: categories, matrix: matrix), document: { document })
    }
}
/// What `report --json` prints (docs/JSON.md).
package struct OverviewOutcome: Encodable {
    package struct Described: Encodable {
        package let column: String
        package let statistics: DescriptiveStatistics
    }

    package struct Level: Encodable {
        package let value: String
        package let count: Int
    }

    package struct Frequencies: Encodable {
        package let column: String
        package let levels: [Level]
    }

    package struct Missing: Encodable {
        package let column: String
        package let filled: Int
        package let empty: Int
        package let misfitCells: [IgnoredCell]
    }

    package let columns: [Described]
    package let frequencies: [Frequencies]
    package let correlation: CorrelationMatrix?
    package let missing: [Missing]

    package init(table: Table, numbers: [Variable], statistics: [DescriptiveStatistics],
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

