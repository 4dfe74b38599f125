import XCTest
@testable import Analysis

/// NIST StRD univariate sets: mean, SD and lag-1 autocorrelation within 0.5 of the best LRE a
/// Double can reach (scripts/reference/nist_univariate_ceilings.py).
final class NISTUnivariateTests: XCTestCase {
    private struct Values: Decodable {
        let mean: Double
        let sd: Double
        let autocorr: Double
    }

    func testWithinHalfADigitOfTheDoubleCeiling() throws {
        let ceilings = try Fixtures.decode([String: [String: Double]].self, from: "nist/univariate_ceilings.json")
        var table = ["set        mean    sd  autocorr  (ceiling mean/sd/autocorr)"]
        for name in ceilings.keys.sorted() {
            let set = try NISTDataset(name)
            let cert = try set.certified(Values.self)
            let stats = try DescriptiveStatistics.compute(try XCTUnwrap(set.columns["y"]))
            let measured: [(String, Double?, Double, Double)] = [
                ("mean", stats.mean, cert.certified.mean, cert.certifiedDigits.mean),
                ("sd", stats.standardDeviation, cert.certified.sd, cert.certifiedDigits.sd),
                ("autocorr", stats.lagOneAutocorrelation, cert.certified.autocorr, cert.certifiedDigits.autocorr),
            ]
            var row = [Double]()
            for (key, estimate, certified, digits) in measured {
                let lre = logRelativeError(try XCTUnwrap(estimate), certified: certified, digits: digits)
                let ceiling = try XCTUnwrap(ceilings[name]?[key])
                XCTAssertGreaterThanOrEqual(lre, ceiling - 0.5, "\(name) \(key)")
                row.append(lre)
            }
            let limits = ["mean", "sd", "autocorr"].compactMap { ceilings[name]?[$0] }
            table.append(name.padding(toLength: 9, withPad: " ", startingAt: 0)
                         + row.map { String(format: "%6.1f", $0) }.joined()
                         + "    (" + limits.map { String(format: "%.1f", $0) }.joined(separator: "/") + ")")
        }
        print("NIST univariate LRE\n" + table.joined(separator: "\n"))
        XCTAssertEqual(ceilings.count, 9)
    }
}
