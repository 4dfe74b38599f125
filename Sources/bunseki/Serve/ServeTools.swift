import Foundation
import Procedures
import Report
import Tabular
import Workbench

/// The tools `bunseki serve` offers: the tool catalogue (target `Procedures`).
/// A tool runs the same procedure as the CLI's command, and errors get the CLI's sentences.
struct ServeTools: ToolProvider {
    var tools: [ToolDescriptor] { ToolCatalog.tools }

    func run(tool: String, values: [String: String], table: Table, upload: UploadSource, language: Language) throws -> ToolRun {
        let result = try ToolCatalog.run(tool, settings: values, input: ToolInput(file: upload.fileName, table: table), language: language)
        return ToolRun(document: try result.document(), analysis: result.analysis)
    }

    func sentence(for error: any Error, language: Language, file: String) -> ErrorSentenceText {
        ErrorSentenceText(sentence: ErrorMessages.sentence(for: error, language: language, file: file),
                          parameter: ErrorMessages.setting(for: error))
    }
}
