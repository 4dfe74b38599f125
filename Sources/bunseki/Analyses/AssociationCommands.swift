import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki correl FILE --columns A,B,C`: the ToolPak's Correlation matrix with p-values, n per pair and
/// Spearman's rank correlation; the workbook also holds the covariances.
struct CorrelCommand: AssociationCommand {
    static let configuration = CommandConfiguration(
        commandName: "correl",
        abstract: "Correlation matrix (the ToolPak's 相関) with p-values and Spearman's ρ, written to a result workbook.")
    static let tool = AssociationWorkbook.Tool.correlation

    @OptionGroup var options: AssociationOptions
    @OptionGroup var output: OutputOptions
}

/// `bunseki covariance FILE --columns A,B,C`: the ToolPak's Covariance matrix (divided by n) and the
/// sample covariances; the workbook also holds the correlations.
struct CovarianceCommand: AssociationCommand {
    static let configuration = CommandConfiguration(
        commandName: "covariance",
        abstract: "Covariance matrix (the ToolPak's 共分散, divided by n) and sample covariances, written to a result workbook.")
    static let tool = AssociationWorkbook.Tool.covariance

    @OptionGroup var options: AssociationOptions
    @OptionGroup var output: OutputOptions
}

/// `FILE --columns A,B,C` and the result options: what `correl` and `covariance` take.
struct AssociationOptions: ParsableArguments {
    @OptionGroup var input: InputOptions
    @Option(name: .long, help: "Two or more columns by header text or column letter, comma-separated.")
    var columns: String
    @OptionGroup var result: ResultOptions
}

/// `correl` and `covariance`: the same matrix, written with one tool's sheet first.
protocol AssociationCommand: ReportingCommand, ReadsInputFile {
    static var tool: AssociationWorkbook.Tool { get }
    var options: AssociationOptions { get }
}

extension AssociationCommand {
    var input: InputOptions { options.input }

    func execute(language: Language) throws {
        try perform(AssociationProcedure(tool: Self.tool, columns: options.columns), input: input, result: options.result,
                    language: language)
    }
}
