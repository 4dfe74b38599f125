import CXlsxWriter
import Report

/// Renders one report sheet: cells, column widths, frozen panes, input validation and protection.
struct SheetRenderer {
    let sheet: ReportSheet
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let formats: FormatTable
    let strings: CStringPool

    func render() throws(ReportWriterError) {
        let cells: [PositionedCell]
        do {
            cells = try sheet.laidOutCells()
        } catch {
            throw .invalidLayout(error)
        }
        let cellWriter = CellRenderer(worksheet: worksheet, sheetName: sheet.name, formats: formats)
        for placed in cells {
            try cellWriter.write(placed)
            if let validation = placed.cell.validation {
                try cellWriter.check(addValidation(validation, at: placed.address), at: placed.address)
            }
        }
        let widths = ColumnWidths.estimate(for: cells, hints: sheet.options.minimumColumnWidths)
        for (column, width) in widths.sorted(by: { $0.key < $1.key }) {
            let index = lxw_col_t(column)
            try cellWriter.check(worksheet_set_column(worksheet, index, index, width, nil),
                                 at: CellAddress(row: 0, column: column))
        }
        let options = sheet.options
        if options.frozenRows > 0 || options.frozenColumns > 0 {
            worksheet_freeze_panes(worksheet, lxw_row_t(options.frozenRows), lxw_col_t(options.frozenColumns))
        }
        if options.isProtected {
            worksheet_protect(worksheet, nil, nil)
        }
    }

    private func addValidation(_ validation: InputValidation, at address: CellAddress) -> lxw_error {
        var rule = lxw_data_validation()
        switch validation {
        case .list(let choices):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            rule.value_list = strings.copyList(choices)
        case .decimal(let minimum, let maximum):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = minimum
            rule.maximum_number = maximum
        case .wholeNumber(let minimum, let maximum):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = Double(minimum)
            rule.maximum_number = Double(maximum)
        }
        return worksheet_data_validation_cell(worksheet, lxw_row_t(address.row), lxw_col_t(address.column), &rule)
    }
}
