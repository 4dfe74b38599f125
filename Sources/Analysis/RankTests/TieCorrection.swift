/// Σ(t³ − t) over the groups of t equal values: the tie term of the rank tests' variances (Lehmann 1975,
/// §1.4; SciPy's `tiecorrect`). Zero when no value repeats.
func sumOfTieCubes(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    var total = 0.0
    var start = 0
    while start < sorted.count {
        var end = start
        while end + 1 < sorted.count, sorted[end + 1] == sorted[start] { end += 1 }
        let t = Double(end - start + 1)
        total += t * t * t - t
        start = end + 1
    }
    return total
}
