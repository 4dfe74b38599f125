/// One NIST Statistical Reference Dataset (StRD) embedded in the program: its data, its model (linear
/// regression) and every certified value with the digits NIST certifies. The sets themselves are in the
/// generated `NISTData.swift` (scripts/make-nist-accuracy-data.py).
public struct NISTDataset: Sendable {
    /// Which analysis a set certifies.
    public enum Procedure: String, Codable, Sendable, CaseIterable {
        /// Mean, standard deviation and lag-1 autocorrelation of one column `y`.
        case univariate
        /// Ordinary least squares of `y` on the model's terms.
        case linearRegression
        /// One-way analysis of variance of `y` by `group`.
        case oneWayANOVA
    }

    /// NIST's difficulty rating of a set.
    public enum Difficulty: String, Codable, Sendable {
        case lower, average, higher
    }

    /// A regression set's model: its design columns (`"1"` for the intercept, `"x"`, `"x^3"`, `"x4"`, …).
    public struct Model: Sendable {
        /// The design columns in parameter order.
        public let terms: [String]
        /// Whether the model has an intercept (NoInt1 and NoInt2 have none).
        public let intercept: Bool

        /// Creates a model.
        public init(terms: [String], intercept: Bool) {
            self.terms = terms
            self.intercept = intercept
        }
    }

    /// One certified value: `beta[3]`, `between.f`, `sd`, … as NIST's certified files name them.
    public struct Certified: Sendable {
        /// The quantity's path in NIST's certified values.
        public let quantity: String
        /// The certified value as decimal text; nil where NIST certifies +∞ (Wampler1's F, an exact fit).
        public let value: String?
        /// The significant digits NIST certifies: the LRE's cap (15 for most values).
        public let digits: Int?
        /// The best LRE a Double input allows (exact arithmetic on the data parsed to Doubles); known for the
        /// univariate and ANOVA sets, whose data have more leading digits than a Double holds.
        public let ceiling: Double?

        /// Creates a certified value.
        public init(quantity: String, value: String?, digits: Int?, ceiling: Double?) {
            self.quantity = quantity
            self.value = value
            self.digits = digits
            self.ceiling = ceiling
        }
    }

    /// One data column, encoded as decimal tokens with repeats (`v*k`, `(a b)*k`).
    public struct Column: Sendable {
        /// The column's name: `y`, `x`, `x1` … `x6` or `group`.
        public let name: String
        /// The encoded tokens.
        public let encoded: String

        /// Creates a column.
        public init(name: String, encoded: String) {
            self.name = name
            self.encoded = encoded
        }

        /// The column's values, each token parsed as a Double (correctly rounded, as the CSV files read).
        public var values: [Double] {
            var values: [Double] = []
            var pending: [Double]?
            for token in encoded.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                if token.hasPrefix("(") {
                    pending = [Self.number(token.dropFirst())]
                } else if var unit = pending {
                    if let end = token.range(of: ")*") {
                        unit.append(Self.number(token[..<end.lowerBound]))
                        let count = Int(token[end.upperBound...]) ?? 1
                        for _ in 0..<count { values += unit }
                        pending = nil
                    } else {
                        unit.append(Self.number(token))
                        pending = unit
                    }
                } else if let star = token.firstIndex(of: "*") {
                    let count = Int(token[token.index(after: star)...]) ?? 1
                    values += Array(repeating: Self.number(token[..<star]), count: count)
                } else {
                    values.append(Self.number(token))
                }
            }
            return values
        }

        private static func number(_ text: Substring) -> Double {
            Double(text) ?? .nan
        }
    }

    /// NIST's name of the set (`Filip`, `SmLs09`, …).
    public let name: String
    public let procedure: Procedure
    public let difficulty: Difficulty
    /// The number of observations.
    public let observations: Int
    /// The model of a regression set; nil otherwise.
    public let model: Model?
    /// Every certified value, in NIST's order (degrees of freedom, exact integers, are left out).
    public let certified: [Certified]
    /// The data columns.
    public let columns: [Column]

    /// Creates a set.
    public init(name: String, procedure: Procedure, difficulty: Difficulty, observations: Int, model: Model?,
                certified: [Certified], columns: [Column]) {
        self.name = name
        self.procedure = procedure
        self.difficulty = difficulty
        self.observations = observations
        self.model = model
        self.certified = certified
        self.columns = columns
    }

    /// The values of the column named `name`, or nil.
    public func values(of name: String) -> [Double]? {
        columns.first { $0.name == name }?.values
    }
}
