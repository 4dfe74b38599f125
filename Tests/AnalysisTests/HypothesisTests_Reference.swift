import Foundation
import XCTest
@testable import Analysis

/// The committed SciPy/statsmodels reference values (scripts/reference/tests_scipy.py).
struct ToolsReference: Decodable {
    struct TTestCase: Decodable {
        let name: String, kind: String, x: [Double], y: [Double], delta: Double, alpha: Double
        let means: [Double], variances: [Double], pooledVariance: Double?, pearson: Double?
        let df: Double, exactDf: Double, t: Double, exactPTwoTail: Double?
        let pOneTail: Double, tCriticalOneTail: Double, pTwoTail: Double, tCriticalTwoTail: Double
    }

    struct FTestCase: Decodable {
        let name: String, x: [Double], y: [Double], alpha: Double, f: Double, df: [Double]
        let pOneTail: Double, fCriticalOneTail: Double, pTwoTail: Double
    }

    struct ZTestCase: Decodable {
        let x: [Double], y: [Double], knownVariances: [Double], delta: Double, alpha: Double
        let z: Double, pOneTail: Double, zCriticalOneTail: Double, pTwoTail: Double, zCriticalTwoTail: Double
    }

    struct TukeyPair: Decodable {
        let first: Int, second: Int, difference: Double, q: Double, p: Double
    }

    struct OneWay: Decodable {
        let groups: [[Double]], alpha: Double, ssBetween: Double, ssWithin: Double, ssTotal: Double
        let f: Double, p: Double, fCritical: Double, etaSquared: Double, omegaSquared: Double
        let tukey: [TukeyPair], qCritical: Double
        let levene: Double, leveneP: Double, brownForsythe: Double, brownForsytheP: Double
    }

    struct RangePoint: Decodable {
        let k: Int, df: Double, q: Double, sf: Double
    }

    struct Effect: Decodable {
        let ss: Double, df: Double, f: Double?, p: Double?
    }

    struct TwoWayReplicated: Decodable {
        let cells: [[[Double]]], rows: Effect, columns: Effect, interaction: Effect, within: Effect
    }

    struct TwoWayPlain: Decodable {
        let grid: [[Double]], rows: Effect, columns: Effect, error: Effect
    }

    struct CorrelationPair: Decodable {
        let i: Int, j: Int, pearson: Double, pearsonP: Double, spearman: Double, spearmanP: Double
        let covarianceP: Double, covarianceS: Double
    }

    struct Correlation: Decodable {
        let columns: [[Double]], pairs: [CorrelationPair], populationVariances: [Double]
    }

    struct CrossTab: Decodable {
        let observed: [[Int]], fisherOnly: Bool?
        let chiSquare: Double?, p: Double?, df: Int?, expected: [[Double]]?
        let pearsonResiduals: [[Double]]?, adjustedResiduals: [[Double]]?, cramersV: Double?
        let fisherTwoSided: Double?, fisherLess: Double?, fisherGreater: Double?
    }

    struct Logistic: Decodable {
        let x: [[Double]], y: [Double], coefficients: [Double], standardErrors: [Double], z: [Double], p: [Double]
        let oddsRatioLower: [Double], oddsRatioUpper: [Double], logLikelihood: Double, nullLogLikelihood: Double
        let lrStatistic: Double, lrP: Double, mcFaddenR2: Double, aic: Double, classification: [[Int]]
    }

    struct HistogramCase: Decodable {
        let data: [Double], edges: [Double], frequencies: [Int]
    }

    struct Smoothing: Decodable {
        let actual: [Double], interval: Int, alpha: Double
        let movingAverage: [Double?], movingAverageErrors: [Double?]
        let exponential: [Double?], exponentialErrors: [Double?]
    }

    struct RankPercentile: Decodable {
        let values: [Double], ranks: [Int], percent: [Double]
    }

    let tTests: [TTestCase]
    let fTests: [FTestCase]
    let zTests: [ZTestCase]
    let oneWay: OneWay
    let studentizedRange: [RangePoint]
    let twoWayWithReplication: TwoWayReplicated
    let twoWayWithoutReplication: TwoWayPlain
    let correlation: Correlation
    let crossTabs: [CrossTab]
    let logistic: Logistic
    let histogram: HistogramCase
    let smoothing: Smoothing
    let rankPercentile: RankPercentile

    static func load() throws -> ToolsReference {
        try Fixtures.decode(ToolsReference.self, from: "tools_reference.json")
    }
}

/// Records the largest relative difference per figure so each test can print it.
struct DifferenceLog {
    private(set) var largest = 0.0
    private(set) var worstFigure = ""

    /// Asserts |estimate − reference| ≤ tolerance·|reference| and keeps the largest ratio.
    mutating func check(_ estimate: Double?, _ reference: Double, _ figure: String, tolerance: Double = 1e-9,
                        file: StaticString = #filePath, line: UInt = #line) {
        guard let estimate else {
            XCTFail("\(figure): no value, reference \(reference)", file: file, line: line)
            return
        }
        let difference = relativeError(estimate, reference)
        XCTAssertLessThanOrEqual(difference, tolerance, "\(figure): \(estimate) vs \(reference)", file: file, line: line)
        if difference > largest {
            largest = difference
            worstFigure = figure
        }
    }

    func report(_ tool: String) {
        print("largest relative difference, \(tool): \(largest) (\(worstFigure))")
    }
}

func variable(_ name: String, _ values: [Double]) -> Variable {
    Variable(name: name, values: values.map { $0 })
}
