import CXlsxWriter
import Report

/// Renders one report sheet: cells, column widths, frozen panes, input validation and protection.
struct SheetRenderer {
    let sheet: ReportSheet
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let formats: FormatTable
    let strings: CStringPool

    /// True when the workbook was opened in libxlsxwriter's `constant_memory` mode: each row goes to disk
    /// when the next one starts, so rows must come in order and a row's height must be set before the row is left.
    let constantMemory: Bool
    /// Where written cells are counted for a progress line, if one is shown.
    var written: WrittenCells? = nil

    func render() throws(ReportWriterError) {
        let cells: SheetCellOrder
        do {
            cells = try SheetCellOrder(sheet)
        } catch {
            throw .invalidLayout(error)
        }
        let cellWriter = CellRenderer(worksheet: worksheet, sheetName: sheet.name, formats: formats)
        // Column widths are set after the cells, in the order the writer has always made its calls, so the bytes of
        // a small workbook do not change; they are measured row by row as the cells are written, so that a run's
        // rows are made once. A wrapped sentence's row height depends on its column's width: in the normal mode
        // those heights are set after all cells, from the final widths; in `constant_memory` mode a row's height
        // must be set before the row is left, so a sheet with sentences to wrap is measured whole first.
        let measuredFirst = constantMemory && cells.hasParagraphs
        var widths = measuredFirst ? cells.columnWidths(hints: sheet.options.minimumColumnWidths)
                                   : sheet.options.minimumColumnWidths
        var paragraphs: [PositionedCell] = []
        try cells.forEachRow(sheet: sheet.name) { (rowCells: [PositionedCell]) throws(ReportWriterError) in
            if !measuredFirst { widths = ColumnWidths.estimate(for: rowCells, hints: widths) }
            if constantMemory, let wrapped = wrappedHeight(of: rowCells, widths: widths) {
                // The row is still the one in memory only until a later row is written.
                try cellWriter.check(worksheet_set_row(worksheet, wrapped.row, wrapped.height, nil), at: wrapped.address)
            }
            for placed in rowCells {
                try cellWriter.write(placed)
                written?.add()
                if let validation = placed.cell.validation {
                    try cellWriter.check(addValidation(validation, at: placed.address), at: placed.address)
                }
                if !constantMemory && placed.cell.style.role == .paragraph { paragraphs.append(placed) }
            }
        }
        let wrappedRows = paragraphs.compactMap { wrappedHeight(of: CollectionOfOne($0), widths: widths) }
        for (column, width) in widths.sorted(by: { $0.key < $1.key }) {
            // Width hints for columns off the grid have nothing to size.
            guard let (_, index) = Grid.indices(of: CellAddress(row: 0, column: column)) else { continue }
            try cellWriter.check(worksheet_set_column(worksheet, index, index, width, nil),
                                 at: CellAddress(row: 0, column: column))
        }
        for wrapped in wrappedRows {
            try cellWriter.check(worksheet_set_row(worksheet, wrapped.row, wrapped.height, nil), at: wrapped.address)
        }
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
    /// Of several wrapped sentences in one row the last (rightmost) that needs more than one line decides,
    /// as when each one set the row's height in turn.
    private func wrappedHeight(of rowCells: some Sequence<PositionedCell>,
                               widths: [Int: Double]) -> (row: lxw_row_t, height: Double, address: CellAddress)? {
        let lineHeight = 15.0
        var result: (row: lxw_row_t, height: Double, address: CellAddress)?
        for placed in rowCells where placed.cell.style.role == .paragraph {
            guard let width = widths[placed.address.column], width > 1,
                  let (row, _) = Grid.indices(of: placed.address) else { continue }
            let lines = (Double(DisplayWidth.of(placed.cell.approximateDisplay)) / (width - 1)).rounded(.up)
            guard lines > 1 else { continue }
            result = (row, lines * lineHeight, placed.address)
        }
        return result
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

/// A sheet's cells in the order they are written: row by row, left to right.
private enum SheetCellOrder {
    /// Sorted keys over the blocks' own cells (no copy of the cells), runs merged in row by row.
    case streamed(RowOrderedCells)
    /// Some cell lies off the grid: the laid-out copy, so that writing fails at that cell with the usual message.
    case laidOut([PositionedCell])

    init(_ sheet: ReportSheet) throws(ReportLayoutError) {
        if let ordered = try RowOrderedCells(sheet) {
            self = .streamed(ordered)
        } else {
            self = .laidOut(try sheet.laidOutCells())
        }
    }

    func forEachRow(sheet: String, _ body: ([PositionedCell]) throws(ReportWriterError) -> Void) throws(ReportWriterError) {
        switch self {
        case .streamed(let cells):
            try cells.forEachRow(sheet: sheet, body)
        case .laidOut(let cells):
            var start = 0
            while start < cells.count {
                var end = start + 1
                while end < cells.count && cells[end].address.row == cells[start].address.row { end += 1 }
                try body(Array(cells[start..<end]))
                start = end
            }
        }
    }

    var hasParagraphs: Bool {
        switch self {
        case .streamed(let cells): return cells.hasParagraphs
        case .laidOut(let cells): return cells.contains { $0.cell.style.role == .paragraph }
        }
    }

    func columnWidths(hints: [Int: Double]) -> [Int: Double] {
        switch self {
        case .streamed(let cells): return cells.columnWidths(hints: hints)
        case .laidOut(let cells): return ColumnWidths.estimate(for: cells, hints: hints)
        }
    }
}
