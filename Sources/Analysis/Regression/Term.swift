/// A column of a linear model: a product of powers of named variables, e.g. `x`, `x^2`, `x1*x2`.
///
/// The model builds its columns from the raw values in double-double, because the certified
/// least-squares solution is that of the *exact* powers: Filip's x², …, x¹⁰ stored as doubles
/// already limit any solver to LRE ≈ 7.6 (numerics reference §3.1).
public struct Term: Codable, Sendable, Hashable {
    /// One variable raised to a positive integer power.
    public struct Factor: Codable, Sendable, Hashable {
        /// The variable's name.
        public let variable: String
        /// The exponent, ≥ 1.
        public let power: Int
    }

    /// The factors multiplied together.
    public let factors: [Factor]

    /// The term `variable^power` (power ≥ 1; checked when the model is fitted).
    public init(_ variable: String, power: Int = 1) {
        factors = [Factor(variable: variable, power: power)]
    }

    /// The product of several factors, e.g. an interaction `x1*x2`.
    public init(product factors: [Factor]) {
        self.factors = factors
    }

    /// The display name: `x`, `x^2`, `x1*x2`.
    public var name: String {
        factors.map { $0.power == 1 ? $0.variable : "\($0.variable)^\($0.power)" }.joined(separator: "*")
    }

    /// The terms x, x², …, x^degree of a polynomial in one variable.
    public static func polynomial(_ variable: String, degree: Int) -> [Term] {
        degree < 1 ? [] : (1...degree).map { Term(variable, power: $0) }
    }

    /// The term's value for one observation, in double-double (repeated exact-ish multiplication).
    func value(_ lookup: (String) throws -> Double) throws -> DoubleDouble {
        var product = DoubleDouble(1)
        for factor in factors {
            guard factor.power >= 1 else {
                throw AnalysisError.invalidParameter(name: "power of \(factor.variable) in \(name)",
                                                     value: Double(factor.power), requirement: .atLeast(1))
            }
            let x = try lookup(factor.variable)
            for _ in 0..<factor.power { product = product * x }
        }
        return product
    }

    /// The term's column over all observations.
    func column(_ data: [String: [Double]], rows: Int) throws -> [DoubleDouble] {
        try (0..<rows).map { row in
            try value { name in
                guard let values = data[name], row < values.count else { throw AnalysisError.unknownVariable(name: name) }
                return values[row]
            }
        }
    }
}
