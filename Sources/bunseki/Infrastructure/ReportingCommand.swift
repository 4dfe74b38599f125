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
        let language = output.language
        do {
            try execute(language: language)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            let file = (self as? any ReadsInputFile)?.input.file
            FileHandle.standardError.write(Data((ErrorMessages.sentence(for: error, language: language, file: file) + "\n").utf8))
            throw ExitCode(ErrorMessages.exitCode(for: error))
        }
    }

    /// Writes text to standard output.
    func emit(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes a value as stable JSON: sorted keys, pretty-printed, slashes and non-ASCII unescaped.
    func emitJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            emit(String(decoding: try encoder.encode(value), as: UTF8.self))
        } catch {
            throw CLIError.outputFailed(detail: "\(error)")
        }
    }
}

extension ReportingCommand {
    /// The end of every analysis command: the result workbook is written unless only JSON was asked
    /// for (`--json` without `-o`), then the JSON or the text (told where the workbook went) is printed.
    func deliver<Outcome: Encodable>(_ document: ReportDocument, input: InputOptions, result: ResultOptions,
                                     analysis: String, json: () -> Outcome, text: (URL?) -> String) throws {
        let written = !output.json || result.output != nil
            ? try ResultFile.write(document, input: input.file, options: result, analysis: analysis) : nil
        if output.json {
            try emitJSON(json())
        } else {
            emit(text(written))
        }
    }

    /// `deliver` for an analysis whose text is the result's sheets rendered for the terminal, followed by the
    /// cells the selection left out or converted (`nil` for analyses of text columns); its JSON is the
    /// analysis's own keys in the common envelope (`CommandOutcome`).
    func deliver<Body: Encodable>(_ document: ReportDocument, input: InputOptions, result: ResultOptions,
                                  analysis: String, sheet: String, selection: NumericSelection?, language: Language,
                                  json: () -> Body) throws {
        try deliver(document, input: input, result: result, analysis: analysis,
                    json: { CommandOutcome(file: input.file, sheet: sheet, tool: analysis, body: json(), selection: selection) },
                    text: { ReportText.render(document, input: input.file, sheet: sheet, selection: selection,
                                              writtenTo: $0, language: language) })
    }
}
