import Foundation
import XCTest
@testable import Analysis

/// Closed forms and identities that do not depend on the fixture.
final class DistributionIdentityTests: XCTestCase {
    func testCauchyAndTwoDegreeClosedForms() throws {
        let t1 = try StudentT(degreesOfFreedom: 1)
        let t2 = try StudentT(degreesOfFreedom: 2)
        for t in [0.3, 1.0, 7.0, 250.0, 1e6] {
            XCTAssertEqual(relativeError(t1.sf(t), atan(1 / t) / Double.pi), 0, accuracy: 1e-14, "t(1) sf(\(t))")
            let s = (2 + t * t).squareRoot()
            XCTAssertEqual(relativeError(t2.sf(t), 1 / (s * (s + t))), 0, accuracy: 1e-14, "t(2) sf(\(t))")
        }
    }

    func testChiSquareTwoIsExponential() throws {
        let chi = try ChiSquared(degreesOfFreedom: 2)
        // An exponent of size E carries an absolute rounding error of about E·u: 1e-13 at x = 1200.
        for x in [1e-10, 0.5, 3.0, 40.0, 1200.0] {
            XCTAssertEqual(relativeError(chi.sf(x), exp(-x / 2)), 0, accuracy: max(1e-15, x * 1e-16), "sf(\(x))")
            XCTAssertEqual(relativeError(chi.cdf(x), -expm1(-x / 2)), 0, accuracy: 1e-14, "cdf(\(x))")
        }
    }

    func testFWithOneNumeratorDegreeIsSquaredT() throws {
        for n in [1.0, 4.5, 30.0, 1e6] {
            let f = try FisherF(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: n)
            let t = try StudentT(degreesOfFreedom: n)
            for x in [0.01, 2.0, 30.0] {
                XCTAssertEqual(relativeError(f.sf(x * x), t.twoSidedPValue(x)), 0, accuracy: 1e-13, "n=\(n) x=\(x)")
            }
        }
    }

    func testExcelExamples() throws {
        // Microsoft's T.INV.2T help: T.INV.2T(0.05,10) = 2.228139 (toolpak.md §7.4 drops a digit)
        // and T.INV.2T(0.1,10) = 1.812462 (the true value is 1.8124611…, shown rounded up).
        let t10 = try StudentT(degreesOfFreedom: 10)
        XCTAssertEqual(t10.twoSidedCriticalValue(alpha: 0.05), 2.228139, accuracy: 5e-7)
        XCTAssertEqual(t10.twoSidedCriticalValue(alpha: 0.1), 1.812462, accuracy: 1e-6)
        // §7.3: F.TEST example, P(F ≤ 0.614198) with (4, 4) df = 0.324159.
        let f44 = try FisherF(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 4)
        XCTAssertEqual(f44.cdf(0.614198), 0.324159, accuracy: 5e-7)
        XCTAssertEqual(f44.inverseSurvival(0.95), 0.156538, accuracy: 5e-7)
        // Microsoft help examples: CHISQ.DIST.RT(18.307,10) = 0.0500006, CHISQ.INV.RT(0.050001,10)
        // = 18.306973, F.DIST.RT(15.2068649,6,4) = 0.01, F.INV.RT(0.01,6,4) = 15.206865,
        // T.DIST.2T(1.959999998,60) = 0.054644930.
        let chi10 = try ChiSquared(degreesOfFreedom: 10)
        XCTAssertEqual(chi10.sf(18.307), 0.0500006, accuracy: 5e-8)
        XCTAssertEqual(chi10.inverseSurvival(0.050001), 18.306973, accuracy: 5e-7)
        let f64 = try FisherF(numeratorDegreesOfFreedom: 6, denominatorDegreesOfFreedom: 4)
        XCTAssertEqual(f64.sf(15.2068649), 0.01, accuracy: 5e-10)
        XCTAssertEqual(f64.inverseSurvival(0.01), 15.206865, accuracy: 5e-7)
        XCTAssertEqual(try StudentT(degreesOfFreedom: 60).twoSidedPValue(1.959999998), 0.054644930, accuracy: 5e-10)
    }

    func testRoundTripsAndComplements() throws {
        let distributions: [any ContinuousDistribution] = [
            Normal.standard, try StudentT(degreesOfFreedom: 7.5677), try ChiSquared(degreesOfFreedom: 13),
            try FisherF(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 17.5),
        ]
        for dist in distributions {
            for p in [1e-200, 1e-9, 0.01, 0.3, 0.5] {
                let upper = dist.inverseSurvival(p)
                XCTAssertEqual(relativeError(dist.sf(upper), p), 0, accuracy: 1e-12, "\(dist) sf(isf(\(p)))")
                let lower = dist.quantile(p)
                XCTAssertEqual(relativeError(dist.cdf(lower), p), 0, accuracy: 1e-12, "\(dist) cdf(quantile(\(p)))")
                XCTAssertEqual(dist.cdf(upper) + dist.sf(upper), 1, accuracy: 4e-16)
            }
        }
    }

    func testInvalidParametersThrowAndBadProbabilitiesGiveNaN() throws {
        XCTAssertThrowsError(try StudentT(degreesOfFreedom: 0))
        XCTAssertThrowsError(try ChiSquared(degreesOfFreedom: -.infinity))
        XCTAssertThrowsError(try FisherF(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: .nan))
        XCTAssertThrowsError(try Normal(mean: 0, standardDeviation: 0))
        let t = try StudentT(degreesOfFreedom: 3)
        XCTAssertTrue(t.quantile(1.5).isNaN)
        XCTAssertEqual(t.quantile(0), -.infinity)
        XCTAssertEqual(t.inverseSurvival(0), .infinity)
        XCTAssertEqual(try ChiSquared(degreesOfFreedom: 2).quantile(0), 0)
    }

    func testSpecialFunctionsAgainstClosedForms() {
        // Γ(½) = √π, Γ(10) = 9!, ln Γ(100) from the exact 99!.
        XCTAssertEqual(SpecialFunctions.logGamma(0.5), 0.5 * log(Double.pi), accuracy: 1e-15)
        XCTAssertEqual(SpecialFunctions.logGamma(10), log(362_880.0), accuracy: 1e-14)
        XCTAssertEqual(SpecialFunctions.logGamma(100), 359.13420536957539878, accuracy: 1e-12)
        // I_x(1, b) = 1 − (1−x)^b and I_x(a, 1) = xᵃ.
        let r = SpecialFunctions.regularizedBeta(1, 7, x: 0.2, y: 0.8)
        XCTAssertEqual(relativeError(r.complement, pow(0.8, 7)), 0, accuracy: 1e-15)
        XCTAssertEqual(relativeError(SpecialFunctions.regularizedBeta(3.5, 1, x: 0.3, y: 0.7).value, pow(0.3, 3.5)), 0,
                       accuracy: 1e-15)
        // Poisson pmf P(3; λ = 2) = e⁻²·2³/3! = gammaPrefix(4, 2)/2; binomial pmf
        // C(10,3)·0.3³·0.7⁷ = 0.266827932 = betaPrefix(3, 7, 0.3, 0.7)·10/(3·7).
        XCTAssertEqual(relativeError(SpecialFunctions.gammaPrefix(4, 2) / 2, exp(-2) * 8 / 6), 0, accuracy: 1e-15)
        let binomial = SpecialFunctions.betaPrefix(3, 7, x: 0.3, y: 0.7) * 10 / 21
        XCTAssertEqual(relativeError(binomial, 120 * pow(0.3, 3) * pow(0.7, 7)), 0, accuracy: 1e-14)
        // Q(1, x) = e⁻ˣ.
        XCTAssertEqual(relativeError(SpecialFunctions.regularizedGamma(1, 25).q, exp(-25)), 0, accuracy: 1e-14)
    }
}
