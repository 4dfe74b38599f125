import Foundation
import Report

/// A result document for the terminal: every sheet after the data sheet, as titles, tables (their
/// cached figures) and sentences, so the text shows exactly the figures the workbook holds.
package enum ReportText {
    package static func render(_ document: ReportDocument, input: String, sheet: String, selection: NumericSelection?,
                       writtenTo destination: URL?, language: Language) -> String {
        var lines = ["\((input as NSString).lastPathComponent), " + language.pick(ja: "シート \(sheet)", en: "sheet \(sheet)")]
        for shown in document.sheets.dropFirst() { lines += self.lines(of: shown) }
        lines += ResultNotes.lines(selection: selection, writtenTo: destination, language: language)
        return lines.joined(separator: "\n")
    }

    /// One sheet for the terminal: each block after a blank line.
    package static func lines(of sheet: ReportSheet) -> [String] {
        sheet.blocks.flatMap { [""] + render($0.content) }
    }

    private static func render(_ content: BlockContent) -> [String] {
        switch content {
        case .title(let title): return [title]
        case .notes(let lines), .paragraphs(let lines): return lines
        case .table(let table):
            let header = table.columnHeaders
            let rows = table.rows.map { row in [text(row.label)] + row.cells.map { $0.map(text) ?? "" } }
            return (table.heading.map { [$0] } ?? []) + [TextTable(header: header, rows: rows).render()]
        case .cells(let cells): return cells.map { text($0.cell) }.filter { !$0.isEmpty }
        case .rows(let run):
            // The layouts' runs (data sheets, long tables) start with their header line.
            let lines = (0..<run.rowCount).map { run.cells(ofRow: $0).map { $0.map(text) ?? "" } }
            guard let header = lines.first else { return [] }
            return [TextTable(header: header, rows: Array(lines.dropFirst())).render()]
        }
    }

    private static func text(_ cell: ReportCell) -> String {
        switch cell.content {
        case .empty: return ""
        case .value(let value), .formula(_, cached: let value):
            switch value {
            case .number(let number):
                if case .percent = cell.format { return cell.format.approximateDisplay(of: number) }
                return TextNumber.format(number)
            case .text(let text): return text
            case .bool(let flag): return flag ? "TRUE" : "FALSE"
            case .error(let error): return error.literal
            }
        }
    }
}
