/// Difference-in-differences on long data (one row per unit × period): the 2×2 table of means,
/// (T after − T before) − (C after − C before), and the same estimate as the interaction coefficient of
/// the least-squares fit `V ~ treated + after + treated×after` (`LinearRegression`) with classical, HC1
/// and, when units are given, cluster-robust standard errors; the two weaker designs a beginner reaches
/// for; and with two or more periods before the measure, the group means by period and the difference in
/// pre-period slopes (a check of parallel trends).
public struct DifferenceInDifferences: Codable, Sendable {
    /// Which standard error an estimate uses.
    public enum ErrorKind: String, Codable, Sendable, CaseIterable {
        case classical, hc1, cluster
    }

    /// One cell of the 2×2 table.
    public struct Cell: Codable, Sendable, Equatable {
        public let count: Int
        public let mean: Double
    }

    /// An estimate with its standard error of one kind, t, p and interval.
    public struct Estimate: Codable, Sendable, Equatable {
        public let kind: ErrorKind
        public let estimate: Double
        public let standardError: Double
        public let tStat: Double?
        public let pValue: Double?
        /// Degrees of freedom of the t reference: n − 4 (classical, HC1) or clusters − 1.
        public let degreesOfFreedom: Int
        public let lower: Double?
        public let upper: Double?
    }

    /// The means of both groups in one period.
    public struct PeriodMeans: Codable, Sendable, Equatable {
        public let period: String
        public let after: Bool
        public let treatedCount: Int
        public let treatedMean: Double?
        public let comparisonCount: Int
        public let comparisonMean: Double?
    }

    /// The pre-period trend comparison: the difference between the groups' linear slopes per period
    /// before the measure (coefficient of treated×time in `V ~ treated + time + treated×time` on the rows
    /// before, time = 0, 1, … in period order).
    public struct PreTrend: Codable, Sendable, Equatable {
        public let periods: Int
        public let estimates: [Estimate]
    }

    public let valueName: String
    public let observations: Int
    public let confidenceLevel: Double
    public let treatedBefore: Cell
    public let treatedAfter: Cell
    public let comparisonBefore: Cell
    public let comparisonAfter: Cell
    /// (T after − T before) − (C after − C before) from the cell means.
    public let estimate: Double
    /// The interaction coefficient of the regression, with each kind of standard error
    /// (classical, HC1, then cluster when units were given).
    public let regression: [Estimate]
    /// The standard error the reading quotes: cluster when units were given, else HC1.
    public let primaryKind: ErrorKind
    /// Number of units (clusters), when given.
    public let clusters: Int?
    /// Before/after of the treated group only: T after − T before.
    public let treatedChange: Estimate
    /// Treated vs comparison after the measure only: T after − C after.
    public let afterDifference: Estimate
    /// Group means per period, periods in the order given.
    public let periodMeans: [PeriodMeans]
    /// With two or more periods before (and both groups present in at least two of them).
    public let preTrend: PreTrend?
    /// The whole fit, for those who want the other coefficients.
    public let coefficients: [CoefficientInference]

    /// The primary estimate (cluster with units, HC1 without).
    public var primary: Estimate { regression.first { $0.kind == primaryKind } ?? regression[0] }

    /// Computes the analysis from complete rows.
    /// - Parameters:
    ///   - values: the outcome per row.
    ///   - treated: whether the row belongs to the treated group.
    ///   - periods: the row's period label; `periodOrder` lists every label in time order.
    ///   - afterPeriods: the labels of the periods after the measure.
    ///   - units: the row's unit (cluster) label, or nil for independent rows.
    /// - Throws: `AnalysisError.tooFewObservations` when a cell of the 2×2 table is empty or the fit has
    ///   no residual degrees of freedom.
    public static func compute(valueName: String, values: [Double], treated: [Bool], periods: [String],
                               periodOrder: [String], afterPeriods: Set<String>, units: [String]?,
                               confidenceLevel: Double = 0.95) throws -> DifferenceInDifferences {
        let n = values.count
        let after = periods.map { afterPeriods.contains($0) }
        func cell(_ t: Bool, _ a: Bool) throws -> Cell {
            let chosen = (0..<n).filter { treated[$0] == t && after[$0] == a }.map { values[$0] }
            guard !chosen.isEmpty else {
                throw AnalysisError.tooFewObservations(procedure: .regression(parameters: 4), needed: 1, found: 0)
            }
            return Cell(count: chosen.count, mean: DoubleDouble.sum(chosen).value / Double(chosen.count))
        }
        let tb = try cell(true, false), ta = try cell(true, true)
        let cb = try cell(false, false), ca = try cell(false, true)
        let did = ((DoubleDouble(ta.mean) - tb.mean) - (DoubleDouble(ca.mean) - cb.mean)).value

        let t01 = treated.map { $0 ? 1.0 : 0.0 }, a01 = after.map { $0 ? 1.0 : 0.0 }
        let data = ["treated": t01, "after": a01]
        let terms = [Term("treated"), Term("after"),
                     Term(product: [.init(variable: "treated", power: 1), .init(variable: "after", power: 1)])]
        let fit = try LinearRegression.fit(y: values, data: data, terms: terms, confidenceLevels: [confidenceLevel])
        let kinds: [ErrorKind] = units == nil ? [.classical, .hc1] : [.classical, .hc1, .cluster]
        let regression = try kinds.compactMap { try estimate(fit, coefficient: 3, kind: $0, clusters: units, data: data,
                                                             level: confidenceLevel) }
        let primaryKind: ErrorKind = units == nil ? .hc1 : .cluster

        // The weaker designs, each a one-term regression on its rows with the primary kind of error.
        func simple(rows: [Int], indicator: [Double]) throws -> Estimate {
            let sub = ["d": rows.map { indicator[$0] }]
            let f = try LinearRegression.fit(y: rows.map { values[$0] }, data: sub, terms: [Term("d")],
                                             confidenceLevels: [confidenceLevel])
            // With one unit per side (e.g. clustering by office) a one-group comparison has a single cluster:
            // then HC1, and the estimate says so by its kind.
            let clusters = units.map { u in rows.map { u[$0] } }
            guard let e = try estimate(f, coefficient: 1, kind: primaryKind, clusters: clusters, data: sub, level: confidenceLevel)
                    ?? estimate(f, coefficient: 1, kind: .hc1, clusters: nil, data: sub, level: confidenceLevel) else {
                throw AnalysisError.tooFewObservations(procedure: .regression(parameters: 2), needed: 3, found: rows.count)
            }
            return e
        }
        let treatedChange = try simple(rows: (0..<n).filter { treated[$0] }, indicator: a01)
        let afterDifference = try simple(rows: (0..<n).filter { after[$0] }, indicator: t01)

        let periodMeans = periodOrder.map { p -> PeriodMeans in
            let rows = (0..<n).filter { periods[$0] == p }
            let tv = rows.filter { treated[$0] }.map { values[$0] }, cv = rows.filter { !treated[$0] }.map { values[$0] }
            return PeriodMeans(period: p, after: afterPeriods.contains(p), treatedCount: tv.count,
                               treatedMean: tv.isEmpty ? nil : DoubleDouble.sum(tv).value / Double(tv.count),
                               comparisonCount: cv.count,
                               comparisonMean: cv.isEmpty ? nil : DoubleDouble.sum(cv).value / Double(cv.count))
        }

        var preTrend: PreTrend?
        let beforeOrder = periodOrder.filter { !afterPeriods.contains($0) }
        if beforeOrder.count >= 2 {
            let position = Dictionary(uniqueKeysWithValues: beforeOrder.enumerated().map { ($1, Double($0)) })
            let rows = (0..<n).filter { !after[$0] }
            let pre = ["treated": rows.map { t01[$0] }, "time": rows.map { position[periods[$0]] ?? 0 }]
            let preTerms = [Term("treated"), Term("time"),
                            Term(product: [.init(variable: "treated", power: 1), .init(variable: "time", power: 1)])]
            if rows.count > 4,
               let f = try? LinearRegression.fit(y: rows.map { values[$0] }, data: pre, terms: preTerms,
                                                 confidenceLevels: [confidenceLevel]), f.rank == 4 {
                let estimates = try kinds.compactMap {
                    try estimate(f, coefficient: 3, kind: $0, clusters: units.map { u in rows.map { u[$0] } },
                                 data: pre, level: confidenceLevel)
                }
                if !estimates.isEmpty { preTrend = PreTrend(periods: beforeOrder.count, estimates: estimates) }
            }
        }
        let inference = try units.map { try fit.clusterInference(clusters: $0, data: data, confidenceLevels: [confidenceLevel]) }
            ?? fit.inference(.hc1, confidenceLevels: [confidenceLevel])
        return DifferenceInDifferences(
            valueName: valueName, observations: n, confidenceLevel: confidenceLevel,
            treatedBefore: tb, treatedAfter: ta, comparisonBefore: cb, comparisonAfter: ca, estimate: did,
            regression: regression, primaryKind: primaryKind, clusters: units.map { Set($0).count },
            treatedChange: treatedChange, afterDifference: afterDifference, periodMeans: periodMeans,
            preTrend: preTrend, coefficients: inference.compactMap { $0 })
    }

    /// One coefficient of a fit with the chosen kind of standard error; nil when it cannot be estimated.
    static func estimate(_ fit: RegressionResult, coefficient: Int, kind: ErrorKind, clusters: [String]?,
                         data: [String: [Double]], level: Double) throws -> Estimate? {
        let all: [CoefficientInference?]
        let df: Int
        switch kind {
        case .classical:
            all = try fit.inference(.classical, confidenceLevels: [level]); df = fit.residualDegreesOfFreedom
        case .hc1:
            all = try fit.inference(.hc1, confidenceLevels: [level]); df = fit.residualDegreesOfFreedom
        case .cluster:
            guard let clusters else { return nil }
            all = try fit.clusterInference(clusters: clusters, data: data, confidenceLevels: [level])
            df = Set(clusters).count - 1
        }
        guard all.indices.contains(coefficient), let c = all[coefficient] else { return nil }
        return Estimate(kind: kind, estimate: c.estimate, standardError: c.standardError, tStat: c.tStat,
                        pValue: c.pValue, degreesOfFreedom: df, lower: c.intervals.first?.lower,
                        upper: c.intervals.first?.upper)
    }
}
