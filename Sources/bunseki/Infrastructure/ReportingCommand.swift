import ArgumentParser
import Foundation

/// A subcommand whose failures are printed as one localized sentence on standard error with a
/// non-zero exit status, never as a stack trace. Conformers implement `execute(language:)`.
protocol ReportingCommand: ParsableCommand {
    var output: OutputOptions { get }
    func execute(language: Language) throws
}

extension ReportingCommand {
    func run() throws {
        let language = output.language
        do {
            try execute(language: language)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data((ErrorMessages.sentence(for: error, language: language) + "\n").utf8))
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
