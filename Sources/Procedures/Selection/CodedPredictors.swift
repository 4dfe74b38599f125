import Report
import Analysis
import Tabular

/// The predictors of a model in the order given: a numeric column as it is, a text column (所属) as
/// 0/1 indicators against a reference level, chosen with `--reference COLUMN=LEVEL`, else the first level
/// `--order` lists for the column, else the most frequent level; the indicators follow `CategoryOrder`.
package struct CodedPredictors {
    /// The text columns' codings, in the order given.
    package let categories: [DummyCoding]
    /// The model's predictor variables, each text column expanded into its indicators.
    package let variables: [Variable]

    /// Names of the numeric columns among `columns`, to select as numbers.
    package static func numericNames(_ columns: [Column]) -> [String] {
        columns.filter { $0.type != .text }.map(\.name)
    }

    /// - Parameters:
    ///   - numeric: the variables of `numericNames(columns)`, in that order.
    ///   - references: the `--reference COLUMN=LEVEL` choices.
    ///   - order: the `--order` choices and natural orders.
    package init(columns: [Column], numeric: some Sequence<Variable>, references: [String],
                 order: CategoryOrder = .natural) throws {
        let categories = try columns.filter { $0.type == .text }.map { column in
            try DummyCoding(variable: column.name, labels: column.categoryLabels,
                            reference: Self.level(named: column.name, in: references) ?? order.listed(column).first,
                            order: order.preferred(column))
        }
        var numbers = numeric.makeIterator()
        var coded = categories.makeIterator()
        variables = columns.flatMap { column in
            column.type == .text ? coded.next()?.indicators ?? [] : numbers.next().map { [$0] } ?? []
        }
        self.categories = categories
    }

    /// The level a `COLUMN=LEVEL` choice names for `column`, the last one if several do.
    package static func level(named column: String, in choices: [String]) -> String? {
        choices.compactMap { choice -> String? in
            let parts = choice.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 && parts[0] == column ? parts[1] : nil
        }.last
    }
}
