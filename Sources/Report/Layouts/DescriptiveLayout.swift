/// The figures of one variable's descriptive statistics, as the layout needs them.
///
/// `Analysis`'s result type conforms in `DescriptiveFigures+Analysis.swift`; tests may supply reference values.
public protocol DescriptiveFigures {
    /// The figure for a ToolPak row, or nil where it is undefined (no repeated value for the mode,
    /// too few values for kurtosis, …); nil is shown as the error Excel itself shows there.
    func value(of statistic: Labels.Descriptive) -> Double?
    /// `Largest(k)`, when requested.
    var largest: (k: Int, value: Double?)? { get }
    /// `Smallest(k)`, when requested.
    var smallest: (k: Int, value: Double?)? { get }
    /// The confidence level for the mean (0.95) and the interval's half-width, when requested.
    var confidence: (level: Double, halfWidth: Double?)? { get }
}

/// The Descriptive Statistics sheet (toolpak.md §3.1): one two-column block per variable, side by
/// side, rows in the ToolPak's order, each figure a live formula over the data sheet with our value cached.
public struct DescriptiveLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out the sheet for variables whose data sit in `ranges` (from `DataSheetLayout`).
    public init(language: Language, variables: [(name: String, range: CellRange, figures: any DescriptiveFigures)]) {
        let tableTop = CellAddress(row: 2, column: 0)
        let blocks = variables.enumerated().map { index, variable in
            ReportBlock(at: tableTop.offset(columns: 2 * index),
                        .table(Self.table(language, name: variable.name, range: variable.range, figures: variable.figures)))
        }
        let title = ReportBlock(at: CellAddress(row: 0, column: 0), .title(Labels.Descriptive.title.text(language)))
        sheet = ReportSheet(name: Labels.Descriptive.title.text(language), blocks: [title] + blocks,
                            options: SheetOptions(frozenRows: 3))
    }

    private static func table(_ language: Language, name: String, range: CellRange,
                              figures: any DescriptiveFigures) -> ReportTable {
        let formulas = DescriptiveFormulas(range: range)
        var rows: [ReportTable.Row] = Labels.Descriptive.allCases.compactMap { statistic in
            guard let formula = formulas.formula(for: statistic) else { return nil }
            let undefined: SpreadsheetError = statistic == .mode ? .notAvailable : .divisionByZero
            let format: NumberFormat = statistic == .count ? .integer : .significant(figures.value(of: statistic) ?? 0)
            return ReportTable.Row(statistic.text(language),
                                   [FigureCell.make(formula, figures.value(of: statistic), format: format, undefined: undefined)])
        }
        if let (k, value) = figures.largest {
            rows.append(.init(Labels.largest(k, language),
                              [FigureCell.make(formulas.largest(k), value, format: .significant(value ?? 0), undefined: .number)]))
        }
        if let (k, value) = figures.smallest {
            rows.append(.init(Labels.smallest(k, language),
                              [FigureCell.make(formulas.smallest(k), value, format: .significant(value ?? 0), undefined: .number)]))
        }
        if let (level, halfWidth) = figures.confidence {
            rows.append(.init(Labels.confidenceLevel(level, language),
                              [FigureCell.make(formulas.confidenceHalfWidth(level: level), halfWidth,
                                               format: .significant(halfWidth ?? 0), undefined: .divisionByZero)]))
        }
        return ReportTable(columnHeaders: [name, ""], rows: rows)
    }
}

/// Builds figure cells: a live formula with our value cached, or the spreadsheet error Excel shows
/// when the figure is undefined.
enum FigureCell {
    static func make(_ formula: Formula, _ value: Double?, format: NumberFormat,
                     undefined: SpreadsheetError, style: CellStyle = .body) -> ReportCell {
        let cached: CellValue = value.map { CellValue.number($0) } ?? .error(undefined)
        return ReportCell(.formula(formula, cached: cached.spreadsheetSafe), format: format, style: style)
    }
}
