/// Ordinary least squares with the ToolPak's Regression output (see `RegressionResult`).
public enum LinearRegression {
    /// Fits y on the given terms of the named data columns.
    /// - Parameters:
    ///   - y: the response, finite values.
    ///   - data: the predictor variables by name, each as long as `y`.
    ///   - terms: the model's columns in order, e.g. `[Term("x1"), Term("x2")]` or `Term.polynomial("x", degree: 3)`.
    ///   - intercept: false gives the ToolPak's "Constant is Zero" (uncentered R² and regression SS).
    ///   - confidenceLevels: levels of the coefficient intervals, e.g. `[0.95, 0.99]`.
    ///   - responseName: the response's display name.
    /// - Throws: `AnalysisError.tooFewObservations` when n ≤ number of parameters,
    ///   `.lengthMismatch`, `.nonFiniteValue`, `.unknownVariable`, `.invalidParameter`.
    public static func fit(y: [Double], data: [String: [Double]], terms: [Term], intercept: Bool = true,
                           confidenceLevels: [Double] = [0.95], responseName: String = "y") throws -> RegressionResult {
        try fit(y: y, data: data, terms: terms, intercept: intercept, confidenceLevels: confidenceLevels,
                responseName: responseName, droppedRows: [])
    }

    /// Fits a response on predictor variables with missing entries, dropping incomplete rows
    /// (listwise deletion); the result lists the dropped rows.
    /// - Parameters:
    ///   - terms: the model's columns; by default each predictor enters linearly.
    ///   - rowLabels: one label per row (e.g. sheet row numbers) used in `droppedRows`.
    public static func fit(response: Variable, predictors: [Variable], terms: [Term]? = nil, intercept: Bool = true,
                           confidenceLevels: [Double] = [0.95], rowLabels: [String]? = nil) throws -> RegressionResult {
        let cases = try CompleteCases([response] + predictors, rowLabels: rowLabels)
        var data = [String: [Double]]()
        for (name, column) in zip(cases.names.dropFirst(), cases.columns.dropFirst()) { data[name] = column }
        return try fit(y: cases.columns[0], data: data, terms: terms ?? predictors.map { Term($0.name) },
                       intercept: intercept, confidenceLevels: confidenceLevels, responseName: response.name,
                       droppedRows: cases.dropped)
    }

    /// Fits a polynomial of the given degree in one variable (terms x, x², …, x^degree, built in
    /// double-double from the raw x).
    public static func polynomial(response: Variable, x: Variable, degree: Int, intercept: Bool = true,
                                  confidenceLevels: [Double] = [0.95], rowLabels: [String]? = nil) throws -> RegressionResult {
        guard degree >= 1 else {
            throw AnalysisError.invalidParameter(name: "degree", value: Double(degree), requirement: .atLeast(1))
        }
        return try fit(response: response, predictors: [x], terms: Term.polynomial(x.name, degree: degree),
                       intercept: intercept, confidenceLevels: confidenceLevels, rowLabels: rowLabels)
    }

    private static func fit(y: [Double], data: [String: [Double]], terms: [Term], intercept: Bool,
                            confidenceLevels: [Double], responseName: String,
                            droppedRows: [CompleteCases.DroppedRow]) throws -> RegressionResult {
        for level in confidenceLevels where !(level > 0 && level < 1) {
            throw AnalysisError.invalidParameter(name: "confidenceLevel", value: level,
                                                 requirement: .probability)
        }
        try checkFinite(y, name: responseName)
        for term in terms {
            for factor in term.factors {
                guard let column = data[factor.variable] else { throw AnalysisError.unknownVariable(name: factor.variable) }
                guard column.count == y.count else {
                    throw AnalysisError.lengthMismatch(variable: factor.variable, expected: y.count, found: column.count)
                }
                try checkFinite(column, name: factor.variable)
            }
        }
        let parameters = terms.count + (intercept ? 1 : 0)
        guard parameters > 0 else {
            throw AnalysisError.invalidParameter(name: "terms", value: 0, requirement: .atLeast(1))
        }
        guard y.count > parameters else {
            throw AnalysisError.tooFewObservations(procedure: .regression(parameters: parameters),
                                                   needed: parameters + 1, found: y.count)
        }
        var columns = intercept ? [[DoubleDouble](repeating: DoubleDouble(1), count: y.count)] : []
        for term in terms { columns.append(try term.column(data, rows: y.count)) }
        let fit = LeastSquaresFit(columns: columns, response: y.map(DoubleDouble.init))
        let names = (intercept ? ["Intercept"] : []) + terms.map(\.name)
        return RegressionResult(fit: fit, names: names, terms: terms, intercept: intercept, y: y,
                                confidenceLevels: confidenceLevels, responseName: responseName,
                                droppedRows: droppedRows)
    }

    private static func checkFinite(_ values: [Double], name: String) throws {
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw AnalysisError.nonFiniteValue(variable: name, index: bad)
        }
    }
}
