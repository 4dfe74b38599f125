import Procedures
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

    /// A warning for cells a malformed sheet listed out of order, nil when there were none.
    static func outOfOrderWarning(_ sheet: WrittenSheet, language: Language) -> String? {
        guard sheet.outOfOrderCells > 0 else { return nil }
        return language.pick(
            ja: "注意: シート「\(sheet.sheet)」のセル \(sheet.outOfOrderCells) 個は、ファイル内で後のセルより後ろに書かれていたため CSV に含めていません。--json で確認できます。",
            en: "Warning: \(sheet.outOfOrderCells) cells of sheet '\(sheet.sheet)' came after later cells in the file and are not in the CSV; --json lists them.")
    }
}
