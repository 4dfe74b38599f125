import Analysis

/// The Correlation sheet: the ToolPak's matrix of Pearson's r (`CORREL`, toolpak.md §3.3), then what
/// Japanese courses add: the complete pairs per entry, the p-value of the test of no correlation
/// (t = r√((n−2)/(1−r²)), `T.DIST.2T`, referring to the r and n cells above), and Spearman's rank
/// correlation (Pearson's r of the midranks, an array formula of `CORREL` and `RANK.AVG` when both columns
/// are complete) with its p-value (the same t approximation). Right of the tables, a scatter chart per pair
/// of two to four variables.
public struct CorrelationLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out `matrix`, whose variables sit in `ranges` on the data sheet (same order as its names);
    /// `shadedByStrength` colours each r by its strength (see `CorrelationShading`).
    ///
    /// `values`: the columns' values (same order as `ranges`), which label each scatter's trendline; empty leaves the
    /// labels to the spreadsheet.
    public init(language: Language, matrix: CorrelationMatrix, ranges: [CellRange], values: [[Double?]] = [],
                shadedByStrength: Bool = false) {
        typealias Extra = Labels.AssociationExtras
        let names = matrix.names
        let reference = { (index: Int) in index < ranges.count ? ranges[index].reference() : "" }
        let offDiagonal = { (i: Int, j: Int, make: (CorrelationMatrix.Pair) -> ReportCell?) -> ReportCell? in
            guard i != j, let pair = matrix.pair(i, j) else { return nil }
            return make(pair)
        }
        var top = 2
        let pearson = LowerTriangle(top: top, heading: nil, names: names) { i, j in
            i == j ? .number(1) : offDiagonal(i, j) { pair in
                FigureCell.make(.call("CORREL", reference(i), reference(j)), pair.pearson, format: .decimals(4),
                                undefined: .divisionByZero,
                                style: CellStyle(fill: shadedByStrength ? CorrelationShading.fill(for: pair.pearson) : nil))
            }
        }
        top += pearson.height + 1
        let counts = LowerTriangle(top: top, heading: Extra.pairCount.text(language), names: names) { i, j in
            offDiagonal(i, j) { pair in
                .formula(Formula("SUMPRODUCT(ISNUMBER(\(reference(i)))*ISNUMBER(\(reference(j))))"),
                         cached: Double(pair.count), format: .integer)
            }
        }
        top += counts.height + 1
        let pValues = LowerTriangle(top: top, heading: Extra.pearsonPValue.text(language), names: names) { i, j in
            offDiagonal(i, j) { pair in
                Self.noCorrelationP(r: pearson.address(i, j), n: counts.address(i, j), pair)
            }
        }
        top += pValues.height + 1
        let spearman = LowerTriangle(top: top, heading: Extra.spearman.text(language), names: names) { i, j in
            i == j ? .number(1) : offDiagonal(i, j) { pair in
                guard let rho = pair.spearman else { return nil }
                // ρ is Pearson's r of the midranks: CORREL(RANK.AVG(x,x),RANK.AVG(y,y)) entered as an array formula.
                // With a blank in either column RANK.AVG would rank the blank (or fail) and the ranks would
                // not be those of the complete pairs, so such a pair keeps our value.
                guard i < ranges.count, j < ranges.count, pair.count == ranges[i].rowCount, pair.count == ranges[j].rowCount else {
                    return .number(rho, format: .decimals(4))
                }
                let (x, y) = (reference(i), reference(j))
                return .formula(Formula("CORREL(RANK.AVG(\(x),\(x)),RANK.AVG(\(y),\(y)))", array: true), cached: rho, format: .decimals(4))
            }
        }
        top += spearman.height + 1
        let spearmanP = LowerTriangle(top: top, heading: Extra.spearmanPValue.text(language), names: names) { i, j in
            // The same t approximation as Pearson's p, from the ρ and n cells above.
            offDiagonal(i, j) { pair in
                guard let p = pair.spearmanPValue, let rho = pair.spearman else { return nil }
                let rhoCell = spearman.address(i, j)
                if p == 0, abs(rho) == 1 { return .number(0, format: .pValue) }
                let style = p < ReadingLayout.significanceLevel ? CellStyle(role: .emphasis) : .body
                return ReportCell(.formula(Self.tTestP(r: rhoCell, n: counts.address(i, j)), cached: .number(p)), format: .pValue, style: style)
            }
        }
        let title = Labels.Association.correlationTitle.text(language)
        let blocks = [ReportBlock(at: CellAddress(row: 0, column: 0), .title(title))]
            + [pearson, counts, pValues, spearman, spearmanP].map(\.block)
        let charts = CorrelationScatterCharts.specs(language: language, names: names, ranges: ranges, values: values,
                                                    from: CellAddress(row: 2, column: ChartPlacement.columnRight(of: blocks)))
        sheet = ReportSheet(name: title, blocks: blocks, charts: charts)
    }

    /// p = T.DIST.2T(|t|, n−2); at |r| = 1 the t is infinite, so the p of 0 is written as a number.
    private static func noCorrelationP(r: String, n: String, _ pair: CorrelationMatrix.Pair) -> ReportCell? {
        guard let p = pair.pearsonPValue else { return nil }
        if p == 0, let r = pair.pearson, abs(r) == 1 { return .number(0, format: .pValue) }
        let style = p < ReadingLayout.significanceLevel ? CellStyle(role: .emphasis) : .body
        return ReportCell(.formula(tTestP(r: r, n: n), cached: .number(p)), format: .pValue, style: style)
    }

    /// p of the test of no correlation from the cells holding r (or ρ) and n: t = r√((n−2)/((1−r)(1+r))) on n − 2 df.
    private static func tTestP(r: String, n: String) -> Formula {
        Formula("T.DIST.2T(ABS(\(r)*SQRT((\(n)-2)/((1-\(r))*(1+\(r))))),\(n)-2)")
    }
}
