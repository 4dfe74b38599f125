/// One row of an ANOVA table ("Between Groups", "Rows", "Interaction", "Within", …).
public struct ANOVASource: Codable, Sendable, Equatable {
    /// The row's label in English ToolPak wording; a report translates it.
    public let name: String
    /// SS.
    public let sumOfSquares: Double
    /// df.
    public let degreesOfFreedom: Int
    /// MS = SS/df; nil when df = 0.
    public let meanSquare: Double?
    /// MS/MS_error; nil for the error and total rows, or when MS_error = 0.
    public let f: Double?
    /// F upper tail P(F > f) (Excel `F.DIST.RT`).
    public let pValue: Double?
    /// F with P(F > F crit) = α (Excel `F.INV.RT`).
    public let fCritical: Double?

    /// A row without a test (error or total).
    init(name: String, sumOfSquares: DoubleDouble, degreesOfFreedom: Int) {
        self.name = name
        self.sumOfSquares = sumOfSquares.value
        self.degreesOfFreedom = degreesOfFreedom
        meanSquare = degreesOfFreedom > 0 ? (sumOfSquares / Double(degreesOfFreedom)).value : nil
        f = nil
        pValue = nil
        fCritical = nil
    }

    /// An effect row tested against the error row: F = (SS/df)/(SS_e/df_e) formed in double-double.
    init(name: String, sumOfSquares: DoubleDouble, degreesOfFreedom: Int,
         error: DoubleDouble, errorDegreesOfFreedom: Int, alpha: Double) {
        self.name = name
        self.sumOfSquares = sumOfSquares.value
        self.degreesOfFreedom = degreesOfFreedom
        guard degreesOfFreedom > 0 else {
            meanSquare = nil
            f = nil
            pValue = nil
            fCritical = nil
            return
        }
        let ms = sumOfSquares / Double(degreesOfFreedom)
        meanSquare = ms.value
        let distribution = errorDegreesOfFreedom > 0
            ? try? FisherF(numeratorDegreesOfFreedom: Double(degreesOfFreedom),
                           denominatorDegreesOfFreedom: Double(errorDegreesOfFreedom))
            : nil
        fCritical = distribution?.inverseSurvival(alpha)
        guard let distribution, error.hi > 0 else {
            f = nil
            pValue = nil
            return
        }
        let ratio = (ms / (error / Double(errorDegreesOfFreedom))).value
        f = ratio
        pValue = distribution.sf(ratio)
    }
}
