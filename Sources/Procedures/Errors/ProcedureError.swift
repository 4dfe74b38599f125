import Report
import Analysis

/// What a tool refuses before or while preparing its analysis: its settings, its input file, the columns chosen.
/// Every case has one sentence in each language (`ErrorMessages`).
package enum ProcedureError: Error, Equatable {
    /// The input file does not exist.
    case inputMissing(file: String)
    /// The input path is a folder.
    case inputIsFolder(file: String)
    /// The input file exists but may not be read.
    case inputUnreadable(file: String)
    /// `--header-row` below 1 (rows count from 1, as in the sheet).
    case headerRowBelowOne(row: Int)
    /// `--range` is not a range such as `A4:F40`.
    case invalidRange(text: String)
    /// The workbook has no worksheet to read.
    case noWorksheet(file: String)
    /// The output could not be written.
    case outputFailed(detail: String)
    /// A chosen column holds text that reads as a number; `count` such cells in all.
    case numberLikeText(file: String, sheet: String, cell: String, text: String, count: Int)
    /// A column chosen for an analysis holds no numbers at all.
    case noNumbers(file: String, sheet: String, column: String)
    /// A column chosen where numbers are needed is a text column (its first values and how many different ones);
    /// `response` when it is a regression's response, where two values point to `logistic`.
    case textColumn(file: String, sheet: String, column: String, values: [String], distinct: Int, response: Bool, identifier: Bool)
    /// `histogram` without `--pareto` on a text column: it has no bins, only levels to count.
    case textColumnHistogram(file: String, sheet: String, column: String)
    /// `describe` without `--columns` found no column of numbers.
    case noNumberColumns(file: String, sheet: String)
    /// `report` found no column of numbers or text under the header.
    case nothingToSummarise(file: String, sheet: String)
    /// `--confidence` outside (1, 100): a fraction such as 0.95 typed for a percentage, or no level at all.
    case confidencePercent(given: Double)
    /// A numeric setting outside what it may be.
    case optionOutOfRange(option: String, given: Double, range: ParameterRequirement)
    /// A histogram bin edge that is not a number.
    case invalidBinEdge(text: String)
    /// `smooth` needs exactly one of --moving-average and --exponential.
    case smoothingMethodChoice
    /// A comma-separated list of numbers (`random --values/--weights`) holds something else.
    case invalidNumberList(option: String, text: String)
    /// `sample` needs exactly one of --periodic and --random.
    case samplingMethodChoice
    /// `anova2 --replication N` found a row count that is not a whole number of samples of N rows.
    case replicationRows(file: String, sheet: String, rows: Int, replicates: Int)
    /// `anova2 --replication N` found a blank cell; the design must be balanced.
    case blankInReplication(file: String, sheet: String, column: String, row: Int)
    /// The predictors separate the logistic outcome, so no finite estimate exists.
    case separation(outcome: String, terms: [String])
    /// `anova` needs either `--columns` (one column per group) or both `--value` and `--group`.
    case oneWayLayoutChoice
    /// `ttest --paired` and `--equal-variances` name two different tests.
    case pairedWithEqualVariances
    /// `anova2` needs either `--columns` (one column per level) or `--value` with `--factors` (one row per case).
    case twoFactorLayoutChoice
    /// `anova2 --factors` names other than two columns.
    case factorCount(given: [String])
    /// `groups --by` names no column or more than two.
    case groupingColumnCount(given: [String])
    /// Two column options (`crosstab --rows`, `--cols`) or one option's list (`anova2 --factors`) name the
    /// same column, by header or letter, which crosses nothing.
    case sameColumnTwice(column: String, options: [String])
    /// `regress --degree` with other than one number column as `--x` (several, or a text column).
    case polynomialPredictor(given: [String])
    /// An `--order` choice that is not `列=A,B,C`.
    case orderSyntax(text: String)
    /// An `--order` level that does not occur in its column; `levels` are the ones that do.
    case unknownOrderLevel(file: String, sheet: String, column: String, level: String, levels: [String])
    /// A front end's form left a setting the tool needs empty.
    case missingSetting(option: String)
    /// A setting that must be a number holds other text.
    case notANumber(option: String, text: String)
    /// A setting with a fixed set of values holds another.
    case notAChoice(option: String, text: String, choices: [String])
}

extension ProcedureError {
    /// The setting (the CLI's option name without `--`) an error is about, so that a form can show the sentence
    /// beside that control; nil for errors about the data or about several settings at once.
    package var setting: String? {
        let option: String? = switch self {
        case .optionOutOfRange(let option, _, _), .invalidNumberList(let option, _), .missingSetting(let option),
             .notANumber(let option, _), .notAChoice(let option, _, _): option
        case .confidencePercent: "--confidence"
        case .invalidBinEdge: "--bins"
        case .sameColumnTwice(_, let options): options.last
        case .polynomialPredictor: "--degree"
        case .factorCount: "--factors"
        case .groupingColumnCount: "--by"
        case .orderSyntax, .unknownOrderLevel: "--order"
        case .headerRowBelowOne: "--header-row"
        case .invalidRange: "--range"
        default: nil
        }
        return option.map { $0.hasPrefix("--") ? String($0.dropFirst(2)) : $0 }
    }
}
