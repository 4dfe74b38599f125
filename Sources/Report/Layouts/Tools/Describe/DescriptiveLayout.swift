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
    /// Shapiro–Wilk's W and p for the line `describe` adds below the ToolPak's rows (nil values where the test
    /// does not apply); nil for no such line.
    var shapiroWilk: (w: Double?, p: Double?)? { get }
}

extension DescriptiveFigures {
    /// No Shapiro–Wilk line unless a conforming type gives one.
    public var shapiroWilk: (w: Double?, p: Double?)? { nil }
}

/// The Descriptive Statistics sheet (toolpak.md §3.1): one two-column block per variable, side by
/// side, rows in the ToolPak's order, each figure a live formula over the data sheet with our value cached.
public struct DescriptiveLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out the sheet for variables whose data sit in `ranges` (from `DataSheetLayout`).
    ///
    /// - Parameter dataDecimals: each variable's decimals as entered (`DataSheetLayout.columnDecimals`); figures in
    ///   the data's units are shown from there (the number-format policy in `NumberFormat.swift`). Without it they
    ///   show 4 significant digits.
    /// - Parameter dates: per variable, whether it is a date column: its mean, median, mode, minimum, maximum and k-th
    ///   values are then shown as dates; spreads stay in days.
    public init(language: Language, variables: [(name: String, range: CellRange, figures: any DescriptiveFigures)],
                dataDecimals: [Int]? = nil, dates: [Bool] = []) {
        let tableTop = CellAddress(row: 2, column: 0)
        let blocks = variables.enumerated().map { index, variable in
            let decimals = dataDecimals.flatMap { index < $0.count ? $0[index] : nil }
            return ReportBlock(at: tableTop.offset(columns: 2 * index),
                               .table(Self.table(language, name: variable.name, range: variable.range, figures: variable.figures,
                                                 dataDecimals: decimals, isDate: index < dates.count && dates[index])))
        }
        let title = ReportBlock(at: CellAddress(row: 0, column: 0), .title(Labels.Descriptive.title.text(language)))
        // W and p have no worksheet function, so they are values; the note under the tables says so.
        let notes = variables.contains { $0.figures.shapiroWilk != nil }
            ? [ReportBlock(at: tableTop.offset(rows: 1 + (blocks.map(\.height).max() ?? 0)),
                           .notes([Labels.Normality.shapiroWilkIsValue.text(language)]))] : []
        sheet = ReportSheet(name: Labels.Descriptive.title.text(language), blocks: [title] + blocks + notes,
                            options: SheetOptions(frozenRows: 3))
    }

    /// The figures of a date column that are dates themselves (with the k-th largest and smallest); the others are
    /// numbers of days (spreads) or meaningless as dates (sum, skewness).
    public static let dateValued: Set<Labels.Descriptive> = [.mean, .median, .mode, .minimum, .maximum]

    /// The format of a row (the policy in `NumberFormat.swift`): values taken from the data (mode, minimum, maximum,
    /// range, sum) with the data's decimals, the median one more (a midpoint of two values), means and spreads two
    /// more; variance, kurtosis and skewness are statistics at 4 significant digits.
    static func format(of statistic: Labels.Descriptive, value: Double?, dataDecimals: Int?, isDate: Bool = false) -> NumberFormat {
        if isDate, dateValued.contains(statistic) { return .date }
        let extra: Int?
        switch statistic {
        case .count: return .integer
        case .sampleVariance, .kurtosis, .skewness, .title: extra = nil
        case .mode, .range, .minimum, .maximum, .sum: extra = 0
        case .median: extra = 1
        case .mean, .standardError, .standardDeviation: extra = 2
        }
        guard let extra, let dataDecimals else { return .significant(value ?? 0) }
        return .measured(dataDecimals: dataDecimals, extra: extra)
    }

    private static func table(_ language: Language, name: String, range: CellRange,
                              figures: any DescriptiveFigures, dataDecimals: Int?, isDate: Bool = false) -> ReportTable {
        let formulas = DescriptiveFormulas(range: range)
        var rows: [ReportTable.Row] = Labels.Descriptive.allCases.compactMap { statistic in
            guard let formula = formulas.formula(for: statistic) else { return nil }
            let undefined: SpreadsheetError = statistic == .mode ? .notAvailable : .divisionByZero
            let format = Self.format(of: statistic, value: figures.value(of: statistic), dataDecimals: dataDecimals, isDate: isDate)
            return ReportTable.Row(statistic.text(language),
                                   [FigureCell.make(formula, figures.value(of: statistic), format: format, undefined: undefined)])
        }
        if let (k, value) = figures.largest {
            rows.append(.init(Labels.largest(k, language),
                              [FigureCell.make(formulas.largest(k), value, format: Self.format(of: .maximum, value: value, dataDecimals: dataDecimals, isDate: isDate),
                                               undefined: .number)]))
        }
        if let (k, value) = figures.smallest {
            rows.append(.init(Labels.smallest(k, language),
                              [FigureCell.make(formulas.smallest(k), value, format: Self.format(of: .minimum, value: value, dataDecimals: dataDecimals, isDate: isDate),
                                               undefined: .number)]))
        }
        if let (level, halfWidth) = figures.confidence {
            rows.append(.init(Labels.confidenceLevel(level, language),
                              [FigureCell.make(formulas.confidenceHalfWidth(level: level), halfWidth,
                                               format: Self.format(of: .standardError, value: halfWidth, dataDecimals: dataDecimals),
                                               undefined: .divisionByZero)]))
        }
        if let (w, p) = figures.shapiroWilk {
            let absent = ReportCell(.value(.error(.notAvailable)))
            rows.append(.init(Labels.Normality.shapiroWilkW.text(language), [w.map { .number($0, format: .decimals(4)) } ?? absent]))
            rows.append(.init(Labels.Normality.shapiroWilkP.text(language), [p.map { .number($0, format: .pValue) } ?? absent]))
        }
        return ReportTable(columnHeaders: [name, ""], rows: rows)
    }
}

/// Builds figure cells: a live formula with our value cached, or the spreadsheet error Excel shows
/// when the figure is undefined.
enum FigureCell {
    static func make(_ formula: Formula, _ value: Double?, format: NumberFormat,
                     undefined: SpreadsheetError, style: CellStyle = .body) -> ReportCell {
        let cached: ReportValue = value.map { ReportValue.number($0) } ?? .error(undefined)
        return ReportCell(.formula(formula, cached: cached.spreadsheetSafe), format: format, style: style)
    }
}
