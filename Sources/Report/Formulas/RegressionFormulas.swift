/// The live formulas behind the Regression tool's output (toolpak.md §3.2, §4.2), built on
/// `LINEST(y, X, const, TRUE)` exactly as the tool itself computes.
///
/// LINEST lists coefficients in reverse column order (last X first, intercept last), so coefficient j
/// of X column j (1-based) sits in LINEST column k + 1 − j, and the intercept in column k + 1.
public struct RegressionFormulas: Sendable {
    /// The response values.
    public let y: CellRange
    /// The predictors: one contiguous block of k columns, rows aligned with `y`.
    public let x: CellRange
    /// False for the ToolPak's "Constant is Zero" option.
    public let hasIntercept: Bool
    /// For a polynomial in the one column `x`, its degree K ≥ 2: the predictors are x, x², …, x^K, written
    /// `x^{1,2,…,K}` (an array constant, as Excel 2016 reads it inside `LINEST`); nil otherwise.
    public let polynomialDegree: Int?

    /// Where the fit's figures sit once laid out, so that per-row formulas read them instead of refitting the
    /// model in every row; nil for formulas that stand alone (each row then fits again, quadratic in n).
    public let anchors: Anchors?

    /// Cells on the sheet of the per-row output that hold figures computed once.
    ///
    /// Per row, a whole-column function (`TREND`, `LINEST`) costs O(n·k²) in a spreadsheet, so n rows cost
    /// O(n²·k²): 72 s in LibreOffice for a one-predictor regression of 10,000 rows. Reading the coefficients from
    /// these cells makes each row O(k).
    public struct Anchors: Sendable, Hashable {
        /// The intercept's coefficient (0 for a model without one).
        public var intercept: CellAddress
        /// The first slope's coefficient; the k slopes follow it down one column, in the order of `x`'s columns
        /// (or of the powers 1…K of a polynomial).
        public var firstSlope: CellAddress
        /// The residual sum of squares.
        public var residualSS: CellAddress
        /// The number of observations.
        public var observations: CellAddress
        /// The predicted value of observation 1; observation i sits i − 1 rows below, its residual one column right.
        public var firstPredicted: CellAddress
        /// The top-left cell of the one `{=LINEST(y, X, const, TRUE)}` block (5 × (k + 1)) every figure reads, or
        /// nil to fit inside each figure's formula. LibreOffice refits for every `LINEST` it meets: 183 of them in a
        /// 20-term regression of 10,000 rows took 90 s to recalculate.
        public var linestBlock: CellAddress?

        /// Creates the anchors; every address is on the sheet that holds the per-row formulas.
        public init(intercept: CellAddress, firstSlope: CellAddress, residualSS: CellAddress, observations: CellAddress,
                    firstPredicted: CellAddress, linestBlock: CellAddress? = nil) {
            self.intercept = intercept
            self.firstSlope = firstSlope
            self.residualSS = residualSS
            self.observations = observations
            self.firstPredicted = firstPredicted
            self.linestBlock = linestBlock
        }
    }

    /// Creates the formulas; `x` must have as many rows as `y` (one column when `polynomialDegree` is given).
    public init(y: CellRange, x: CellRange, hasIntercept: Bool = true, polynomialDegree: Int? = nil,
                anchors: Anchors? = nil) {
        self.y = y
        self.x = x
        self.hasIntercept = hasIntercept
        self.polynomialDegree = polynomialDegree.flatMap { $0 >= 2 ? $0 : nil }
        self.anchors = anchors
        xRows = RowReference(x)
        // y is one column; its first one, as the residuals have always read it.
        yRows = RowReference(CellRange(sheet: y.sheet, first: y.first, last: CellAddress(row: y.first.row, column: y.first.column)))
        if let anchors {
            let predictors = self.polynomialDegree ?? x.columnCount
            let lastSlope = anchors.firstSlope.offset(rows: predictors - 1)
            anchorTexts = (anchors.intercept.a1(absolute: true), anchors.firstSlope.a1(absolute: true),
                           "\(anchors.firstSlope.a1(absolute: true)):\(lastSlope.a1(absolute: true))")
        } else {
            anchorTexts = nil
        }
    }

    /// A one-row reference into a range's columns, spelt as `CellRange.reference()` spells it, with the sheet name and
    /// column letters worked out once: the per-row formulas of a long residual output each need one or two.
    private struct RowReference: Sendable {
        let prefix: String
        let first: String
        let last: String?

        init(_ range: CellRange) {
            prefix = SheetName.quotedForFormula(range.sheet) + "!$"
            first = CellAddress(row: 0, column: range.first.column).columnLetters
            last = range.first.column == range.last.column ? nil : CellAddress(row: 0, column: range.last.column).columnLetters
        }

        func at(row: Int) -> String {
            let number = String(row + 1)
            guard let last else { return prefix + first + "$" + number }
            return prefix + first + "$" + number + ":$" + last + "$" + number
        }
    }

    private let xRows: RowReference
    private let yRows: RowReference
    /// The intercept cell, the first slope cell and the slopes' range, absolute, when there are anchors.
    private let anchorTexts: (intercept: String, firstSlope: String, slopes: String)?

    /// Number of predictors (the polynomial's terms).
    public var predictorCount: Int { polynomialDegree ?? x.columnCount }

    /// `^{1,2,…,K}` after a reference to the x values, or nothing for plain predictors.
    private var powers: String {
        polynomialDegree.map { degree in "^{" + (1...degree).map(String.init).joined(separator: ",") + "}" } ?? ""
    }

    /// The predictors' block as LINEST and TREND read it: the range, or `range^{1,2,…,K}`.
    private var xBlock: String { x.reference() + powers }

    private var linest: String {
        "LINEST(\(y.reference()),\(xBlock),\(hasIntercept ? "TRUE" : "FALSE"),TRUE)"
    }

    private func linest(row: Int, column: Int) -> String {
        if let block = anchors?.linestBlock { return block.offset(rows: row - 1, columns: column - 1).a1(absolute: true) }
        return "INDEX(\(linest),\(row),\(column))"
    }

    /// `{=LINEST(y, X, const, TRUE)}` entered over its whole 5 × (k + 1) result, for `Anchors.linestBlock`.
    public var linestArray: Formula {
        .arrayBlock(linest, rows: 5, columns: predictorCount + 1)
    }
    private var observations: String { "COUNT(\(y.reference()))" }
    private var residualDF: String { linest(row: 4, column: 2) }

    // MARK: Regression statistics

    /// `Multiple R`: √R².
    public var multipleR: Formula { Formula("SQRT(\(linest(row: 3, column: 1)))") }
    /// `R Square` (uncentered when there is no intercept, as LINEST computes it).
    public var rSquare: Formula { Formula(linest(row: 3, column: 1)) }
    /// `Adjusted R Square`: 1 − (1 − R²)·dfTotal/dfResidual.
    public var adjustedRSquare: Formula {
        Formula("1-(1-\(linest(row: 3, column: 1)))*\(totalDF.text)/\(residualDF)")
    }
    /// `Standard Error` of the estimate: √(SSE/dfResidual).
    public var standardError: Formula { Formula(linest(row: 3, column: 2)) }
    /// `Observations`.
    public var observationCount: Formula { Formula(observations) }

    // MARK: ANOVA

    /// Regression df: k.
    public var regressionDF: Formula { Formula(String(predictorCount)) }
    /// Residual df: n − k − 1 (n − k without intercept).
    public var residualDFFormula: Formula { Formula(residualDF) }
    /// Total df: n − 1 (n without intercept).
    public var totalDF: Formula { Formula(hasIntercept ? "(\(observations)-1)" : observations) }
    /// Regression sum of squares.
    public var regressionSS: Formula { Formula(linest(row: 5, column: 1)) }
    /// Residual sum of squares.
    public var residualSS: Formula { Formula(linest(row: 5, column: 2)) }
    /// Total sum of squares (about the mean, or about zero without intercept).
    public var totalSS: Formula { Formula("\(linest(row: 5, column: 1))+\(linest(row: 5, column: 2))") }
    /// Regression mean square.
    public var regressionMS: Formula { Formula("\(linest(row: 5, column: 1))/\(predictorCount)") }
    /// Residual mean square.
    public var residualMS: Formula { Formula("\(linest(row: 5, column: 2))/\(residualDF)") }
    /// F statistic.
    public var f: Formula { Formula(linest(row: 4, column: 1)) }
    /// `Significance F`: the F statistic's right tail.
    public var significanceF: Formula {
        Formula("F.DIST.RT(\(linest(row: 4, column: 1)),\(predictorCount),\(residualDF))")
    }

    // MARK: Coefficients (term 0 is the intercept, term j the j-th X column)

    /// The LINEST column of a term, or nil for the intercept of a model without one.
    private func column(ofTerm term: Int) -> Int? {
        if term == 0 { return hasIntercept ? predictorCount + 1 : nil }
        return predictorCount + 1 - term
    }

    /// The coefficient of a term (0 for a model without intercept, as the ToolPak prints).
    public func coefficient(term: Int) -> Formula {
        guard let column = column(ofTerm: term) else { return Formula("0") }
        return Formula(linest(row: 1, column: column))
    }

    /// The coefficient's standard error, or nil where the ToolPak prints `#N/A` (no intercept).
    public func standardError(term: Int) -> Formula? {
        column(ofTerm: term).map { Formula(linest(row: 2, column: $0)) }
    }

    /// `t Stat`: coefficient / standard error.
    public func tStat(term: Int) -> Formula? {
        column(ofTerm: term).map { Formula(tRatio(column: $0)) }
    }

    /// `P-value`: two-sided, `T.DIST.2T(|t|, dfResidual)`.
    public func pValue(term: Int) -> Formula? {
        column(ofTerm: term).map { Formula("T.DIST.2T(ABS(\(tRatio(column: $0))),\(residualDF))") }
    }

    /// `Lower 95%` at `level`: b − t·SE with t = `T.INV.2T(1 − level, dfResidual)`.
    public func lowerBound(term: Int, level: Double) -> Formula? {
        interval(term: term, level: level, sign: "-")
    }

    /// `Upper 95%` at `level`: b + t·SE.
    public func upperBound(term: Int, level: Double) -> Formula? {
        interval(term: term, level: level, sign: "+")
    }

    private func tRatio(column: Int) -> String {
        "\(linest(row: 1, column: column))/\(linest(row: 2, column: column))"
    }

    private func interval(term: Int, level: Double, sign: String) -> Formula? {
        column(ofTerm: term).map { column in
            let critical = "T.INV.2T(\(FormulaNumber.text(1 - level)),\(residualDF))"
            return Formula("\(linest(row: 1, column: column))\(sign)\(critical)*\(linest(row: 2, column: column))")
        }
    }

    // MARK: Residual and probability output (observation i is 1-based)

    /// The data row (zero-based sheet row) of observation i.
    private func sheetRow(ofObservation i: Int) -> Int { y.first.row + i - 1 }

    private func xRow(ofObservation i: Int) -> String {
        xRows.at(row: sheetRow(ofObservation: i))
    }

    private func yCell(ofObservation i: Int) -> String {
        yRows.at(row: sheetRow(ofObservation: i))
    }

    /// `Predicted Y` of observation i: `TREND(y, X, x_i)`.
    /// For a polynomial of degree K: `SUMPRODUCT(LINEST(y, x^{1,…,K}), x_i^{K,…,1,0})`, the coefficients
    /// (highest power first, intercept last, as LINEST lists them) times the powers of x_i; LibreOffice does
    /// not evaluate TREND's new x `x_i^{1,…,K}` as an array, while SUMPRODUCT's arguments are arrays everywhere.
    ///
    /// With `anchors`: intercept + `MMULT(x_i, slopes)`, the row of x values (or `x_i^{1,…,K}`) times the
    /// column of slope cells. MMULT's arguments are arrays in Excel and LibreOffice alike, and a 1×1 product
    /// shows as its one value in a plain cell, so no array entry is needed.
    public func predicted(observation i: Int) -> Formula {
        if let anchors = anchorTexts {
            if polynomialDegree == nil, predictorCount == 1 {
                // One predictor: the textbook a + b·x, as a participant would write it.
                return Formula(anchors.intercept + "+" + anchors.firstSlope + "*" + xRow(ofObservation: i))
            }
            let xValues = polynomialDegree == nil ? xRow(ofObservation: i) : xRow(ofObservation: i) + powers
            return Formula(anchors.intercept + "+MMULT(" + xValues + "," + anchors.slopes + ")")
        }
        if let degree = polynomialDegree {
            let descending = stride(from: degree, through: 0, by: -1).map(String.init).joined(separator: ",")
            return Formula("SUMPRODUCT(LINEST(\(y.reference()),\(xBlock),\(hasIntercept ? "TRUE" : "FALSE")),"
                           + "\(xRow(ofObservation: i))^{\(descending)})")
        }
        return Formula("TREND(\(y.reference()),\(xBlock),\(xRow(ofObservation: i))\(hasIntercept ? "" : ",FALSE"))")
    }

    /// `Residuals` of observation i: y_i − ŷ_i.
    /// With `anchors` the predicted value is read from its cell beside.
    public func residual(observation i: Int) -> Formula {
        if let anchors {
            return Formula("\(yCell(ofObservation: i))-\(anchors.firstPredicted.offset(rows: i - 1).a1())")
        }
        return Formula("\(yCell(ofObservation: i))-\(predicted(observation: i).text)")
    }

    /// `Standard Residuals` of observation i, the ToolPak's scaling e_i / √(SSE/(n − 1)) (toolpak.md §3.2.2).
    /// With `anchors`: the residual's cell over the residual SS and observation cells.
    public func standardResidual(observation i: Int) -> Formula {
        if let anchors {
            let residual = anchors.firstPredicted.offset(rows: i - 1, columns: 1).a1()
            return Formula("\(residual)/SQRT(\(anchors.residualSS.a1(absolute: true))/(\(anchors.observations.a1(absolute: true))-1))")
        }
        return Formula("(\(residual(observation: i).text))/SQRT(\(linest(row: 5, column: 2))/(\(observations)-1))")
    }

    /// `Percentile` of the i-th smallest y: 100·(i − 0.5)/n (n from the observations cell when anchored).
    public func percentile(rank i: Int) -> Formula {
        Formula("100*(\(i)-0.5)/\(anchors.map { $0.observations.a1(absolute: true) } ?? observations)")
    }

    /// The i-th smallest y, for the probability output.
    public func sortedY(rank i: Int) -> Formula {
        .call("SMALL", y.reference(), String(i))
    }
}
