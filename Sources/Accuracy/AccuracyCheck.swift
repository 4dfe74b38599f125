import Analysis
import Foundation

/// The log relative error of an estimate, as NIST defines it for the StRD (McCullough 1998):
/// LRE = −log10(|est − cert| / |cert|), or −log10|est| when the certified value is 0, capped at the
/// certified significant digits (an exact match scores the cap) and floored at 0. A missing or
/// non-finite estimate scores 0.
public enum LogRelativeError {
    public static func of(_ estimate: Double?, certified: Double, digits: Double) -> Double {
        guard let estimate, estimate.isFinite else { return 0 }
        let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
        guard error > 0 else { return digits }
        guard error.isFinite else { return 0 }
        return max(0, min(digits, -log10(error)))
    }
}

/// One certified value, our estimate of it and its LRE.
public struct ValueAccuracy: Codable, Sendable, Equatable {
    /// NIST's name of the quantity: `beta[3]`, `between.f`, `sd`, ….
    public let quantity: String
    /// Our estimate; nil where we report none (Wampler1's F, +∞ for an exact fit).
    public let estimate: Double?
    /// The certified value; nil where NIST certifies +∞.
    public let certified: Double?
    /// Significant digits certified, the LRE's cap.
    public let digits: Int?
    /// The LRE; nil when the value is not scored (certified +∞).
    public let lre: Double?
    /// The best LRE a Double input allows, where known (univariate and ANOVA sets).
    public let ceiling: Double?
}

/// One set's check: every certified value and the least LRE among them.
public struct SetAccuracy: Codable, Sendable, Equatable {
    public let name: String
    public let procedure: NISTDataset.Procedure
    public let difficulty: NISTDataset.Difficulty
    public let observations: Int
    /// Every certified value, in NIST's order.
    public let values: [ValueAccuracy]
    /// The least LRE over the scored values.
    public let minimumLRE: Double
    /// The quantity where it occurs (the first, if several).
    public let minimumAt: String
    /// The least Double ceiling over the set's values, where known.
    public let ceiling: Double?
}

/// Runs the embedded NIST StRD sets through the same library calls the commands use: `describe`'s
/// `DescriptiveStatistics`, `anova`'s `OneWayANOVA`, and `regress`'s `LinearRegression` (a polynomial model
/// through `LinearRegression.polynomial`, as `regress --degree` fits it).
public enum AccuracyCheck {
    /// Checks every set given (by default all 31 embedded ones).
    /// - Throws: an `AnalysisError` if a set cannot be analysed (never for the embedded data).
    public static func run(_ sets: [NISTDataset] = NISTDataset.all) throws -> [SetAccuracy] {
        try sets.map(check)
    }

    /// Checks one set.
    public static func check(_ set: NISTDataset) throws -> SetAccuracy {
        let estimates = try estimates(set)
        var values: [ValueAccuracy] = []
        for certified in set.certified {
            let estimate = estimates[certified.quantity] ?? nil
            let value = certified.value.flatMap { Double($0) }
            let lre = value.map { LogRelativeError.of(estimate, certified: $0, digits: Double(certified.digits ?? 15)) }
            values.append(ValueAccuracy(quantity: certified.quantity, estimate: estimate, certified: value,
                                        digits: certified.digits, lre: lre, ceiling: certified.ceiling))
        }
        let scored = values.filter { $0.lre != nil }
        let worst = scored.min { ($0.lre ?? 0) < ($1.lre ?? 0) }
        return SetAccuracy(name: set.name, procedure: set.procedure, difficulty: set.difficulty,
                           observations: set.observations, values: values, minimumLRE: worst?.lre ?? 0,
                           minimumAt: worst?.quantity ?? "", ceiling: values.compactMap(\.ceiling).min())
    }

    /// Our estimate of every certified quantity of `set`, by NIST's name.
    static func estimates(_ set: NISTDataset) throws -> [String: Double?] {
        switch set.procedure {
        case .univariate:
            let statistics = try DescriptiveStatistics.compute(set.values(of: "y") ?? [])
            return ["mean": statistics.mean, "sd": statistics.standardDeviation,
                    "autocorr": statistics.lagOneAutocorrelation]
        case .oneWayANOVA:
            let anova = try OneWayANOVA.compute(groups(set))
            return ["between.ss": anova.between.sumOfSquares, "between.ms": anova.between.meanSquare,
                    "between.f": anova.between.f, "within.ss": anova.within.sumOfSquares,
                    "within.ms": anova.within.meanSquare, "r_squared": anova.etaSquared,
                    "residual_sd": anova.residualStandardDeviation]
        case .linearRegression:
            let fit = try regression(set)
            var estimates: [String: Double?] = [
                "residual_sd": fit.standardError, "r_squared": fit.rSquared,
                "anova.regression.ss": fit.anova.regression.sumOfSquares, "anova.regression.ms": fit.anova.regression.meanSquare,
                "anova.regression.f": fit.anova.regression.f,
                "anova.residual.ss": fit.anova.residual.sumOfSquares, "anova.residual.ms": fit.anova.residual.meanSquare,
            ]
            for (i, coefficient) in fit.coefficients.enumerated() {
                estimates["beta[\(i)]"] = coefficient.estimate
                estimates["beta_sd[\(i)]"] = coefficient.standardError
            }
            return estimates
        }
    }

    /// The groups of an ANOVA set in order of first appearance, as `anova --value y --group group` takes them.
    private static func groups(_ set: NISTDataset) -> [Variable] {
        let labels = set.values(of: "group") ?? []
        let y = set.values(of: "y") ?? []
        var order: [Double] = []
        var members: [Double: [Double?]] = [:]
        for (label, value) in zip(labels, y) {
            if members[label] == nil { order.append(label) }
            members[label, default: []].append(value)
        }
        return order.map { Variable(name: String(Int($0)), values: members[$0] ?? []) }
    }

    /// The fit `regress` makes: a polynomial in x (terms x … x^K, K ≥ 2) as `regress --x x --degree K`, any other
    /// model as `regress --x x1,…` with the columns as they are.
    private static func regression(_ set: NISTDataset) throws -> RegressionResult {
        let model = set.model ?? NISTDataset.Model(terms: ["1", "x"], intercept: true)
        let y = Variable(name: "y", values: set.values(of: "y") ?? [])
        let predictors = model.terms.filter { $0 != "1" }
        let degree = predictors.count
        if degree >= 2, predictors == ["x"] + (2...degree).map({ "x^\($0)" }) {
            return try LinearRegression.polynomial(response: y, x: Variable(name: "x", values: set.values(of: "x") ?? []),
                                                   degree: degree, intercept: model.intercept)
        }
        return try LinearRegression.fit(response: y, predictors: predictors.map { Variable(name: $0, values: set.values(of: $0) ?? []) },
                                        intercept: model.intercept)
    }
}
