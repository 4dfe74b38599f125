import Foundation

/// Iteratively reweighted least squares for the logistic model (McCullagh & Nelder 1989, ch. 4;
/// R `glm.fit`), each step a weighted least-squares solve by the double-double Householder QR of
/// √W·X (never the normal equations), with step halving whenever the deviance does not decrease
/// (the log-likelihood is concave, so halving restores progress; Marschner 2011).
///
/// Convergence: max |Δβⱼ|/(|βⱼ| + 10⁻³) < 10⁻¹¹ (tighter than R's deviance rule, so estimates
/// agree with other implementations to ~1e-10). Separation (Lesaffre & Albert 1989): when
/// the iteration limit is reached, terms whose standard errors grew more than 10³-fold since the
/// first step are reported as diverging; complete if the deviance is then numerically 0.
struct IRLSFit {
    static let maximumIterations = 60

    let beta: [Double]
    let standardErrors: [Double]
    let linearPredictor: [Double]
    let logLikelihood: Double
    let iterations: Int
    let separation: LogisticSeparation?

    init(design columns: [[Double]], outcome y: [Double], names: [String]) throws {
        let n = y.count, p = columns.count
        let mean = y.reduce(0, +) / Double(n)
        var beta = [Double](repeating: 0, count: p)
        beta[0] = log(mean / (1 - mean))
        var eta = Self.linearPredictor(columns, beta)
        var logLikelihood = Self.logLikelihood(y, eta)
        var firstErrors: [Double]?
        var errors = [Double](repeating: 0, count: p)
        var iteration = 0
        var converged = false
        while iteration < Self.maximumIterations, !converged {
            iteration += 1
            guard let step = try Self.weightedStep(columns, y, eta, names: names, isFirst: iteration == 1) else { break }
            errors = step.standardErrors
            if firstErrors == nil { firstErrors = errors }
            var candidate = step.beta
            var candidateEta = Self.linearPredictor(columns, candidate)
            var candidateLikelihood = Self.logLikelihood(y, candidateEta)
            var halvings = 0
            while !(candidateLikelihood >= logLikelihood - 1e-12 * abs(logLikelihood)), halvings < 30 {
                candidate = zip(beta, candidate).map { ($0 + $1) / 2 }
                candidateEta = Self.linearPredictor(columns, candidate)
                candidateLikelihood = Self.logLikelihood(y, candidateEta)
                halvings += 1
            }
            converged = zip(beta, candidate).allSatisfy { abs($1 - $0) / (abs($1) + 1e-3) < 1e-11 }
            beta = candidate
            eta = candidateEta
            logLikelihood = candidateLikelihood
        }
        // Standard errors at the final estimate (infinite when the weights have collapsed).
        errors = try Self.weightedStep(columns, y, eta, names: names, isFirst: false)?.standardErrors
            ?? [Double](repeating: .infinity, count: p)
        self.beta = beta
        standardErrors = errors
        linearPredictor = eta
        self.logLikelihood = logLikelihood
        iterations = iteration
        if converged, errors.allSatisfy(\.isFinite) {
            separation = nil
        } else {
            let start = firstErrors ?? errors
            let diverging = names.indices.filter { !(errors[$0] <= 1e3 * start[$0]) }.map { names[$0] }
            let deviance = -2 * logLikelihood
            separation = LogisticSeparation(kind: deviance < 1e-6 ? .complete : .quasiComplete,
                                            terms: diverging.isEmpty ? names : diverging)
        }
    }

    private static func linearPredictor(_ columns: [[Double]], _ beta: [Double]) -> [Double] {
        (0..<columns[0].count).map { i in
            var sum = DoubleDouble.zero
            for (column, b) in zip(columns, beta) { sum += DoubleDouble.product(column[i], b) }
            return sum.value
        }
    }

    /// ln L = Σ [yη − ln(1 + e^η)], with ln(1 + e^η) = max(η, 0) + log1p(e^(−|η|)) so no term overflows.
    private static func logLikelihood(_ y: [Double], _ eta: [Double]) -> Double {
        var sum = DoubleDouble.zero
        for (yi, e) in zip(y, eta) { sum += yi * e - (max(e, 0) + log1p(exp(-abs(e)))) }
        return sum.value
    }

    /// One Newton step as weighted least squares: regress √w·z on √w·X with
    /// √w·z = √w·η + (y − μ)/√w, where μ and 1 − μ are each formed without cancellation and
    /// (y − μ)/√w is √((1−μ)/μ) for y = 1 and −√(μ/(1−μ)) for y = 0.
    /// Returns nil when √W·X has lost rank after the first step (weights collapsing under
    /// separation); on the first step (equal weights) lost rank is the user's collinearity.
    private static func weightedStep(_ columns: [[Double]], _ y: [Double], _ eta: [Double], names: [String],
                                     isFirst: Bool) throws -> (beta: [Double], standardErrors: [Double])? {
        var weighted = [[DoubleDouble]](repeating: [], count: columns.count)
        var response = [DoubleDouble]()
        for (i, e) in eta.enumerated() {
            let clipped = min(700, max(-700, e))
            let mu = 1 / (1 + exp(-clipped)), complement = 1 / (1 + exp(clipped))
            let root = (mu * complement).squareRoot()
            for j in columns.indices { weighted[j].append(DoubleDouble.product(columns[j][i], root)) }
            let adjustment = y[i] == 1 ? (complement / mu).squareRoot() : -(mu / complement).squareRoot()
            response.append(DoubleDouble.product(root, e) + adjustment)
        }
        let fit = LeastSquaresFit(columns: weighted, response: response)
        if let aliased = fit.qr.aliased.first {
            guard isFirst else { return nil }
            throw AnalysisError.redundantPredictor(variable: names[aliased])
        }
        let covariance = fit.unscaledCovariance()
        var errors = [Double](repeating: 0, count: columns.count)
        for (k, column) in fit.qr.pivots.enumerated() { errors[column] = covariance[k][k].value.squareRoot() }
        return (fit.beta.map { $0 ?? 0 }, errors)
    }
}
