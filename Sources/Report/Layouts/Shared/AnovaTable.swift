import Analysis

/// The ANOVA table the ToolPak prints under each of its ANOVA tools: Source of Variation, SS, df, MS,
/// F, P-value, F crit, in that order, with MS, F, P and F crit as formulas over the cells to their left.
enum AnovaTable {
    /// The header row.
    static func headers(_ language: Language) -> [String] {
        [Labels.Anova.sourceOfVariation, .ss, .df, .ms, .f, .pValue, .fCrit].map { $0.text(language) }
    }

    /// An effect tested against the error row: F = MS/MS_error, P = `F.DIST.RT`, F crit = `F.INV.RT`.
    /// `row` and `errorRow` are the zero-based sheet rows of this row and of the error row; a nil `ss`
    /// writes our value, for sums of squares no worksheet function gives.
    static func tested(_ label: String, ss: Formula?, df: ReportCell, source: ANOVASource, row: Int, errorRow: Int,
                       alpha: Double) -> ReportTable.Row {
        let cell = { (column: Int, sheetRow: Int) in CellAddress(row: sheetRow, column: column).a1() }
        let (f, dfEffect, dfError) = (cell(4, row), cell(2, row), cell(2, errorRow))
        return ReportTable.Row(label, [
            sumOfSquares(ss, source),
            df,
            TestSheet.figure(Formula("\(cell(1, row))/\(dfEffect)"), source.meanSquare),
            TestSheet.figure(Formula("\(cell(3, row))/\(cell(3, errorRow))"), source.f),
            TestSheet.pValue(Formula("F.DIST.RT(\(f),\(dfEffect),\(dfError))"), source.pValue, alpha: alpha),
            TestSheet.figure(Formula("F.INV.RT(\(FormulaNumber.text(alpha)),\(dfEffect),\(dfError))"), source.fCritical),
        ])
    }

    /// The error (within) row: SS (our value when `ss` is nil), df, MS.
    static func error(_ label: String, ss: Formula?, df: ReportCell, source: ANOVASource, row: Int) -> ReportTable.Row {
        ReportTable.Row(label, [
            sumOfSquares(ss, source),
            df,
            TestSheet.figure(Formula("\(CellAddress(row: row, column: 1).a1())/\(CellAddress(row: row, column: 2).a1())"),
                             source.meanSquare),
        ])
    }

    /// The Total row (after a blank row, as the ToolPak prints it): SS and df.
    static func total(_ language: Language, ss: Formula, df: Formula, source: ANOVASource) -> [ReportTable.Row] {
        [ReportTable.Row("", []),
         ReportTable.Row(Labels.Anova.total.text(language), [
             TestSheet.figure(ss, source.sumOfSquares),
             TestSheet.figure(df, Double(source.degreesOfFreedom), format: .integer),
         ])]
    }

    private static func sumOfSquares(_ formula: Formula?, _ source: ANOVASource) -> ReportCell {
        formula.map { TestSheet.figure($0, source.sumOfSquares) }
            ?? .number(source.sumOfSquares, format: .significant(source.sumOfSquares))
    }

    /// A df that is a count of levels rather than a computed figure.
    static func constant(_ df: Int) -> ReportCell { .number(Double(df), format: .integer) }
}
