import Analysis
import Foundation
import Report
import Tabular

/// `bunseki report FILE`: a first look at a whole sheet. Every number column is described, every text
/// column gets a frequency table, the number columns' correlations are shaded by strength, and each
/// column's blanks and misfit cells are summarised.
///
/// Identifier columns (職員番号, 氏名: every value differs, `Column.isIdentifier`) are left out and named in the reading:
/// their frequency table would list every row once, their mean would mean nothing.
///
/// Unlike the single analyses, number-like text (`１２`) does not stop the run: a first look is where such
/// cells should be found, so they are listed by address on the missing-data sheet and in the reading.
package struct ReportProcedure: Procedure {


    /// `--order 列=A,B,C` choices (`CategoryOrder`): the frequency tables' order.
    package var order: [String] = []

    package init(order: [String] = []) {
        self.order = order
    }

    package func validate() throws {
        _ = try CategoryOrder.parse(order)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let identifiers = table.columns.filter(\.isIdentifier)
        let identifierIndices = Set(identifiers.map(\.index))
        let summarised = table.columns.filter { !identifierIndices.contains($0.index) }
        let numbers = summarised.filter { $0.type == .number }.map { column in
            Variable(name: column.name, values: column.values.map { value -> Double? in
                if case .number(let number) = value { return number }
                return nil
            })
        }
        let orders = try CategoryOrder(order, table: table, file: input.file)
        let categories = summarised.filter { $0.type == .text }.map { column in
            CategoryDataSheet.Column(name: column.name, labels: column.categoryLabels, levelOrder: orders.preferred(column))
        }
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
            categories: categories, matrix: matrix, columns: missing, identifiers: identifiers.map(\.name), title: input.fileName)
        return ProcedureResult(analysis: "report", input: input, selection: nil, language: language,
                               body: OverviewOutcome(table: table, numbers: numbers,
                                         statistics: statistics, categories: categories, matrix: matrix,
                                         identifiers: identifiers.map(\.name)), document: { document })
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
    /// Columns left out as identifiers (every value differs: ID, 番号, 氏名).
    package let identifiers: [String]

    package init(table: Table, numbers: [Variable], statistics: [DescriptiveStatistics],
         categories: [CategoryDataSheet.Column], matrix: CorrelationMatrix?, identifiers: [String] = []) {
        self.identifiers = identifiers
        columns = zip(numbers, statistics).map { Described(column: $0.name, statistics: $1) }
        frequencies = categories.map { category in
            Frequencies(column: category.name, levels: OverviewFrequencyLayout.levelCounts(category.labels, order: category.levelOrder).map {
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

