import Procedures
import Foundation
import Report
import Tabular
import Workbench

/// The tools `bunseki serve` offers, and the CLI's sentences for errors.
struct ServeTools: ToolProvider {
    var tools: [WorkbenchTool] { [] }

    func run(tool: String, values: [String: String], table: Table, upload: UploadSource, language: Language) throws -> ToolRun {
        throw ServeToolsPending()
    }

    func sentence(for error: any Error, language: Language, file: String) -> ErrorSentenceText {
        ErrorSentenceText(sentence: ErrorMessages.sentence(for: error, language: language, file: file))
    }
}

struct ServeToolsPending: Error {}
