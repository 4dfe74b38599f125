import Analysis
import Foundation
import Report
import Tabular

/// The ToolPak's Descriptive Statistics (基本統計量) for each chosen column: statistics with live formulas,
/// histograms, Shapiro–Wilk beside them.
package struct DescribeProcedure: Procedure {
    /// Columns by header text or letter, comma-separated; nil for every number column.
    package var columns: String?
    /// Confidence level of the mean's interval, in percent.
    package var confidence: Double = 95
    /// k of the k-th largest and smallest values.
    package var kth: Int = 1

    package init(columns: String? = nil, confidence: Double = 95, kth: Int = 1) {
        self.columns = columns
        self.confidence = confidence
        self.kth = kth
    }

    package func validate() throws {
        _ = try ConfidencePercent.level(confidence)
    }

    /// The columns chosen and their statistics: the result value every front end and the exercises' answer keys read.
    package func analyse(_ input: ToolInput) throws -> (selection: NumericSelection, statistics: [DescriptiveStatistics]) {
        let level = try ConfidencePercent.level(confidence)
        let table = input.table
        let keys = columns.map(ColumnList.split) ?? table.columns.filter { $0.type == .number }.map(\.name)
        guard !keys.isEmpty else { throw ProcedureError.noNumberColumns(file: input.file, sheet: table.sheetName) }
        let selection = try NumericSelection(table: table, columns: keys, file: input.file)
        let statistics = try selection.variables.map { variable in
            guard variable.values.contains(where: { $0 != nil }) else {
                throw ProcedureError.noNumbers(file: input.file, sheet: table.sheetName, column: variable.name)
            }
            return try DescriptiveStatistics.compute(variable, confidenceLevel: level, k: kth)
        }
        return (selection, statistics)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let (selection, statistics) = try analyse(input)
        let shapiroWilk = selection.variables.map { ShapiroWilk.test($0.values.compactMap { $0 }.filter(\.isFinite)) }
        let outcome = CommandOutcome(file: input.file, sheet: table.sheetName, tool: "describe",
                                     body: DescribeOutcome(selection: selection, statistics: statistics, shapiroWilk: shapiroWilk),
                                     selection: selection)
        return ProcedureResult(analysis: "describe", json: outcome, document: {
            DescribeWorkbook.document(
                language: language, sourceRows: selection.rowNumbers,
                columns: selection.dataColumns,
                statistics: statistics, shapiroWilk: shapiroWilk, title: input.fileName)
        }, text: {
            let reading = DescribeReading(language: language, sourceRows: selection.rowNumbers,
                                          columns: zip(selection.dataColumns, statistics).map {
                                              .init(name: $0.name, values: $0.values, statistics: $1, isDate: $0.isDate)
                                          })
            return DescribeText(outcome: outcome, language: language, dates: selection.isDate, reading: reading.sheet)
                .render(writtenTo: $0)
        })
    }
}

/// What `describe --json` prints (docs/JSON.md).
package struct DescribeOutcome: Encodable {
    package struct Described: Encodable {
        package let column: String
        package let statistics: DescriptiveStatistics
        /// Absent outside 3 to 5000 values or when all values are equal.
        package let shapiroWilk: ShapiroWilk?
    }

    package let columns: [Described]

    package init(selection: NumericSelection, statistics: [DescriptiveStatistics], shapiroWilk: [ShapiroWilk?]) {
        columns = zip(selection.variables, zip(statistics, shapiroWilk)).map {
            Described(column: $0.name, statistics: $1.0, shapiroWilk: $1.1)
        }
    }
}
