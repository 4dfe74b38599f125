import CXlsxWriter
import Report

/// Writes single cells into a libxlsxwriter worksheet.
///
/// Spreadsheets have no NaN or infinity, and libxlsxwriter 1.1.4 cannot store an error value as a
/// literal, so a missing figure (an error value or a non-finite number) is written as a formula
/// that produces that error (`=NA()` for `#N/A`) with the error text cached: every program then
/// shows a real `#N/A`, and nothing is ever written as a bogus number.
struct CellRenderer {
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let sheetName: String
    let formats: FormatTable

    func write(_ placed: PositionedCell) throws(ReportWriterError) {
        guard let (row, column) = Grid.indices(of: placed.address) else {
            throw .cellNotWritable(sheet: sheetName, cell: placed.address.a1(), reason: Grid.limitDescription)
        }
        let format = formats.format(for: placed.cell)
        let status: lxw_error
        switch placed.cell.content {
        case .empty:
            status = format == nil ? LXW_NO_ERROR : worksheet_write_blank(worksheet, row, column, format)
        case .value(let value):
            status = writeValue(value.spreadsheetSafe, row: row, column: column, format: format)
        case .formula(let formula, cached: let cached):
            let stored = FutureFunctions.storedText(of: formula.text)
            switch cached.spreadsheetSafe {
            case .number(let number) where formula.isArray:
                // libxlsxwriter takes an array formula in braces, over the one cell it fills.
                // A block's other cells are written after this one (the layout holds them as values), replacing the
                // zeros libxlsxwriter pads them with.
                let lastRow = row + lxw_row_t(formula.arrayRows - 1), lastColumn = column + lxw_col_t(formula.arrayColumns - 1)
                status = worksheet_write_array_formula_num(worksheet, row, column, lastRow, lastColumn, "{" + stored + "}", format, number)
            case .number(let number):
                status = worksheet_write_formula_num(worksheet, row, column, stored, format, number)
            case .text(let text):
                status = worksheet_write_formula_str(worksheet, row, column, stored, format, text)
            case .bool(let flag):
                status = worksheet_write_formula_str(worksheet, row, column, stored, format, flag ? "TRUE" : "FALSE")
            case .error(let error):
                status = worksheet_write_formula_str(worksheet, row, column, stored, format, error.literal)
            }
        }
        try check(status, at: placed.address)
    }

    private func writeValue(_ value: ReportValue, row: lxw_row_t, column: lxw_col_t,
                            format: UnsafeMutablePointer<lxw_format>?) -> lxw_error {
        switch value {
        case .number(let number):
            return worksheet_write_number(worksheet, row, column, number, format)
        case .text(let text):
            return worksheet_write_string(worksheet, row, column, Self.withinCellLimit(text), format)
        case .bool(let flag):
            return worksheet_write_boolean(worksheet, row, column, flag ? 1 : 0, format)
        case .error(let error):
            let formula = FutureFunctions.storedText(of: Self.producingFormula(error))
            return worksheet_write_formula_str(worksheet, row, column, formula, format, error.literal)
        }
    }

    /// Excel holds at most 32,767 characters (UTF-16 code units) in a cell. Layouts keep their texts shorter (lists
    /// in readings are capped, `ReadingList`); this is the last guard, so that a text from the data can never make
    /// the whole workbook fail: a longer text is cut and ends in "…".
    static let cellCharacterLimit = 32_767

    static func withinCellLimit(_ text: String) -> String {
        guard text.utf16.count > cellCharacterLimit else { return text }
        var kept = ""
        var units = 0
        for character in text {
            let size = character.utf16.count
            guard units + size <= cellCharacterLimit - 1 else { break }
            kept.append(character)
            units += size
        }
        return kept + "…"
    }

    /// A formula whose result is the given error in Excel and LibreOffice alike.
    static func producingFormula(_ error: SpreadsheetError) -> String {
        switch error {
        case .notAvailable: return "NA()"
        case .divisionByZero: return "1/0"
        case .number: return "SQRT(-1)"
        case .value: return "\"x\"+1"
        }
    }

    func check(_ status: lxw_error, at address: CellAddress) throws(ReportWriterError) {
        guard status != LXW_NO_ERROR else { return }
        throw .cellNotWritable(sheet: sheetName, cell: address.a1(), reason: String(cString: lxw_strerror(status)))
    }
}
