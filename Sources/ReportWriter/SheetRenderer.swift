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
            // Width hints for columns off the grid have nothing to size.
            guard let (_, index) = Grid.indices(of: CellAddress(row: 0, column: column)) else { continue }
            try cellWriter.check(worksheet_set_column(worksheet, index, index, width, nil),
                                 at: CellAddress(row: 0, column: column))
        }
        let options = sheet.options
        if options.frozenRows > 0 || options.frozenColumns > 0 {
            let split = CellAddress(row: max(0, options.frozenRows), column: max(0, options.frozenColumns))
            guard let (row, column) = Grid.indices(of: split) else {
                throw .cellNotWritable(sheet: sheet.name, cell: split.a1(), reason: "frozen panes end \(Grid.limitDescription)")
            }
            worksheet_freeze_panes(worksheet, row, column)
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
        // The cell itself was written just before, so its address is on the grid.
        guard let (row, column) = Grid.indices(of: address) else { return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE }
        return worksheet_data_validation_cell(worksheet, row, column, &rule)
    }
}
