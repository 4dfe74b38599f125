extension DescriptiveStatistics {
    /// Computes every statistic from finite, non-empty values (validated by `compute`).
    init(values: [Double], missingCount: Int, confidenceLevel: Double, k: Int) {
        var notes = [AnalysisNote]()
        let n = values.count
        let nn = Double(n)
        let sorted = values.sorted()
        // Fourth powers of deviations overflow beyond about 1e77 and underflow below 1e-77, which made
        // kurtosis (and past 1e154, the variance) NaN. Moments are taken of the values times the power of
        // two that brings the largest magnitude into [1, 2): exact, so ordinary data give the same bits.
        let scale = Self.momentScale(largest: max(abs(sorted[0]), abs(sorted[n - 1])))
        let sums = CentralSums(values.map { $0 * scale })

        self.count = n
        self.missingCount = missingCount
        self.mean = sums.mean.value / scale
        self.sum = sums.sum.value / scale
        self.minimum = sorted[0]
        self.maximum = sorted[n - 1]
        self.range = ((DoubleDouble(sorted[n - 1]) - sorted[0])).value
        self.median = Percentiles.median(sorted) ?? sorted[0]
        self.mode = Self.firstMode(values)
        if mode == nil { notes.append(AnalysisNote(subject: "mode", reason: .noValueRepeats)) }

        let s2 = sums.squares
        self.populationVariance = (s2 / nn).value / (scale * scale)
        self.populationStandardDeviation = (s2 / nn).squareRoot().value / scale
        let sampleVariance = n >= 2 ? s2 / Double(n - 1) : nil
        let s = sampleVariance?.squareRoot()
        self.variance = sampleVariance.map { $0.value / (scale * scale) }
        self.standardDeviation = s.map { $0.value / scale }
        self.standardError = s.map { ($0 / nn.squareRoot()).value / scale }
        if n < 2 {
            for subject in ["standardDeviation", "variance", "standardError", "confidenceHalfWidth",
                            "coefficientOfVariation", "lagOneAutocorrelation"] {
                notes.append(AnalysisNote(subject: subject, reason: .needsAtLeast(2)))
            }
        }
        let varies = s2.hi > 0

        // SKEW = n/((n−1)(n−2)) · Σd³/s³ and KURT = n(n+1)/((n−1)(n−2)(n−3)) · Σd⁴/s⁴
        // − 3(n−1)²/((n−2)(n−3)), both from the double-double central sums.
        if n < 3 {
            notes.append(AnalysisNote(subject: "skewness", reason: .needsAtLeast(3)))
            self.skewness = nil
        } else if let sv = sampleVariance, varies {
            let s3 = sv * sv.squareRoot()
            self.skewness = (sums.cubes / s3 * (nn / ((nn - 1) * (nn - 2)))).value
        } else {
            notes.append(AnalysisNote(subject: "skewness", reason: .zeroVariance))
            self.skewness = nil
        }
        if n < 4 {
            notes.append(AnalysisNote(subject: "kurtosis", reason: .needsAtLeast(4)))
            self.kurtosis = nil
        } else if let sv = sampleVariance, varies {
            let scaled = sums.fourthPowers / (sv * sv) * (nn * (nn + 1) / ((nn - 1) * (nn - 2) * (nn - 3)))
            self.kurtosis = (scaled - 3 * (nn - 1) * (nn - 1) / ((nn - 2) * (nn - 3))).value
        } else {
            notes.append(AnalysisNote(subject: "kurtosis", reason: .zeroVariance))
            self.kurtosis = nil
        }

        self.k = k
        let inRange = k >= 1 && k <= n
        self.kthLargest = inRange ? sorted[n - k] : nil
        self.kthSmallest = inRange ? sorted[k - 1] : nil
        if !inRange {
            notes.append(AnalysisNote(subject: "kthLargest", reason: .outOfRange))
            notes.append(AnalysisNote(subject: "kthSmallest", reason: .outOfRange))
        }

        self.confidenceLevel = confidenceLevel
        if let se = standardError, let t = try? StudentT(degreesOfFreedom: nn - 1) {
            // 1 − level is exact for level ≥ ½ (Sterbenz), so α reaches the t quantile unrounded.
            self.confidenceHalfWidth = t.twoSidedCriticalValue(alpha: 1 - confidenceLevel) * se
        } else {
            self.confidenceHalfWidth = nil
        }

        if let s, n >= 2 {
            if mean == 0 {
                notes.append(AnalysisNote(subject: "coefficientOfVariation", reason: .zeroMean))
                self.coefficientOfVariation = nil
            } else {
                self.coefficientOfVariation = (s / sums.mean).value  // both scaled: the ratio is not
            }
        } else {
            self.coefficientOfVariation = nil
        }
        if n >= 2, varies {
            self.lagOneAutocorrelation = (sums.lagOneProducts / s2).value
        } else {
            if n >= 2 { notes.append(AnalysisNote(subject: "lagOneAutocorrelation", reason: .zeroVariance)) }
            self.lagOneAutocorrelation = nil
        }

        self.quartilesInclusive = (0...4).map { Percentiles.inclusive(sorted, Double($0) / 4) ?? sorted[0] }
        self.quartilesExclusive = (1...3).map { Percentiles.exclusive(sorted, Double($0) / 4) }
        for (q, value) in zip(1...3, quartilesExclusive) where value == nil {
            notes.append(AnalysisNote(subject: "quartileExclusive\(q)", reason: .outOfRange))
        }
        self.notes = notes
    }

    /// The power of two bringing `largest` into [1, 2); 1 for zero.
    static func momentScale(largest: Double) -> Double {
        largest > 0 ? Double(sign: .plus, exponent: -largest.exponent, significand: 1) : 1
    }

    /// `MODE.SNGL`: the most frequent value by exact equality (−0 == +0); on ties the value whose
    /// first occurrence is earliest; nil when no value repeats.
    static func firstMode(_ values: [Double]) -> Double? {
        var tally = [Double: (count: Int, first: Int)]()
        for (index, x) in values.enumerated() {
            let key = x == 0 ? 0 : x
            tally[key, default: (0, index)].count += 1
        }
        guard let best = tally.max(by: { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
        }), best.value.count > 1 else { return nil }
        return best.key
    }
}
