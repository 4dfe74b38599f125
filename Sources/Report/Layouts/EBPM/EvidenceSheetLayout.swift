/// One key figure of a result workbook, for the evidence worksheet's 結果 rows: what it is, its value and
/// where it came from (file, sheet and cell), so a reader can find it again.
public struct EvidenceFigure: Codable, Sendable, Hashable {
    /// What the figure is, e.g. `平均 (待ち時間)` or `推定値 (通常 (均一分散))`.
    public var item: String
    /// The value as the result workbook holds it.
    public var value: Double
    /// How it is shown.
    public var format: NumberFormat
    /// The result workbook's file name.
    public var file: String
    /// The sheet of the result workbook.
    public var sheet: String
    /// The cell (A1 form).
    public var cell: String

    /// Creates a figure.
    public init(item: String, value: Double, format: NumberFormat = .general, file: String, sheet: String, cell: String) {
        self.item = item
        self.value = value
        self.format = format
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    /// `did.xlsx 差の差分析!C7`: the place written beside the value.
    public var source: String { "\(file) \(sheet)!\(cell)" }
}

/// The evidence worksheet (根拠シート): a one-page logic-model form from the problem (課題) to how the
/// measure's effect will be measured (効果の測り方). Yellow input cells with a short hint beside each row;
/// the 結果 rows hold the figures of result workbooks when given, else blank input rows.
public enum EvidenceSheetLayout {
    /// Columns: margin, section and item, content (input), indicator, data source, unit, hint.
    static let widths: [Int: Double] = [0: 2, 1: 24, 2: 34, 3: 22, 4: 22, 5: 9, 6: 50]
    /// Blank 結果 rows without figures.
    public static let blankResultRows = 4
    static let sectionFill: UInt32 = 0xDDEBF7
    static let lastColumn = 6

    /// The worksheet; `figures` nil or empty leaves the 結果 rows blank for filling in by hand.
    public static func sheet(language: Language, figures: [EvidenceFigure] = []) -> ReportSheet {
        typealias L = Labels.EvidenceSheet
        typealias H = Labels.EvidenceHint
        var cells: [PositionedCell] = []
        var row = 0
        func put(_ column: Int, _ cell: ReportCell) { cells.append(PositionedCell(CellAddress(row: row, column: column), cell)) }
        func input(validation: InputValidation? = nil) -> ReportCell {
            ReportCell(.empty, style: CellStyle(role: .input), validation: validation)
        }
        func hint(_ text: H) { put(lastColumn, .text(text.text(language), style: CellStyle(role: .paragraph))) }
        func section(_ title: L) {
            row += 1
            // The title sits in the item column (wide enough for it); the narrow first column only indents the items.
            for column in 0...lastColumn where column != 1 { put(column, .blank(style: CellStyle(borders: .bottom, fill: sectionFill))) }
            put(1, .text(title.text(language), style: CellStyle(role: .emphasis, borders: .bottom, fill: sectionFill)))
            row += 1
        }
        /// A labelled row whose content spans the four input columns.
        func line(_ label: L, _ text: H, validation: InputValidation? = nil) {
            put(1, .text(label.text(language)))
            put(2, input(validation: validation))
            for column in 3...5 { put(column, input()) }
            hint(text)
            row += 1
        }
        func heads(_ labels: [L], from column: Int) {
            for (offset, label) in labels.enumerated() {
                put(column + offset, .text(label.text(language), style: CellStyle(role: .header, borders: .bottom)))
            }
            put(lastColumn, .text(L.hintHead.text(language), style: CellStyle(role: .header, borders: .bottom)))
            row += 1
        }

        put(0, .text(L.title.text(language), style: CellStyle(role: .title)))
        row += 1
        put(0, .text(L.instructions.text(language), style: CellStyle(role: .note)))
        row += 1

        section(.problem)
        line(.currentState, .currentState)
        line(.problemStatement, .problemStatement)

        section(.hypothesis)
        line(.hypothesisText, .hypothesis)

        section(.logicModel)
        heads([.stage, .content, .indicator, .dataSource, .unit], from: 1)
        let stages: [(L, H)] = [(.inputs, .inputs), (.activities, .activities), (.outputs, .outputs),
                                (.outcomes, .outcomes), (.impact, .impact)]
        for (stage, text) in stages {
            let arrow = stage == .inputs ? "" : "→ "
            put(1, .text(arrow + stage.text(language)))
            for column in 2...5 { put(column, input()) }
            hint(text)
            row += 1
        }

        section(.data)
        line(.dataFile, .dataFile)
        line(.dataScope, .dataScope)

        section(.analysis)
        line(.tool, .tool)
        line(.columns, .columns)

        section(.results)
        heads([.resultItem, .resultValue, .resultSource, .resultReading], from: 1)
        if figures.isEmpty {
            for index in 0..<blankResultRows {
                for column in 1...5 { put(column, input()) }
                if index == 0 { hint(.results) }
                row += 1
            }
        } else {
            for (index, figure) in figures.enumerated() {
                put(1, .text(figure.item))
                put(2, .number(figure.value, format: figure.format))
                put(3, .text(figure.source, style: CellStyle(role: .note)))
                put(4, input())
                put(5, input())
                if index == 0 { hint(.results) }
                row += 1
            }
        }

        section(.proposal)
        line(.proposalText, .proposal)

        section(.effect)
        let designs: [L] = [.designDiD, .designBeforeAfter, .designComparison]
        line(.design, .design, validation: .list(designs.map { $0.text(language) }))
        line(.effectIndicator, .effectIndicator)
        line(.timing, .timing)

        return ReportSheet(name: L.sheet.text(language), blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                           options: SheetOptions(minimumColumnWidths: widths, pageSetup: .onePageA4Landscape))
    }
}

/// The workbook of `bunseki ebpm-sheet`: the evidence worksheet alone.
public enum EvidenceSheetWorkbook {
    /// The document.
    public static func document(language: Language, figures: [EvidenceFigure] = []) -> ReportDocument {
        ReportDocument(sheets: [EvidenceSheetLayout.sheet(language: language, figures: figures)],
                       properties: .init(title: Labels.EvidenceSheet.title.text(language)))
    }
}
