/// Errors of the Analysis module, each carrying what a person needs to fix the input.
public enum AnalysisError: Error, Sendable, Equatable, Codable {
    /// A distribution or procedure parameter is outside its domain, e.g. degrees of freedom ≤ 0.
    case invalidParameter(name: String, value: Double, requirement: ParameterRequirement)
    /// Too few usable observations for the requested statistic or model.
    case tooFewObservations(procedure: ShortProcedure, needed: Int, found: Int)
    /// Variables given to one analysis have different lengths.
    case lengthMismatch(variable: String, expected: Int, found: Int)
    /// A value that must be finite is NaN or infinite.
    case nonFiniteValue(variable: String, index: Int)
    /// A term names a variable that was not supplied.
    case unknownVariable(name: String)
    /// A categorical predictor has fewer than two levels (`level` is the only one, if any), so it cannot explain differences.
    case singleCategory(variable: String, level: String?)
    /// A categorical predictor has more levels than a model takes (`limit`), as an ID or name column would.
    case tooManyCategories(variable: String, levels: Int, limit: Int)
    /// The requested reference level does not occur in the column; `levels` are the ones that do.
    case unknownCategory(variable: String, level: String, levels: [String])
    /// A 0/1 outcome holds another value (`row` is the row's label, as in the dropped-row list).
    case notZeroOrOne(variable: String, row: String, value: Double)
    /// A 0/1 outcome holds only one of the two values on the complete rows.
    case oneOutcomeOnly(variable: String, value: Double)
    /// A predictor is constant or a linear combination of the others, so its coefficient cannot be estimated.
    case redundantPredictor(variable: String)
    /// A yes/no outcome column does not hold exactly two levels; `levels` are the ones it holds.
    case notBinary(variable: String, levels: [String])
    /// Neither (or both) of a yes/no column's two levels reads as "yes", so the event must be named.
    case eventNotRecognised(variable: String, levels: [String])
    /// No row has this combination of two factors' levels, so their interaction cannot be estimated.
    case emptyCell(first: String, firstLevel: String, second: String, secondLevel: String)
    /// The two factors' levels occur together so that their effects cannot be told apart (a
    /// disconnected design, e.g. each level of one always with the same level of the other).
    case confoundedFactors(first: String, second: String)
}
