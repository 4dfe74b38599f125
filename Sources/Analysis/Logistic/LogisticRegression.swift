import Foundation

/// Binary logistic regression by maximum likelihood (numerics reference §9): coefficients with
/// Wald z tests, odds ratios with Wald intervals exp(β ± z_{α/2}·SE), the likelihood-ratio test
/// against the intercept-only model, McFadden's pseudo-R², AIC and a classification table.
public struct LogisticRegression: Codable, Sendable, Equatable {
    /// One model term ("Intercept" first).
    public struct Coefficient: Codable, Sendable, Equatable {
        /// "Intercept" or the predictor's name.
        public let name: String
        /// β̂ on the log-odds scale.
        public let estimate: Double
        /// √[(XᵀWX)⁻¹]ⱼⱼ.
        public let standardError: Double
        /// β̂/SE.
        public let z: Double
        /// Two-sided P(|Z| > |z|).
        public let pValue: Double
        /// e^β̂: the factor by which the odds change per unit of the predictor.
        public let oddsRatio: Double
        /// Lower end of the Wald interval for the odds ratio at `confidenceLevel`.
        public let oddsRatioLower: Double
        /// Upper end of the odds-ratio interval.
        public let oddsRatioUpper: Double
    }

    /// Counts at the 0.5 cut-off: rows are the observed outcome (1, then 0), columns the prediction.
    public struct ClassificationTable: Codable, Sendable, Equatable {
        /// Outcome 1, predicted 1.
        public let truePositives: Int
        /// Outcome 1, predicted 0.
        public let falseNegatives: Int
        /// Outcome 0, predicted 1.
        public let falsePositives: Int
        /// Outcome 0, predicted 0.
        public let trueNegatives: Int
        /// (TP + TN)/n.
        public var accuracy: Double {
            Double(truePositives + trueNegatives)
                / Double(truePositives + falseNegatives + falsePositives + trueNegatives)
        }
    }

    /// Name of the 0/1 outcome column.
    public let outcomeName: String
    /// Intercept first, then the predictors in input order.
    public let coefficients: [Coefficient]
    /// Rows used.
    public let observations: Int
    /// Rows with outcome 1.
    public let events: Int
    /// ln L of the fitted model.
    public let logLikelihood: Double
    /// ln L₀ of the intercept-only model.
    public let nullLogLikelihood: Double
    /// 2(ln L − ln L₀), the likelihood-ratio statistic.
    public let likelihoodRatio: Double
    /// Number of predictors.
    public let likelihoodRatioDegreesOfFreedom: Int
    /// P(χ² > likelihood ratio).
    public let likelihoodRatioPValue: Double
    /// 1 − ln L/ln L₀.
    public let mcFaddenR2: Double
    /// −2 ln L + 2·(number of coefficients).
    public let aic: Double
    /// Observed against predicted outcome at probability 0.5.
    public let classification: ClassificationTable
    /// Level of the odds-ratio intervals.
    public let confidenceLevel: Double
    /// IRLS iterations used.
    public let iterations: Int
    /// 0-based rows left out because a value is missing.
    public let droppedRows: [Int]
}

/// Which kind of separation stops the maximum-likelihood fit.
public struct LogisticSeparation: Codable, Sendable, Equatable {
    /// How the outcomes are separated.
    public enum Kind: String, Codable, Sendable {
        /// Some combination of the predictors splits the outcomes perfectly: the estimates are infinite.
        case complete
        /// The split is perfect except for ties on the boundary: some estimates are infinite.
        case quasiComplete
    }

    /// Complete or quasi-complete.
    public let kind: Kind
    /// Terms whose estimates diverge (their standard errors grew more than a thousandfold).
    public let terms: [String]
}

/// A fit, or the reason no finite maximum-likelihood estimate exists.
public enum LogisticOutcome: Codable, Sendable, Equatable {
    /// The maximum-likelihood fit.
    case fitted(LogisticRegression)
    /// No finite estimate exists; which terms diverge.
    case separated(LogisticSeparation)
}

extension LogisticRegression {
    /// Fits P(outcome = 1) = 1/(1 + e^(−Xβ)) with an intercept, on the rows complete in all variables.
    /// - Parameters:
    ///   - outcome: values 0 or 1 (nil = missing).
    ///   - confidenceLevel: level of the odds-ratio intervals.
    /// - Throws: `AnalysisError.notZeroOrOne` naming the row of an outcome value other than 0/1,
    ///   `.oneOutcomeOnly` for an outcome without both values, `.redundantPredictor` for a predictor that
    ///   is constant or a linear combination of the others, `.invalidParameter` for a level outside (0, 1),
    ///   `.tooFewObservations` when rows ≤ coefficients, `.lengthMismatch`.
    public static func fit(outcome: Variable, predictors: [Variable],
                           confidenceLevel: Double = 0.95) throws -> LogisticOutcome {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw AnalysisError.invalidParameter(name: "confidenceLevel", value: confidenceLevel,
                                                 requirement: .probability)
        }
        let cases = try CompleteCases([outcome] + predictors)
        let y = cases.columns[0]
        if let bad = y.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw AnalysisError.notZeroOrOne(variable: outcome.name, row: cases.keptLabels[bad], value: y[bad])
        }
        let events = y.filter { $0 == 1 }.count
        guard events > 0, events < y.count else {
            throw AnalysisError.oneOutcomeOnly(variable: outcome.name, value: events > 0 ? 1 : 0)
        }
        let names = ["Intercept"] + predictors.map(\.name)
        guard y.count > names.count else {
            throw AnalysisError.tooFewObservations(procedure: .logisticRegression, needed: names.count + 1,
                                                   found: y.count)
        }
        let design = [[Double](repeating: 1, count: y.count)] + cases.columns.dropFirst()
        let fit = try IRLSFit(design: design, outcome: y, names: names)
        if let separation = fit.separation { return .separated(separation) }
        return .fitted(try LogisticRegression(fit: fit, names: names, outcomeName: outcome.name, outcome: y,
                                              confidenceLevel: confidenceLevel,
                                              droppedRows: cases.dropped.map(\.index)))
    }

    private init(fit: IRLSFit, names: [String], outcomeName: String, outcome y: [Double],
                 confidenceLevel: Double, droppedRows: [Int]) throws {
        let critical = Normal.standard.inverseSurvival((1 - confidenceLevel) / 2)
        coefficients = names.indices.map { j in
            let beta = fit.beta[j], se = fit.standardErrors[j]
            return Coefficient(name: names[j], estimate: beta, standardError: se, z: beta / se,
                               pValue: Normal.standard.twoSidedPValue(beta / se), oddsRatio: exp(beta),
                               oddsRatioLower: exp(beta - critical * se), oddsRatioUpper: exp(beta + critical * se))
        }
        self.outcomeName = outcomeName
        observations = y.count
        let events = y.filter { $0 == 1 }.count
        self.events = events
        let n = Double(y.count), k = Double(events)
        nullLogLikelihood = k * log(k / n) + (n - k) * log((n - k) / n)
        logLikelihood = fit.logLikelihood
        likelihoodRatio = max(0, 2 * (fit.logLikelihood - nullLogLikelihood))
        likelihoodRatioDegreesOfFreedom = names.count - 1
        likelihoodRatioPValue = names.count > 1
            ? try ChiSquared(degreesOfFreedom: Double(names.count - 1)).sf(likelihoodRatio) : 1
        mcFaddenR2 = 1 - fit.logLikelihood / nullLogLikelihood
        aic = -2 * fit.logLikelihood + 2 * Double(names.count)
        var table = (tp: 0, fn: 0, fp: 0, tn: 0)
        for (observed, eta) in zip(y, fit.linearPredictor) {
            switch (observed == 1, eta >= 0) {
            case (true, true): table.tp += 1
            case (true, false): table.fn += 1
            case (false, true): table.fp += 1
            case (false, false): table.tn += 1
            }
        }
        classification = ClassificationTable(truePositives: table.tp, falseNegatives: table.fn,
                                             falsePositives: table.fp, trueNegatives: table.tn)
        self.confidenceLevel = confidenceLevel
        iterations = fit.iterations
        self.droppedRows = droppedRows
    }
}
