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
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn], upperEdges: [Double]?,
                                pareto: Bool = false, title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        var variables: [HistogramLayout.Variable] = []
        var findings: [String] = []
        var warnings: [String] = []
        for (column, range) in zip(columns, data.columnRanges) {
            let values = column.values.compactMap { $0 }
            guard let (bins, automatic) = Self.bins(values: values, upperEdges: upperEdges) else { continue }
            variables.append(HistogramLayout.Variable(name: column.name, range: range, values: values, bins: bins))
            let reading = HistogramReading(language: language, name: column.name, values: values, bins: bins,
                                           chosenByUser: !automatic, pareto: pareto)
            findings += reading.findings
            warnings += reading.warnings.filter { !warnings.contains($0) }
        }
        return ReportDocument(sheets: [
            data.sheet,
            HistogramLayout(language: language, variables: variables, pareto: pareto).sheet,
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
