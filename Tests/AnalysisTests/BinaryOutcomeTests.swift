import Analysis
import XCTest

/// A yes/no text column becomes the 0/1 outcome: the "yes" word is 1, blanks stay missing, and an
/// unclear or non-binary column is an error naming its values.
final class BinaryOutcomeTests: XCTestCase {
    func testYesWordIsTheEvent() throws {
        let outcome = try BinaryOutcome(variable: "申請", labels: ["いいえ", "はい", nil, "はい"])
        XCTAssertEqual(outcome.event, "はい")
        XCTAssertEqual(outcome.nonEvent, "いいえ")
        XCTAssertEqual(outcome.coded, Variable(name: "申請=はい", values: [0, 1, nil, 1]))
        XCTAssertEqual(try BinaryOutcome(variable: "used", labels: ["No", "Yes"]).event, "Yes", "compared without case")
    }

    func testNamedEventWins() throws {
        let outcome = try BinaryOutcome(variable: "結果", labels: ["合格", "不合格", "合格"], event: "不合格")
        XCTAssertEqual(outcome.coded.values, [0, 1, 0])
        XCTAssertThrowsError(try BinaryOutcome(variable: "結果", labels: ["合格", "不合格"], event: "欠席")) { error in
            XCTAssertEqual(error as? AnalysisError, .unknownCategory(variable: "結果", level: "欠席", levels: ["合格", "不合格"]))
        }
    }

    func testUnclearOrNonBinaryColumnsAreErrors() {
        XCTAssertThrowsError(try BinaryOutcome(variable: "結果", labels: ["合格", "不合格"])) { error in
            XCTAssertEqual(error as? AnalysisError, .eventNotRecognised(variable: "結果", levels: ["合格", "不合格"]))
        }
        XCTAssertThrowsError(try BinaryOutcome(variable: "窓口", labels: ["本庁", "支所", "本庁", "オンライン"])) { error in
            XCTAssertEqual(error as? AnalysisError, .notBinary(variable: "窓口", levels: ["本庁", "支所", "オンライン"]))
        }
        XCTAssertThrowsError(try BinaryOutcome(variable: "x", labels: ["はい", nil])) { error in
            XCTAssertEqual(error as? AnalysisError, .notBinary(variable: "x", levels: ["はい"]))
        }
    }
}
