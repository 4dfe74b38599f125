import ArgumentParser
import Foundation
import Procedures
import Report
import Workshop

/// The one way every command ends in failure: one sentence in the chosen language on standard error (the error
/// catalogue, `ErrorMessages`; exercise errors by `ExerciseMessages`) and the exit status of the policy in
/// docs/JSON.md — 64 for a wrong command line (the parser's errors, a command's `validate()`, a tool's settings
/// that are wrong whatever the file holds), 1 for what the input files or the data do not allow, 70 for anything
/// unforeseen. Never a stack trace.
enum ErrorFunnel {
    static func reporting(in language: Language, file: String? = nil, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data((sentence(for: error, language: language, file: file) + "\n").utf8))
            throw ExitCode(exitCode(for: error))
        }
    }

    static func sentence(for error: Error, language: Language, file: String?) -> String {
        switch error {
        case let usage as UsageError: sentence(for: usage.underlying, language: language, file: file)
        case let error as WorkshopError: ExerciseMessages.sentence(for: error, language)
        default: ErrorMessages.sentence(for: error, language: language, file: file)
        }
    }

    static func exitCode(for error: Error) -> Int32 {
        switch error {
        case is UsageError: ExitCode.validationFailure.rawValue
        case is WorkshopError: 1
        default: ErrorMessages.exitCode(for: error)
        }
    }
}

/// An error in the settings alone, found before any file is read: reported with its own sentence, exit 64.
struct UsageError: Error {
    let underlying: Error
}
