/// Two-factor ANOVA of long-format data (one row per case: a value and two category labels) with any
/// cell sizes, by least squares rather than the ToolPak's balanced-grid formulas.
///
/// Method: the linear model y ~ A + B (+ A×B) on sum-to-zero coded indicators (`EffectCoding`) is fitted
/// by the double-double Householder QR of `LeastSquaresFit`; each effect's SS is the rise in the
/// residual SS when its columns leave the model (Searle 1987, ch. 4; Fox & Weisberg 2019, §5.3.4):
/// - Type II: SS(A) = RSS(B) − RSS(A + B), SS(B) = RSS(A) − RSS(A + B), SS(A×B) = RSS(A + B) − RSS(full);
/// - Type III: SS(effect) = RSS(full without the effect) − RSS(full).
/// Every F is tested against the residual ("Within") of the full model. On a balanced design both types
/// equal the ToolPak's sums (`TwoWayANOVA`).
public struct LeastSquaresTwoWayANOVA: Codable, Sendable, Equatable {
    /// The value column's name.
    public let valueName: String
    /// The type of the sums of squares of the effect rows.
    public let sumsOfSquares: SumsOfSquaresType
    /// n, mean and SD by cell and by level.
    public let table: TwoFactorCellTable
    /// The first factor's effect, named after its column.
    public let first: ANOVASource
    /// The second factor's effect, named after its column.
    public let second: ANOVASource
    /// The interaction "A × B"; nil for the model without interaction.
    public let interaction: ANOVASource?
    /// The residual of the full model ("Within"); its MS is the denominator of every F.
    public let within: ANOVASource
    /// DEVSQ of all values on n − 1 df; with unequal cell sizes the rows above need not add up to it.
    public let total: ANOVASource
    /// The α of F crit.
    public let alpha: Double
    /// Rows left out because the value or a label is missing.
    public let droppedRows: [CompleteCases.DroppedRow]
    /// Why a figure is absent.
    public let notes: [AnalysisNote]

    /// Runs the analysis.
    ///
    /// - Parameters:
    ///   - value: the numeric column; nil or non-finite entries drop the row.
    ///   - first, second: the factors; a nil label drops the row. Levels are kept in order of first appearance.
    ///   - interaction: whether the model holds the A × B interaction (then every combination needs data).
    ///   - rowLabels: one label per row for the dropped-row list (default: 1-based positions).
    /// - Throws: `AnalysisError.lengthMismatch` when the columns differ in length, `.singleCategory` when a
    ///   factor has fewer than two levels, `.tooManyCategories` past `DummyCoding.maximumLevels`, `.emptyCell` naming a combination without data (with interaction),
    ///   `.confoundedFactors` when the main effects cannot be separated, `.tooFewObservations` when no
    ///   residual degree of freedom is left, `.invalidParameter` for α outside (0, 1).
    public static func compute(value: Variable, first: CategoricalVariable, second: CategoricalVariable,
                               interaction: Bool = true, sumsOfSquares: SumsOfSquaresType = .typeII,
                               alpha: Double = 0.05, rowLabels: [String]? = nil) throws -> LeastSquaresTwoWayANOVA {
        try validateAlpha(alpha)
        for factor in [first, second] where factor.labels.count != value.values.count {
            throw AnalysisError.lengthMismatch(variable: factor.name, expected: value.values.count, found: factor.labels.count)
        }
        // A label enters listwise deletion as "present or not"; its level is coded from the kept rows,
        // so a level seen only in dropped rows does not become an empty level.
        let presence = { (factor: CategoricalVariable) in Variable(name: factor.name, values: factor.labels.map { $0.map { _ in 0 } }) }
        let complete = try CompleteCases([value, presence(first), presence(second)], rowLabels: rowLabels)
        let dropped = Set(complete.dropped.map(\.index))
        let kept = value.values.indices.filter { !dropped.contains($0) }
        let codings = [first, second].map { factor in
            LevelCoding(labels: kept.map { factor.labels[$0] ?? "" }, preferring: factor.levelOrder)
        }
        for (factor, coding) in zip([first, second], codings) {
            guard coding.levels.count >= 2 else {
                throw AnalysisError.singleCategory(variable: factor.name, level: coding.levels.first)
            }
            // Each level costs model columns, as in regression: a factor of hundreds of levels (an ID
            // column picked by mistake) would fit for many seconds before failing on empty cells.
            guard coding.levels.count <= DummyCoding.maximumLevels else {
                throw AnalysisError.tooManyCategories(variable: factor.name, levels: coding.levels.count,
                                                      limit: DummyCoding.maximumLevels)
            }
        }
        let table = TwoFactorCellTable(values: complete.columns[0], first: codings[0], second: codings[1])
        if interaction {
            for (i, row) in table.cells.enumerated() {
                if let j = row.firstIndex(where: { $0.count == 0 }) {
                    throw AnalysisError.emptyCell(first: first.name, firstLevel: table.firstLevels[i],
                                                  second: second.name, secondLevel: table.secondLevels[j])
                }
            }
        }
        let fits = try ModelComparisons(values: complete.columns[0], coding: EffectCoding(first: codings[0], second: codings[1]),
                                        interaction: interaction, sumsOfSquares: sumsOfSquares,
                                        factorNames: (first.name, second.name))
        return LeastSquaresTwoWayANOVA(valueName: value.name, sumsOfSquares: sumsOfSquares, table: table, fits: fits,
                                       names: (first.name, second.name), alpha: alpha, dropped: complete.dropped)
    }

    private init(valueName: String, sumsOfSquares: SumsOfSquaresType, table: TwoFactorCellTable, fits: ModelComparisons,
                 names: (String, String), alpha: Double, dropped: [CompleteCases.DroppedRow]) {
        let (a, b) = (table.firstLevels.count, table.secondLevels.count)
        let n = table.overall.count
        let tested = { (name: String, ss: DoubleDouble, df: Int) in
            ANOVASource(name: name, sumOfSquares: ss, degreesOfFreedom: df, error: fits.residual,
                        errorDegreesOfFreedom: fits.residualDegreesOfFreedom, alpha: alpha)
        }
        self.valueName = valueName
        self.sumsOfSquares = sumsOfSquares
        self.table = table
        first = tested(names.0, fits.first, a - 1)
        second = tested(names.1, fits.second, b - 1)
        interaction = fits.interaction.map { tested("\(names.0) × \(names.1)", $0, (a - 1) * (b - 1)) }
        within = ANOVASource(name: "Within", sumOfSquares: fits.residual, degreesOfFreedom: fits.residualDegreesOfFreedom)
        total = ANOVASource(name: "Total", sumOfSquares: fits.totalSumOfSquares, degreesOfFreedom: n - 1)
        self.alpha = alpha
        droppedRows = dropped
        notes = fits.residual.hi > 0 ? [] : [AnalysisNote(subject: "F", reason: .zeroErrorVariance)]
    }
}

/// The least-squares fits whose residual sums of squares give the effects' sums of squares.
private struct ModelComparisons {
    let first: DoubleDouble
    let second: DoubleDouble
    let interaction: DoubleDouble?
    let residual: DoubleDouble
    let residualDegreesOfFreedom: Int
    let totalSumOfSquares: DoubleDouble

    init(values: [Double], coding: EffectCoding, interaction withInteraction: Bool, sumsOfSquares: SumsOfSquaresType,
         factorNames: (String, String)) throws {
        let y = values.map(DoubleDouble.init)
        let rss = { (blocks: [[[DoubleDouble]]]) in
            let fit = LeastSquaresFit(columns: [coding.intercept] + blocks.flatMap { $0 }, response: y)
            return (ss: fit.residualSumOfSquares, rank: fit.rank)
        }
        let (a, b, ab) = (coding.first, coding.second, coding.interaction)
        let additive = rss([a, b])
        guard additive.rank == 1 + a.count + b.count else {
            throw AnalysisError.confoundedFactors(first: factorNames.0, second: factorNames.1)
        }
        let full = withInteraction ? rss([a, b, ab]) : additive
        let n = values.count
        guard n > full.rank else {
            throw AnalysisError.tooFewObservations(procedure: .twoFactorCases(first: factorNames.0, second: factorNames.1),
                                                   needed: full.rank + 1, found: n)
        }
        // Each difference is ≥ 0 in exact arithmetic; a rounding remnant of an effect that is exactly
        // zero must not show as a negative SS.
        let rise = { (reduced: DoubleDouble, model: DoubleDouble) in
            let difference = reduced - model
            return difference.hi < 0 ? DoubleDouble.zero : difference
        }
        if withInteraction && sumsOfSquares == .typeIII {
            first = rise(rss([b, ab]).ss, full.ss)
            second = rise(rss([a, ab]).ss, full.ss)
        } else {
            first = rise(rss([b]).ss, additive.ss)
            second = rise(rss([a]).ss, additive.ss)
        }
        interaction = withInteraction ? rise(additive.ss, full.ss) : nil
        residual = full.ss
        residualDegreesOfFreedom = n - full.rank
        totalSumOfSquares = CentralSums(values).squares
    }
}
