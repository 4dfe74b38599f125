import Foundation
import Report
import Tabular

/// One analysis tool as every front end runs it: its settings (the stored properties, named as the CLI's options)
/// are checked alone first, then it chooses its columns from a table, runs the analysis and returns the result in
/// the forms the front ends deliver. The CLI and the workbench differ only in how they read the settings and the
/// table and where they put the result.
package protocol Procedure {
    /// Refuses settings that are wrong whatever the table holds, before any file is read.
    func validate() throws
    /// Chooses the columns from `input`'s table, runs the analysis and lays out its result; called after `validate()`
    /// passed (`ToolCatalog.run` and the CLI's commands do both), so the checks of the settings alone are not repeated.
    func run(_ input: ToolInput, language: Language) throws -> ProcedureResult
}

extension Procedure {
    package func validate() throws {}
}

/// The table a tool reads and the file it came from, as messages, titles and JSON name it.
package struct ToolInput {
    /// The file as the user named it (a path on the command line, the uploaded file's name in the browser).
    package let file: String
    package let table: Table

    package init(file: String, table: Table) {
        self.file = file
        self.table = table
    }

    /// The file's name without its folder: the title of result workbooks.
    package var fileName: String { (file as NSString).lastPathComponent }
    package var sheet: String { table.sheetName }
}

/// A tool's result in the three forms the front ends deliver, all from the one computed value: the result
/// workbook's layout (built only when a workbook is wanted), the JSON body (docs/JSON.md) and the terminal text,
/// which names where the workbook went.
package struct ProcedureResult {
    /// The default output suffix and the JSON `tool` name: `regress` → `staff.regress.xlsx`.
    package let analysis: String
    package let json: any Encodable
    private let layout: () throws -> ReportDocument
    private let render: (URL?) throws -> String

    package init(analysis: String, json: any Encodable, document: @escaping () throws -> ReportDocument,
                 text: @escaping (URL?) throws -> String) {
        self.analysis = analysis
        self.json = json
        layout = document
        render = text
    }

    /// The usual result: the envelope (`CommandOutcome`) around the tool's own keys, and the report's sheets
    /// rendered for the terminal followed by the cells the selection left out or converted.
    package init<Body: Encodable>(analysis: String, input: ToolInput, selection: NumericSelection?, language: Language,
                                  body: Body, document: @escaping () throws -> ReportDocument) {
        let outcome = CommandOutcome(file: input.file, sheet: input.sheet, tool: analysis, body: body, selection: selection)
        var built: ReportDocument?
        let once = { () throws -> ReportDocument in
            if let built { return built }
            let made = try document()
            built = made
            return made
        }
        self.init(analysis: analysis, json: outcome, document: once, text: { written in
            // The text is the document's sheets, so it needs the document even when no workbook was written.
            ReportText.render(try once(), input: input.file, sheet: input.sheet, selection: selection,
                                     writtenTo: written, language: language)
        })
    }

    /// The result workbook's layout.
    package func document() throws -> ReportDocument { try layout() }

    /// The terminal text; `written` is where the workbook went (nil when none was written).
    package func text(writtenTo written: URL?) throws -> String { try render(written) }
}

/// JSON as every command prints it (docs/JSON.md): sorted keys, pretty-printed, slashes and non-ASCII unescaped,
/// so that the same value always gives the same bytes.
package enum StableJSON {
    package static func text(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw ProcedureError.outputFailed(detail: "\(error)")
        }
    }
}
