import Report
import Foundation
import SafeOutput
import SheetExport

extension ErrorMessages {
    /// Sentences for export failures; each names the file or the sheet and cell involved.
    package static func export(_ error: ExportError, _ l: Language) -> String {
        switch error {
        case .unmappableCharacter(let sheet, let cell, let character, let encoding):
            l.pick(ja: "シート「\(sheet)」のセル \(cell) の文字「\(character)」は \(encoding) で書けません。--encoding utf-8-bom を使うか、--replace で「?」に置き換えてください。",
                   en: "Cell \(cell) of sheet '\(sheet)' holds '\(character)', which \(encoding) cannot represent; use --encoding utf-8-bom, or --replace to write '?'.")
        case .output(let outputError):
            output(outputError, l)
        case .invalidDateFormat(let pattern, let offending):
            l.pick(ja: "日付の書式「\(pattern)」の「\(offending)」は使えません。使える記号: yyyy yy MM M dd d HH H mm ss SSS (文字は '…' で囲みます)。",
                   en: "The date format '\(pattern)' uses '\(offending)', which is not a field; use yyyy yy MM M dd d HH H mm ss SSS and quote text in '…'.")
        }
    }
}
