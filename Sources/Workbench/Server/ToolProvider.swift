import Foundation
import Report
import Tabular

/// The analysis tools the workbench offers and how one is run: the catalogue and the procedures the CLI's
/// commands use (target `Procedures`), seen through the few shapes the pages need. The server never
/// prepares a tool's input itself.
public protocol ToolProvider: Sendable {
    /// Every tool, in the ToolPak dialog's order, then the tools beyond it.
    var tools: [WorkbenchTool] { get }
    /// Runs `tool` on `table` with the form's values (keyed as the CLI's long options) as the CLI would.
    func run(tool: String, values: [String: String], table: Table, upload: UploadSource, language: Language) throws -> ToolRun
    /// The CLI's sentence for an error, and the option it concerns when there is one.
    func sentence(for error: any Error, language: Language, file: String) -> ErrorSentenceText
}

/// Where a table came from, for titles and messages.
public struct UploadSource: Sendable {
    /// The uploaded file's name (never a server path).
    public let fileName: String
    /// The sheet read (a CSV file's name for CSV).
    public let sheet: String
}

public struct ErrorSentenceText: Sendable, Equatable {
    public let sentence: String
    public let parameter: String?

    public init(sentence: String, parameter: String? = nil) {
        self.sentence = sentence
        self.parameter = parameter
    }
}

/// A tool as the menu and its form show it.
public struct WorkbenchTool: Sendable {
    public let id: String
    public let titles: (ja: String, en: String)
    public let parameters: [WorkbenchParameter]

    public init(id: String, titles: (ja: String, en: String), parameters: [WorkbenchParameter]) {
        self.id = id
        self.titles = titles
        self.parameters = parameters
    }

    public func title(_ language: Language) -> String { language == .ja ? titles.ja : titles.en }
}

/// One of a tool's options as a form control.
public struct WorkbenchParameter: Sendable {
    public enum ColumnKind: Sendable { case numeric, text, any }
    public enum Kind: Sendable {
        case column(ColumnKind)
        case columns(ColumnKind)
        case number(default: Double?)
        case integer(default: Int?)
        case choice([String])
        case flag
        case text
    }

    /// The CLI's long option name without `--`.
    public let key: String
    public let labels: (ja: String, en: String)
    public let kind: Kind
    public let required: Bool

    public init(key: String, labels: (ja: String, en: String), kind: Kind, required: Bool) {
        self.key = key
        self.labels = labels
        self.kind = kind
        self.required = required
    }

    public func label(_ language: Language) -> String { language == .ja ? labels.ja : labels.en }
}

/// What a tool run gives the workbench.
public struct ToolRun: Sendable {
    /// The result workbook's layout: rendered on the page and written for the download.
    public let document: ReportDocument
    /// The output's suffix (`regress` → `staff.regress.xlsx`), as the CLI names its default output.
    public let analysis: String

    public init(document: ReportDocument, analysis: String) {
        self.document = document
        self.analysis = analysis
    }
}
