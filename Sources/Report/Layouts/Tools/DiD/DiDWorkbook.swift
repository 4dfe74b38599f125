import Analysis

/// The result workbook of `bunseki did`: the data sheet (row numbers, the value, the group, period and
/// unit labels, then the indicators 処置, 事後 and 処置×事後 as live `IF` formulas over the labels), the
/// DiD sheet and the Reading sheet.
///
/// The DiD sheet: the 2×2 table of means (`AVERAGEIFS` over the indicators) with its differences and
/// the DiD estimate, the counts (`COUNTIFS`); the regression `V ~ 処置 + 事後 + 処置×事後` whose
/// estimate and classical SE are `INDEX(LINEST(…))`, HC1 and cluster SEs plain numbers (no worksheet
/// function), t, df, p and interval as formulas from them; the two weaker designs (differences from the
/// table's cells); the pre-period slope difference; the means by period (`AVERAGEIFS`) and a line chart.
public enum DiDWorkbook {
    /// The labels of one analysis.
    public struct Columns: Sendable {
        public var value: DataColumn
        public var group: CategoryDataSheet.Column
        public var period: CategoryDataSheet.Column
        public var unit: CategoryDataSheet.Column?
        public var treatedLevel: String
        public var afterLevels: [String]

        public init(value: DataColumn, group: CategoryDataSheet.Column, period: CategoryDataSheet.Column,
                    unit: CategoryDataSheet.Column?, treatedLevel: String, afterLevels: [String]) {
            self.value = value
            self.group = group
            self.period = period
            self.unit = unit
            self.treatedLevel = treatedLevel
            self.afterLevels = afterLevels
        }
    }

    /// Builds the document.
    public static func document(language: Language, sourceRows: [Int], columns: Columns, result: DifferenceInDifferences,
                                alpha: Double = 0.05, title: String = "") -> ReportDocument {
        typealias L = Labels.DiD
        let labels = [columns.group, columns.period] + (columns.unit.map { [$0] } ?? [])
        let data = CategoryDataSheet(language: language, sourceRows: sourceRows, numbers: [columns.value], columns: labels)
        let n = sourceRows.count
        let groupColumn = data.columnRanges[0].first.column, periodColumn = data.columnRanges[1].first.column
        let firstIndicator = 2 + labels.count
        let quoted = { (s: String) in "\"\(s.replacingOccurrences(of: "\"", with: "\"\""))\"" }
        // Cell addresses inside the block are relative to its origin (column firstIndicator); formulas are absolute.
        var cells: [PositionedCell] = []
        let headerStyle = CellStyle(role: .header, borders: .bottom)
        for (k, label) in [L.treatedIndicator, .afterIndicator, .interaction].enumerated() {
            cells.append(PositionedCell(CellAddress(row: 0, column: k), .text(label.text(language), style: headerStyle)))
        }
        let treatedLabels = columns.group.labels, periodLabels = columns.period.labels
        let afterSet = Set(columns.afterLevels)
        for i in 0..<n {
            let row = i + 1
            let g = CellAddress(row: row, column: groupColumn).a1(), p = CellAddress(row: row, column: periodColumn).a1()
            let t = treatedLabels[i] == columns.treatedLevel ? 1.0 : 0.0
            let a = periodLabels[i].map { afterSet.contains($0) } == true ? 1.0 : 0.0
            let afterTest = columns.afterLevels.count == 1 ? "\(p)=\(quoted(columns.afterLevels[0]))"
                : "OR(\(columns.afterLevels.map { "\(p)=\(quoted($0))" }.joined(separator: ",")))"
            cells.append(PositionedCell(CellAddress(row: row, column: 0),
                                        .formula(Formula("IF(\(g)=\(quoted(columns.treatedLevel)),1,0)"), cached: t, format: .integer)))
            cells.append(PositionedCell(CellAddress(row: row, column: 1),
                                        .formula(Formula("IF(\(afterTest),1,0)"), cached: a, format: .integer)))
            cells.append(PositionedCell(CellAddress(row: row, column: 2),
                                        .formula(Formula("\(CellAddress(row: row, column: firstIndicator).a1())*\(CellAddress(row: row, column: firstIndicator + 1).a1())"),
                                                 cached: t * a, format: .integer)))
        }
        var dataSheet = data.sheet
        dataSheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: firstIndicator), .cells(cells)))
        let rows = 1..<(n + 1)
        let on = dataSheet.name
        let v = data.numberRanges[0].reference()
        let tr = CellRange.column(firstIndicator, rows: rows, on: on).reference()
        let af = CellRange.column(firstIndicator + 1, rows: rows, on: on).reference()
        let xs = CellRange(sheet: on, first: CellAddress(row: 1, column: firstIndicator),
                           last: CellAddress(row: n, column: firstIndicator + 2)).reference()
        let periodRange = data.columnRanges[1].reference()
        let layout = DiDLayout(language: language, result: result, alpha: alpha,
                               ranges: .init(value: v, treated: tr, after: af, design: xs, period: periodRange),
                               treatedLevel: columns.treatedLevel, periodName: columns.period.name)
        let reading = DiDReading(language: language, result: result, alpha: alpha, treatedLevel: columns.treatedLevel,
                                 afterLevels: columns.afterLevels)
        return ReportDocument(sheets: [dataSheet, layout.sheet,
                                       ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings)],
                              properties: .init(title: title))
    }
}

