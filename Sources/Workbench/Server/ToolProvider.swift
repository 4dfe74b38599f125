import Foundation
import Procedures
import Report
import Tabular

/// The analysis tools the workbench offers and how one is run: the catalogue and the procedures the CLI's
/// commands use (target `Procedures`); tests give fixtures instead. The server never
/// prepares a tool's input itself.
package protocol ToolProvider: Sendable {
    /// Every tool, in the ToolPak dialog's order, then the tools beyond it (the tool catalogue's descriptors: one
    /// description of a tool and its settings for the CLI's catalogue and the pages).
    var tools: [ToolDescriptor] { get }
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
