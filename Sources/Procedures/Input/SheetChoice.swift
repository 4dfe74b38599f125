import Report
import XLSXReader

/// The sheet a `--sheet` value names.
package enum SheetChoice {
    /// `requested` as a name first, then as a 1-based number; without it, the first visible worksheet.
    package static func sheet(_ requested: String?, in workbook: Workbook) throws -> SheetInfo {
        guard let requested else {
            guard let first = workbook.firstVisibleWorksheet else { throw ProcedureError.noWorksheet(file: workbook.file) }
            return first
        }
        if let named = try? workbook.sheet(named: requested) { return named }
        if let number = Int(requested), workbook.sheets.indices.contains(number - 1) { return workbook.sheets[number - 1] }
        return try workbook.sheet(named: requested)
    }
}
