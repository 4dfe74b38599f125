import Report
import Analysis
import Tabular
import XLSXReader

/// The columns an analysis asked for, as `Analysis` variables, with what was left out and why.
///
/// Text that reads as a number (`１２`, `12時間`) stops the analysis unless `--coerce-numbers` was given:
/// silently leaving such cells out would change the result without the participant noticing. Other
/// non-numeric cells (words, errors, booleans) count as missing and are listed, so the report can say so.
package struct NumericSelection {
    /// One variable per requested column, one value per data row (nil = missing or not a number).
    package let variables: [Variable]
    /// The sheet row number of each data row, as text: the labels `CompleteCases` reports dropped rows by.
    package let rowLabels: [String]
    /// The sheet row number of each data row.
    package let rowNumbers: [Int]
    /// Cells in the chosen columns that hold something other than a number, in column then row order.
    package let ignoredCells: [CellIssue]
    /// Number-like text converted because `--coerce-numbers` was given.
    package let coercedCells: [CoercedCell]
    /// Where the table was found and which rows were not taken as data (nil with `--no-detect-layout`).
    package let layout: TableLayout?
    /// Per variable, whether its column holds dates (cells with a date format; the values are their serials).
    package let isDate: [Bool]

    package init(table: Table, columns keys: [String], file: String) throws {
        let data = try table.numericData(keys)
        let chosen = try keys.map { try table.requireColumn($0) }
        var ignored: [CellIssue] = []
        for column in chosen {
            for issue in column.issues {
                if issue.isNumberLikeText {
                    throw ProcedureError.numberLikeText(file: file, sheet: table.sheetName, cell: issue.address.a1, text: issue.text,
                                                  count: chosen.flatMap(\.issues).filter(\.isNumberLikeText).count)
                }
                ignored.append(issue)
            }
        }
        variables = zip(data.names, data.values).map { Variable(name: $0, values: $1) }
        for (column, variable) in zip(chosen, variables) where column.type == .text && !variable.values.contains(where: { $0 != nil }) {
            throw column.textColumnError(file: file, sheet: table.sheetName, response: false)
        }
        rowNumbers = data.rowNumbers
        rowLabels = data.rowNumbers.map(String.init)
        ignoredCells = ignored
        coercedCells = table.coercedCells.filter { cell in chosen.contains { $0.index == cell.address.columnNumber } }
        layout = table.layout
        isDate = chosen.map { $0.type == .date }
    }

    /// The variables as data-sheet columns, date columns marked so they show and bin as dates.
    package var dataColumns: [DataColumn] {
        zip(variables, isDate).map { DataColumn(name: $0.name, values: $0.values, isDate: $1) }
    }
}

extension NumericSelection {
    /// Stops the analysis at the first chosen column without a single number: its result would be empty.
    package func requireNumbersInEveryColumn(file: String, sheet: String) throws {
        for variable in variables where !variable.values.contains(where: { $0 != nil }) {
            throw ProcedureError.noNumbers(file: file, sheet: sheet, column: variable.name)
        }
    }

    /// The first chosen column as a series in row order: the sheet rows that hold a number and their
    /// values. Rows without one are left out rather than counted as zero; a column without any is an error.
    package func series(file: String, sheet: String, column: String) throws -> (variable: Variable, rows: [Int], values: [Double]) {
        guard let variable = variables.first else { throw ProcedureError.noNumbers(file: file, sheet: sheet, column: column) }
        let present = zip(rowNumbers, variable.values).compactMap { row, value in value.map { (row, $0) } }
        guard !present.isEmpty else { throw ProcedureError.noNumbers(file: file, sheet: sheet, column: variable.name) }
        return (variable, present.map(\.0), present.map(\.1))
    }
}

extension Column {
    /// How many of a text column's different values an error sentence shows.
    static let valuesShown = 5

    /// This text column, chosen where numbers are needed, as the error naming its values and the tool that takes it.
    package func textColumnError(file: String, sheet: String, response: Bool) -> ProcedureError {
        var seen: [String] = [], distinct = Set<String>()
        for label in categoryLabels.compactMap({ $0 }) where distinct.insert(label).inserted {
            if seen.count < Self.valuesShown { seen.append(label) }
        }
        return .textColumn(file: file, sheet: sheet, column: name, values: seen, distinct: distinct.count, response: response,
                           identifier: isIdentifier)
    }
}

extension CellIssue {
    package var isNumberLikeText: Bool {
        if case .numberLikeText = kind { return true }
        return false
    }
}
