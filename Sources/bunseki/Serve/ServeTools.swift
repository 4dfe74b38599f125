import Foundation
import Procedures
import Report
import Tabular
import Workbench

/// The tools `bunseki serve` offers: the tool catalogue (target `Procedures`) seen through the workbench's shapes.
/// A tool runs the same procedure as the CLI's command, and errors get the CLI's sentences.
struct ServeTools: ToolProvider {
    var tools: [WorkbenchTool] { Self.offered }

    private static let offered: [WorkbenchTool] = ToolCatalog.tools.map { tool in
        WorkbenchTool(id: tool.id, titles: tool.titles, parameters: tool.parameters.map { parameter in
            WorkbenchParameter(key: parameter.key, labels: parameter.labels, kind: kind(parameter.kind), required: parameter.required)
        })
    }

    private static func kind(_ kind: ParameterDescriptor.Kind) -> WorkbenchParameter.Kind {
        switch kind {
        case .column(let columns): .column(columnKind(columns))
        case .columns(let columns): .columns(columnKind(columns))
        case .number(let fallback): .number(default: fallback)
        case .integer(let fallback): .integer(default: fallback)
        case .choice(let choices): .choice(choices)
        case .flag: .flag
        case .text: .text
        }
    }

    private static func columnKind(_ kind: ParameterDescriptor.ColumnKind) -> WorkbenchParameter.ColumnKind {
        switch kind {
        case .numeric: .numeric
        case .text: .text
        case .any: .any
        }
    }

    func run(tool: String, values: [String: String], table: Table, upload: UploadSource, language: Language) throws -> ToolRun {
        let result = try ToolCatalog.run(tool, settings: values, input: ToolInput(file: upload.fileName, table: table), language: language)
        return ToolRun(document: try result.document(), analysis: result.analysis)
    }

    func sentence(for error: any Error, language: Language, file: String) -> ErrorSentenceText {
        ErrorSentenceText(sentence: ErrorMessages.sentence(for: error, language: language, file: file),
                          parameter: ErrorMessages.setting(for: error))
    }
}
