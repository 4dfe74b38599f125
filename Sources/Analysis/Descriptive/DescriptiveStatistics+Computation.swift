extension DescriptiveStatistics {
    /// Computes every statistic from finite, non-empty values (validated by `compute`).
    init(values: [Double], missingCount: Int, confidenceLevel: Double, k: Int) {
        var notes = [AnalysisNote]()
        let n = values.count
        let nn = Double(n)
        let sorted = values.sorted()
        let sums = CentralSums(values)

        self.count = n
        self.missingCount = missingCount
        self.mean = sums.mean.value
        self.sum = sums.sum.value
        self.minimum = sorted[0]
        self.maximum = sorted[n - 1]
        self.range = ((DoubleDouble(sorted[n - 1]) - sorted[0])).value
        self.median = Percentiles.median(sorted) ?? sorted[0]
        self.mode = Self.firstMode(values, sorted: sorted)
        if mode == nil { notes.append(AnalysisNote(subject: "mode", reason: .noValueRepeats)) }

        // Standard deviations come from the scaled sums, so data near 1e±300 keeps them finite; a
        // variance beyond the Double range (its square overflows) is left out with a note.
        let populationSD = sums.rootMeanSquare(dividingBy: nn)
        self.populationStandardDeviation = populationSD.value
        self.populationVariance = Self.finite((populationSD * populationSD).value, "populationVariance", &notes)
        let s = n >= 2 ? sums.rootMeanSquare(dividingBy: nn - 1) : nil
        self.variance = s.flatMap { Self.finite(($0 * $0).value, "variance", &notes) }
        self.standardDeviation = s?.value
        self.standardError = s.map { ($0 / nn.squareRoot()).value }
        if n < 2 {
            for subject in ["standardDeviation", "variance", "standardError", "confidenceHalfWidth",
                            "coefficientOfVariation", "lagOneAutocorrelation"] {
                notes.append(AnalysisNote(subject: subject, reason: .needsAtLeast(2)))
            }
        }
        let varies = sums.varies

        // SKEW = n/((n−1)(n−2)) · Σd³/s³ and KURT = n(n+1)/((n−1)(n−2)(n−3)) · Σd⁴/s⁴
        // − 3(n−1)²/((n−2)(n−3)), with Σd³/s³ = (n−1)^{3/2} · Σd³/(Σd²)^{3/2} and Σd⁴/s⁴ = (n−1)² · Σd⁴/(Σd²)²
        // taken from the scale-free standardized sums in double-double.
        let nMinusOne = DoubleDouble(nn - 1)
        if n < 3 {
            notes.append(AnalysisNote(subject: "skewness", reason: .needsAtLeast(3)))
            self.skewness = nil
        } else if varies {
            let cubed = sums.standardizedCubes * (nMinusOne * nMinusOne.squareRoot())
            self.skewness = (cubed * (nn / ((nn - 1) * (nn - 2)))).value
        } else {
            notes.append(AnalysisNote(subject: "skewness", reason: .zeroVariance))
            self.skewness = nil
        }
        if n < 4 {
            notes.append(AnalysisNote(subject: "kurtosis", reason: .needsAtLeast(4)))
            self.kurtosis = nil
        } else if varies {
            let fourth = sums.standardizedFourthPowers * (nMinusOne * nMinusOne)
            let scaled = fourth * (nn * (nn + 1) / ((nn - 1) * (nn - 2) * (nn - 3)))
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
                self.coefficientOfVariation = (s / sums.mean).value
            }
        } else {
            self.coefficientOfVariation = nil
        }
        if n >= 2, varies {
            self.lagOneAutocorrelation = sums.lagOneRatio.value
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

    /// `MODE.SNGL`: the most frequent value by exact equality (−0 == +0); on ties the value whose
    /// first occurrence is earliest; nil when no value repeats.
    static func firstMode(_ values: [Double]) -> Double? {
        firstMode(values, sorted: values.sorted())
    }

    /// `firstMode` given the values already sorted: equal values sit side by side there (−0 and +0 too, as
    /// neither sorts before the other), so the highest count is one pass over runs without a hash table per
    /// value (a million distinct values cost a quarter of a second that way); only on a tie between
    /// several values is the data order consulted.
    static func firstMode(_ values: [Double], sorted: [Double]) -> Double? {
        var best = 1
        var tied: [Double] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
            let count = end - start
            if count > best { best = count; tied = [sorted[start]] } else if count == best && best > 1 { tied.append(sorted[start]) }
            start = end
        }
        guard let only = tied.first else { return nil }
        if tied.count == 1 { return only == 0 ? 0 : only }
        let candidates = Set(tied.map { $0 == 0 ? 0 : $0 })
        return values.lazy.map { $0 == 0 ? 0 : $0 }.first { candidates.contains($0) }
    }

    /// `value` when finite; otherwise nil and a note that it is beyond the Double range.
    private static func finite(_ value: Double, _ subject: String, _ notes: inout [AnalysisNote]) -> Double? {
        if value.isFinite { return value }
        notes.append(AnalysisNote(subject: subject, reason: .beyondDoubleRange))
        return nil
    }
}
