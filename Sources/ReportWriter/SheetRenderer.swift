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
        try sizeWrappedRows(cells, widths: widths, cellWriter: cellWriter)
        let options = sheet.options
        if options.frozenRows > 0 || options.frozenColumns > 0 {
            let split = CellAddress(row: max(0, options.frozenRows), column: max(0, options.frozenColumns))
            guard let (row, column) = Grid.indices(of: split) else {
                throw .cellNotWritable(sheet: sheet.name, cell: split.a1(), reason: "frozen panes end \(Grid.limitDescription)")
            }
            worksheet_freeze_panes(worksheet, row, column)
        }
        if let setup = options.pageSetup {
            // A form printed as a page: its paper and orientation, and the whole sheet on one page if asked.
            worksheet_set_paper(worksheet, UInt8(setup.paper.rawValue))
            if setup.landscape { worksheet_set_landscape(worksheet) } else { worksheet_set_portrait(worksheet) }
            worksheet_fit_to_pages(worksheet, 1, setup.fitToOnePage ? 1 : 0)
        } else {
            // Participants print their results: landscape, every column on one page width.
            worksheet_set_landscape(worksheet)
            worksheet_fit_to_pages(worksheet, 1, 0)
        }
        if options.isProtected {
            worksheet_protect(worksheet, nil, nil)
        }
    }

    /// libxlsxwriter cannot autofit rows, and spreadsheets keep a file's default row height for wrapped
    /// text until the row is edited, so each wrapped sentence gets the height of the lines it needs
    /// in its column (display width over column width, East Asian characters counting double).
    private func sizeWrappedRows(_ cells: [PositionedCell], widths: [Int: Double],
                                 cellWriter: CellRenderer) throws(ReportWriterError) {
        let lineHeight = 15.0
        for placed in cells where placed.cell.style.role == .paragraph {
            guard let width = widths[placed.address.column], width > 1,
                  let (row, _) = Grid.indices(of: placed.address) else { continue }
            let lines = (Double(DisplayWidth.of(placed.cell.approximateDisplay)) / (width - 1)).rounded(.up)
            guard lines > 1 else { continue }
            try cellWriter.check(worksheet_set_row(worksheet, row, lines * lineHeight, nil), at: placed.address)
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
