import Foundation
import XCTest
import TestSupport

/// `bunseki logistic … --json` on a workshop-like CSV (the outcome as はい/いいえ and as 1/0, a blank
/// cell, a text predictor) agrees with statsmodels' Logit on every number to 1e-7 relative
/// (scripts/reference/logistic_cli_statsmodels.py).
final class LogisticStatsmodelsTests: XCTestCase {
    private let data = "Tests/CLITests/Fixtures/logistic_online.csv"

    private func reference() throws -> [String: Any] {
        let url = CommandRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/logistic_online_statsmodels.json")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func fit(outcome: String, extra: [String] = []) throws -> [String: Any] {
        let run = try CommandRunner.run(["logistic", data, "--y", outcome, "--x", "年齢,所要分,窓口", "--reference", "窓口=本庁",
                                         "--json"] + extra)
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return object
    }

    private func assertAgrees(_ ours: Any?, _ theirs: Any?, _ what: String, largest: inout (Double, String)) {
        guard let ours = ours as? Double, let theirs = theirs as? Double else {
            return XCTFail("\(what): \(String(describing: ours)) against \(String(describing: theirs))")
        }
        let difference = abs(ours - theirs) / max(abs(theirs), .leastNormalMagnitude)
        XCTAssertLessThanOrEqual(difference, 1e-7, "\(what): \(ours) against statsmodels \(theirs)")
        if difference > largest.0 { largest = (difference, what) }
    }

    func testTextOutcomeAndCategoricalPredictorAgreeWithStatsmodels() throws {
        let reference = try reference()
        let object = try fit(outcome: "申請")
        let outcome = try XCTUnwrap(object["outcome"] as? [String: Any])
        XCTAssertEqual(outcome["event"] as? String, "はい")
        XCTAssertEqual(outcome["nonEvent"] as? String, "いいえ")
        let categories = try XCTUnwrap(object["categories"] as? [[String: Any]])
        XCTAssertEqual(categories.first?["reference"] as? String, "本庁")

        let fit = try XCTUnwrap(object["fit"] as? [String: Any])
        var largest = (0.0, "")
        let ours = try XCTUnwrap(fit["coefficients"] as? [[String: Any]])
        let theirs = try XCTUnwrap(reference["coefficients"] as? [[String: Any]])
        XCTAssertEqual(ours.compactMap { $0["name"] as? String }, theirs.compactMap { $0["name"] as? String })
        for (mine, statsmodels) in zip(ours, theirs) {
            for key in ["estimate", "standardError", "z", "pValue", "oddsRatio", "oddsRatioLower", "oddsRatioUpper"] {
                assertAgrees(mine[key], statsmodels[key], "\(mine["name"] ?? "?") \(key)", largest: &largest)
            }
        }
        for key in ["logLikelihood", "nullLogLikelihood", "likelihoodRatio", "likelihoodRatioPValue", "mcFaddenR2", "aic"] {
            assertAgrees(fit[key], reference[key], key, largest: &largest)
        }
        XCTAssertEqual(fit["likelihoodRatioDegreesOfFreedom"] as? Int, reference["likelihoodRatioDegreesOfFreedom"] as? Int)
        XCTAssertEqual(fit["observations"] as? Int, reference["observations"] as? Int)
        XCTAssertEqual(fit["events"] as? Int, reference["events"] as? Int)
        XCTAssertEqual((fit["droppedRows"] as? [Int])?.count, reference["droppedRows"] as? Int)
        XCTAssertEqual(fit["classification"] as? [String: Int], reference["classification"] as? [String: Int])
        print("logistic CLI against statsmodels: largest relative difference \(largest.0) (\(largest.1))")
    }

    func testOneZeroOutcomeGivesTheSameFit() throws {
        let text = try XCTUnwrap(try fit(outcome: "申請")["fit"] as? [String: Any])
        let numbers = try fit(outcome: "申請01")
        XCTAssertNil(numbers["outcome"], "a 0/1 column needs no coding")
        let fit = try XCTUnwrap(numbers["fit"] as? [String: Any])
        XCTAssertEqual(fit["logLikelihood"] as? Double, text["logLikelihood"] as? Double)
        XCTAssertEqual((fit["coefficients"] as? [[String: Any]])?.compactMap { $0["estimate"] as? Double },
                       (text["coefficients"] as? [[String: Any]])?.compactMap { $0["estimate"] as? Double })
    }

    func testTheOtherLevelAsEventMirrorsTheCoefficients() throws {
        let yes = try XCTUnwrap(try fit(outcome: "申請")["fit"] as? [String: Any])
        let no = try XCTUnwrap(try fit(outcome: "申請", extra: ["--event", "いいえ"])["fit"] as? [String: Any])
        let slopes = { (fit: [String: Any]) in (fit["coefficients"] as? [[String: Any]])?.compactMap { $0["estimate"] as? Double } ?? [] }
        XCTAssertEqual(slopes(no).count, slopes(yes).count)
        for (a, b) in zip(slopes(no), slopes(yes)) { XCTAssertEqual(a, -b, accuracy: 1e-9 * max(1, abs(b))) }
    }

    func testUnclearEventAndMoreThanTwoValuesStopWithOneSentence() throws {
        let place = try CommandRunner.run(["logistic", data, "--y", "窓口", "--x", "年齢", "--lang", "en"])
        XCTAssertEqual(place.status, 1)
        XCTAssertEqual(place.stderr, "Column '窓口' is not a yes/no column of two values (it holds: 支所, 本庁, オンライン).\n")
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("ab.csv")
        try Data("結果,x\n合格,1\n不合格,2\n合格,3\n不合格,1\n".utf8).write(to: file)
        let unclear = try CommandRunner.run(["logistic", file.path, "--y", "結果", "--x", "x", "--lang", "ja"])
        XCTAssertEqual(unclear.status, 1)
        XCTAssertEqual(unclear.stderr, "列「結果」の 合格、不合格 のどちらを「はい」(1) とするか分かりません。--event 合格 のように指定してください。\n")
    }
}
