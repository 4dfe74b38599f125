import Analysis

/// The equation and R² of a chart's least-squares trendline as text to four significant digits, written as the
/// trendline's name (shown in the legend). Excel's own trendline label cannot be given a number format through
/// libxlsxwriter 1.1.4 and shows up to 15 digits over the points; this text follows the workbook's number policy.
///
/// The fit is the one the spreadsheet draws: the plotted points, ordinary least squares (a straight line from the
/// centred sums, `SimpleLinearFit`; a polynomial or a line through the origin by `LinearRegression`, the tested fit of
/// `regress`), of the chart's order, through the origin when the chart's trendline is.
public enum TrendlineLabel {
    /// `y = 0.5123x + 3.210 (R² = 0.4512)`; nil when the points do not determine the curve.
    public static func text(x: [Double], y: [Double], order: Int, throughOrigin: Bool = false) -> String? {
        guard let fit = fit(x: x, y: y, order: order, throughOrigin: throughOrigin) else { return nil }
        let terms = fit.coefficients.enumerated().compactMap { power, value in
            throughOrigin && power == 0 ? nil : (power: power, value: value)
        }
        return "\(equation(terms)) (R² = \(figure(fit.rSquared)))"
    }

    /// The trendline's coefficients by power of x (index 0 the intercept, 0 through the origin) and its R²; nil when
    /// the points do not determine them. The browser draws the curve from these, the workbook's label quotes them.
    public static func fit(x: [Double], y: [Double], order: Int, throughOrigin: Bool = false)
        -> (coefficients: [Double], rSquared: Double)? {
        let points = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
        guard order >= 1, points.count > order + (throughOrigin ? 0 : 1) else { return nil }
        if order == 1 && !throughOrigin {
            // A straight line: the centred sums alone (cheap on the hundreds of thousands of points of a big sheet).
            return SimpleLinearFit(x: points.map(\.0), y: points.map(\.1)).map { ([$0.intercept, $0.slope], $0.rSquared) }
        }
        let response = Variable(name: "y", values: points.map { Optional($0.1) })
        let predictor = Variable(name: "x", values: points.map { Optional($0.0) })
        guard let fit = try? (order == 1
            ? LinearRegression.fit(response: response, predictors: [predictor], intercept: !throughOrigin)
            : LinearRegression.polynomial(response: response, x: predictor, degree: order, intercept: !throughOrigin)),
            let rSquared = fit.rSquared
        else { return nil }
        var coefficients = [Double](repeating: 0, count: order + 1)
        for (index, coefficient) in fit.coefficients.enumerated() {
            guard let estimate = coefficient.estimate else { return nil }
            coefficients[fit.hasIntercept ? index : index + 1] = estimate
        }
        return (coefficients, rSquared)
    }

    /// Highest power first, as Excel writes a trendline's equation: `y = 0.01234x² - 0.5000x + 3.210`.
    static func equation(_ terms: [(power: Int, value: Double)]) -> String {
        var text = "y ="
        for (position, term) in terms.sorted(by: { $0.power > $1.power }).enumerated() {
            let sign = term.value < 0 ? "-" : "+"
            let body = figure(abs(term.value)) + (term.power == 0 ? "" : "x" + superscript(term.power))
            text += position == 0 ? " " + (term.value < 0 ? "-" : "") + body : " \(sign) " + body
        }
        return text
    }

    /// Four significant digits, rounded as a cell of the policy's `significant` format shows them.
    static func figure(_ value: Double) -> String {
        NumberFormat.significant(value).approximateDisplay(of: value)
    }

    private static func superscript(_ power: Int) -> String {
        power == 1 ? "" : String(String(power).map { digit in
            ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"][digit] ?? digit
        })
    }
}
