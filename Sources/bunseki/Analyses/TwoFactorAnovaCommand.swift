import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki anova2 FILE --columns A,B,C [--row-labels COL]`: the ToolPak's Anova: Two-Factor Without
/// Replication, each row a level of the row factor (a block), each column a level of the column factor;
/// with `--replication N`, Anova: Two-Factor With Replication, the rows read as samples of N consecutive rows;
/// with `--value COL --factors A,B` instead, one row per case and any cell sizes, by least squares.
struct TwoFactorAnovaCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "anova2",
        abstract: "Two-factor ANOVA without or, with --replication, with replication (the ToolPak's 分散分析: 繰り返しのない/ある二元配置), or of one row per case with --value and --factors, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Two or more columns, the column factor's levels, comma-separated (the ToolPak's layout).")
    var columns: String?

    @Option(name: .long, help: "With --factors: the numeric column, one row per case (long format, any cell sizes).")
    var value: String?

    @Option(name: .long, help: "With --value: the two category columns, comma-separated (e.g. 窓口,曜日).")
    var factors: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "With --value: include the interaction of the two factors.")
    var interaction = true

    @Option(name: .long, help: "With --value: the type of sums of squares, 2 (default) or 3.")
    var type: SumsOfSquaresType = .typeII

    @Option(name: .long, help: "The column naming each row's level (default: the row number); with --replication, read at each sample's first row.")
    var rowLabels: String?

    @Option(name: .long, help: "Rows per sample (the ToolPak's 1 標本あたりの行数): run the with-replication tool on blocks of N rows.")
    var replication: Int?

    @Option(name: .long, help: "Significance level α of F crit (the ToolPak's default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(TwoFactorAnovaProcedure(columns: columns, value: value, factors: factors, interaction: interaction, type: type,
                                            rowLabels: rowLabels, replication: replication, alpha: alpha,
                                            order: categories.order),
                    input: input, result: result, language: language)
    }
}

extension SumsOfSquaresType: ExpressibleByArgument {
    /// `2` or `3` (also `II`, `III`).
    public init?(argument: String) {
        switch argument.uppercased() {
        case "2", "II": self = .typeII
        case "3", "III": self = .typeIII
        default: return nil
        }
    }

    public var defaultValueDescription: String { self == .typeII ? "2" : "3" }

    public static var allValueStrings: [String] { ["2", "3"] }
}
