import Foundation

/// The lines `bunseki export` prints after writing files.
enum ExportText {
    static func written(_ sheet: WrittenSheet, language: Language) -> String {
        if let grid = sheet.grid {
            return language.pick(ja: "シート「\(sheet.sheet)」→ \(sheet.path) (\(grid.rows) 行 × \(grid.columns) 列)",
                                 en: "Sheet '\(sheet.sheet)' → \(sheet.path) (\(grid.rows) rows × \(grid.columns) columns)")
        }
        let cells = sheet.cells ?? 0
        return language.pick(ja: "シート「\(sheet.sheet)」→ \(sheet.path) (\(cells) セル)",
                             en: "Sheet '\(sheet.sheet)' → \(sheet.path) (\(cells) cells)")
    }
}
