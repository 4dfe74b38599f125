/// The ToolPak's Sampling tool (toolpak.md §3.15): periodic (every n-th value, starting with the
/// n-th) or random with replacement. Random draws use the project's seeded xoshiro256** generator,
/// so a seed reproduces the sample on every platform.
public enum Sampling {
    /// Values at 1-based positions period, 2·period, … of the present values.
    /// - Throws: `AnalysisError.invalidParameter` for a period below 1 or above the number of values.
    public static func periodic(_ variable: Variable, period: Int) throws -> [Double] {
        let values = variable.presentValues
        guard period >= 1, period <= values.count else {
            throw AnalysisError.invalidParameter(name: "period", value: Double(period),
                                                 requirement: .between(1, values.count))
        }
        return stride(from: period - 1, to: values.count, by: period).map { values[$0] }
    }

    /// `count` values drawn uniformly with replacement from the present values.
    /// - Throws: `AnalysisError.tooFewObservations` for no values, `.invalidParameter` for a
    ///   negative count.
    public static func random(_ variable: Variable, count: Int, seed: UInt64) throws -> [Double] {
        let values = variable.presentValues
        guard !values.isEmpty else {
            throw AnalysisError.tooFewObservations(procedure: .sampling(variable: variable.name), needed: 1, found: 0)
        }
        guard count >= 0 else {
            throw AnalysisError.invalidParameter(name: "sample size", value: Double(count), requirement: .atLeast(0))
        }
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in values[generator.nextInteger(in: 0...(values.count - 1))] }
    }
}
