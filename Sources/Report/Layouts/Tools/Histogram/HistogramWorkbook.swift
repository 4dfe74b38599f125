/// The result workbook of `bunseki histogram`: the data sheet, the ToolPak's Histogram sheet with a
/// chart per column, and the Reading sheet.
public enum HistogramWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - columns: the columns to count, values in data-row order (nil for a missing cell).
    ///   - upperEdges: the user's bin edges, used for every column; nil chooses nice bins per column.
    ///   - pareto: adds the ToolPak's Pareto (sorted histogram) table and a chart of it per column.
    ///   - categories: text columns, counted by their levels, largest first (with `pareto`).
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn],
                                categories: [CategoryDataSheet.Column] = [], upperEdges: [Double]?,
                                pareto: Bool = false, title: String = "") -> ReportDocument {
        // Text columns need their labels on the data sheet; without them the sheet is the plain numeric one.
        let dataSheet: ReportSheet, numberRanges: [CellRange], labelRanges: [CellRange]
        if categories.isEmpty {
            let layout = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
            (dataSheet, numberRanges, labelRanges) = (layout.sheet, layout.columnRanges, [])
        } else {
            let layout = CategoryDataSheet(language: language, sourceRows: sourceRows, numbers: columns, columns: categories)
            (dataSheet, numberRanges, labelRanges) = (layout.sheet, layout.numberRanges, layout.columnRanges)
        }
        var variables: [HistogramLayout.Variable] = []
        var findings: [String] = []
        var warnings: [String] = []
        for (column, range) in zip(columns, numberRanges) {
            let values = column.values.compactMap { $0 }
            if column.isDate {
                // Dates are binned by calendar month or year; --bins edges (numbers) do not apply to them.
                guard let dates = DateBins(serials: values) else { continue }
                variables.append(HistogramLayout.Variable(name: column.name, range: range, values: values, dates: dates))
                findings += HistogramReading.dates(language: language, name: column.name, serials: values, bins: dates)
                continue
            }
            guard let (bins, automatic) = Self.bins(values: values, upperEdges: upperEdges) else { continue }
            variables.append(HistogramLayout.Variable(name: column.name, range: range, values: values, bins: bins))
            let reading = HistogramReading(language: language, name: column.name, values: values, bins: bins,
                                           chosenByUser: !automatic, pareto: pareto)
            findings += reading.findings
            warnings += reading.warnings.filter { !warnings.contains($0) }
        }
        let levels = zip(categories, labelRanges).map { column, range in
            HistogramLayout.Levels(name: column.name, range: range, labels: column.labels)
        }
        for column in categories {
            findings += HistogramReading.levels(language: language, name: column.name,
                                                levels: OverviewFrequencyLayout.levelCounts(column.labels))
        }
        return ReportDocument(sheets: [
            dataSheet,
            HistogramLayout(language: language, variables: variables, levels: levels, pareto: pareto).sheet,
            ReadingLayout.sheet(language: language, findings: findings, warnings: warnings),
        ], properties: .init(title: title))
    }

    /// The bins of one column: the user's edges when given, else nice automatic ones (`automatic` true);
    /// nil when there is nothing to count.
    public static func bins(values: [Double], upperEdges: [Double]?) -> (bins: HistogramBins, automatic: Bool)? {
        if let upperEdges, let chosen = HistogramBins(values: values, upperEdges: upperEdges) { return (chosen, false) }
        return HistogramBins(values: values).map { ($0, true) }
    }
}
