import Analysis

/// Cells and the chart the rank-test sheets share.
enum RankTestCells {
    /// The two-sided p-value: `2*NORM.S.DIST(-ABS(z),TRUE)` over the z cell for the normal approximation,
    /// else our exact value (no worksheet function gives it); bold below α.
    static func pValue(_ value: Double?, method: RankTestMethod, z: String, alpha: Double) -> ReportCell {
        guard method == .normal else {
            let significant = value.map { $0 < alpha } ?? false
            return value.map { .number($0, format: .pValue, style: significant ? CellStyle(role: .emphasis) : .body) }
                ?? FigureCell.make(Formula("NA()"), nil, format: .pValue, undefined: .notAvailable)
        }
        return TestSheet.pValue(Formula("2*NORM.S.DIST(-ABS(\(z)),TRUE)"), value, alpha: alpha)
    }

    /// How the p-value was found, in words.
    static func methodText(_ method: RankTestMethod, _ language: Language) -> String {
        switch method {
        case .exact: Labels.RankTests.methodExact.text(language)
        case .permutation: Labels.RankTests.methodPermutation.text(language)
        case .normal: Labels.RankTests.methodNormal.text(language)
        }
    }

    /// Moves the sheet's notes below a chart anchored at `chartTop` to the right of its tables: a note is one long
    /// line that overflows to the right, and the chart would hide its end.
    static func notesBelowChart(_ sheet: inout ReportSheet, chartTop: Int) {
        for index in sheet.blocks.indices {
            guard case .notes = sheet.blocks[index].content else { continue }
            sheet.blocks[index].origin.row = max(sheet.blocks[index].origin.row, chartTop + ChartPlacement.rowStep)
        }
    }

    /// A scatter of each sample's values (up) against their ranks among all samples (across), a series per
    /// sample: where one sample's points sit left of another's, its values tend to be smaller, which is what
    /// the rank tests measure.
    static func valuesByRank(names: [String], values: [CellRange], ranks: [CellRange], anchor: CellAddress,
                             _ language: Language) -> ChartSpec {
        typealias R = Labels.RankTests
        return ChartSpec(kind: .scatter, title: R.valuesByRank.text(language), xAxisTitle: R.rank.text(language),
                         yAxisTitle: R.value.text(language),
                         series: zip(names, zip(values, ranks)).map { name, ranges in
                             .init(name: name, categories: ranges.1, values: ranges.0)
                         }, showsLegend: true, anchor: anchor)
    }
}
