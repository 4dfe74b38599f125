extension RegressionResult {
    /// Turns the double-double fit into the reported values (ToolPak definitions, toolpak.md §3.2).
    init(fit: LeastSquaresFit, names: [String], terms: [Term], intercept: Bool, y: [Double],
         confidenceLevels: [Double], responseName: String, droppedRows: [CompleteCases.DroppedRow]) {
        let n = y.count
        let rank = fit.rank
        let dfResidual = n - rank
        let dfRegression = rank - (intercept ? 1 : 0)
        let dfTotal = n - (intercept ? 1 : 0)
        var notes = [AnalysisNote]()

        let sse = fit.residualSumOfSquares
        let sst: DoubleDouble
        if intercept {
            let mean = DoubleDouble.sum(y) / Double(n)
            sst = y.reduce(DoubleDouble.zero) { acc, v in let d = DoubleDouble(v) - mean; return acc + d * d }
        } else {
            sst = y.reduce(DoubleDouble.zero) { $0 + DoubleDouble.product($1, $1) }
        }
        let ssr = sst - sse
        let mse = sse / Double(dfResidual)
        let s = mse.squareRoot()
        let exactFit = sse.hi == 0
        if exactFit { notes.append(AnalysisNote(subject: "residuals", reason: .exactFit)) }

        if sst.hi > 0 {
            let r2 = ssr / sst
            rSquared = r2.value
            multipleR = r2.hi > 0 ? r2.squareRoot().value : 0
            adjustedRSquared = (DoubleDouble(1) - sse / sst * (Double(dfTotal) / Double(dfResidual))).value
        } else {
            notes.append(AnalysisNote(subject: responseName, reason: .zeroVariance))
            rSquared = nil
            multipleR = nil
            adjustedRSquared = nil
        }
        standardError = s.value

        let f: Double? = dfRegression > 0 && !exactFit ? (ssr / Double(dfRegression) / mse).value : nil
        let significance = f.flatMap { value in
            (try? FisherF(numeratorDegreesOfFreedom: Double(dfRegression),
                          denominatorDegreesOfFreedom: Double(dfResidual)))?.sf(value)
        }
        anova = AnovaTable(
            regression: AnovaRow(degreesOfFreedom: dfRegression, sumOfSquares: ssr.value,
                                 meanSquare: dfRegression > 0 ? (ssr / Double(dfRegression)).value : nil,
                                 f: f, significanceF: significance),
            residual: AnovaRow(degreesOfFreedom: dfResidual, sumOfSquares: sse.value, meanSquare: mse.value,
                               f: nil, significanceF: nil),
            total: AnovaRow(degreesOfFreedom: dfTotal, sumOfSquares: sst.value, meanSquare: nil,
                            f: nil, significanceF: nil))

        let diagnostics = RegressionDiagnostics(fit: fit, intercept: intercept, y: y)
        notes += Self.aliasNotes(fit: fit, names: names, intercept: intercept)
        if diagnostics.conditionNumber > 1e8 {
            notes.append(AnalysisNote(subject: "design", reason: .nearCollinear(conditionNumber: diagnostics.conditionNumber)))
        }
        if diagnostics.hc3.contains(where: { $0 == nil }) && rank > 0 {
            notes.append(AnalysisNote(subject: "hc3StandardError", reason: .leverageOne))
        }

        let t = try? StudentT(degreesOfFreedom: Double(dfResidual))
        let critical = confidenceLevels.map { t?.twoSidedCriticalValue(alpha: 1 - $0) ?? .nan }
        let covariance = fit.unscaledCovariance()
        var pivotPosition = [Int: Int]()
        for (k, column) in fit.qr.pivots.enumerated() { pivotPosition[column] = k }
        coefficients = names.indices.map { c in
            guard let k = pivotPosition[c], let estimate = fit.beta[c] else {
                return Coefficient(name: names[c], estimate: nil, standardError: nil, tStat: nil, pValue: nil,
                                   intervals: [], standardized: nil, varianceInflation: nil,
                                   hc1StandardError: nil, hc3StandardError: nil)
            }
            let se = (s * covariance[k][k].squareRoot()).value
            let tStat: Double? = se > 0 ? estimate / se : nil
            let intervals = se > 0 ? zip(confidenceLevels, critical).map { level, tc in
                ConfidenceInterval(level: level, lower: estimate - tc * se, upper: estimate + tc * se)
            } : []
            let isIntercept = intercept && c == 0
            return Coefficient(name: names[c], estimate: estimate, standardError: se, tStat: tStat,
                               pValue: tStat.flatMap { t?.twoSidedPValue($0) }, intervals: intervals,
                               standardized: isIntercept ? nil : diagnostics.standardized[k],
                               varianceInflation: isIntercept ? nil : diagnostics.varianceInflation[k],
                               hc1StandardError: diagnostics.hc1[k], hc3StandardError: diagnostics.hc3[k])
        }
        let inColumnOrder = fit.qr.pivots.indices.sorted { fit.qr.pivots[$0] < fit.qr.pivots[$1] }
        unscaledCovariance = inColumnOrder.map { k in inColumnOrder.map { covariance[k][$0].value } }

        let residuals = fit.residuals.map(\.value)
        let scale = (sse / Double(n - 1)).squareRoot()
        self.residuals = ResidualOutput(predicted: fit.fitted.map(\.value), residuals: residuals,
                                        standardResiduals: exactFit ? nil : fit.residuals.map { ($0 / scale).value },
                                        leverage: diagnostics.leverage)
        probability = ProbabilityOutput(percentiles: (0..<n).map { 100 * (Double($0) + 0.5) / Double(n) },
                                        sortedY: y.sorted())
        durbinWatson = exactFit ? nil : (zip(fit.residuals.dropFirst(), fit.residuals).reduce(DoubleDouble.zero) {
            let d = $1.0 - $1.1
            return $0 + d * d
        } / sse).value
        conditionNumber = diagnostics.conditionNumber
        self.responseName = responseName
        hasIntercept = intercept
        self.terms = terms
        observations = n
        self.rank = rank
        self.droppedRows = droppedRows
        self.notes = notes
    }

    /// Names each aliased column: constant columns as such, otherwise the estimable columns
    /// that carry a visible share (> 1e-6 of its norm) of the combination reproducing it.
    private static func aliasNotes(fit: LeastSquaresFit, names: [String], intercept: Bool) -> [AnalysisNote] {
        fit.qr.aliased.enumerated().map { index, column in
            let values = fit.columns[column].map(\.value)
            if let first = values.first, values.allSatisfy({ $0 == first }) {
                return AnalysisNote(subject: names[column], reason: .constant)
            }
            let norm = fit.norm(ofColumn: column).value
            let weights = fit.aliasCombination(index)
            let partners = fit.qr.pivots.enumerated().filter { k, pivot in
                abs(weights[k].value) * fit.norm(ofColumn: pivot).value > 1e-6 * norm
            }.map { names[$0.element] }
            return AnalysisNote(subject: names[column], reason: .aliased(with: partners))
        }
    }
}
