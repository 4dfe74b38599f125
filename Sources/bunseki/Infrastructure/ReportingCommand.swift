import Procedures
import ArgumentParser
import Foundation
import Report

/// A subcommand whose failures are printed as one localized sentence on standard error with a
/// non-zero exit status, never as a stack trace. Conformers implement `execute(language:)`.
protocol ReportingCommand: ParsableCommand {
    var output: OutputOptions { get }
    func execute(language: Language) throws
}

/// A command that reads one input file, so that a message about one of its sheets can name the file.
protocol ReadsInputFile {
    var input: InputOptions { get }
}

extension ReportingCommand {
    func run() throws {
        try ErrorFunnel.reporting(in: output.language, file: (self as? any ReadsInputFile)?.input.file) {
            try execute(language: output.language)
        }
    }

    /// Writes text to standard output.
    func emit(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes a value as stable JSON (`StableJSON`).
    func emitJSON(_ value: any Encodable) throws {
        emit(try StableJSON.text(value))
    }
}

extension ReportingCommand {
    /// Every analysis command: the settings checked, the table read, the procedure run, the result delivered.
    func perform(_ procedure: some Procedure, input: InputOptions, result: ResultOptions, language: Language) throws {
        // Settings wrong whatever the file holds are a wrong command line (exit 64), like the parser's own errors.
        do { try procedure.validate() } catch { throw UsageError(underlying: error) }
        let progress = ProgressLine.make(output: output)
        // Cleared before anything is printed, an error message included.
        defer { progress?.finish() }
        let table = try input.loadTable(progress: progress).table
        progress?.begin(.analysing)
        let outcome = try procedure.run(ToolInput(file: input.file, table: table), language: language)
        try deliver(outcome, input: input, result: result, progress: progress)
    }

    /// The end of every analysis command: the result workbook is written unless only JSON was asked for (`--json`
    /// without `-o`), then the JSON or the text (told where the workbook went) is printed.
    func deliver(_ outcome: ProcedureResult, input: InputOptions, result: ResultOptions, progress: ProgressLine? = nil) throws {
        var written: URL?
        if !output.json || result.output != nil {
            progress?.begin(.writing)
            written = try ResultFile.write(try outcome.document(), input: input.file, options: result, analysis: outcome.analysis,
                                           progress: progress)
        }
        progress?.finish()
        if output.json {
            try emitJSON(outcome.json)
        } else {
            emit(try outcome.text(writtenTo: written))
        }
    }
}
