import Foundation
import XCTest
import TestSupport

/// `bunseki logistic`: a CSV of hours studied and exam results fits as published, and separated data
/// stops with one sentence naming the predictor.
final class LogisticCommandTests: XCTestCase {
    private func csv(_ text: String) throws -> URL {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("data.csv")
        try Data(text.utf8).write(to: file)
        return file
    }

    func testExamDataFitsAsPublished() throws {
        let hours = [0.50, 0.75, 1.00, 1.25, 1.50, 1.75, 1.75, 2.00, 2.25, 2.50, 2.75, 3.00, 3.25, 3.50, 4.00, 4.25, 4.50,
                     4.75, 5.00, 5.50]
        let passed = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1]
        let file = try csv("時間,合格\n" + zip(hours, passed).map { "\($0),\($1)\n" }.joined())
        let out = file.deletingLastPathComponent().appendingPathComponent("l.xlsx")
        let run = try CommandRunner.run(["logistic", file.path, "--y", "合格", "--x", "時間", "--json", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let fit = try XCTUnwrap(object["fit"] as? [String: Any])
        let slope = try XCTUnwrap((fit["coefficients"] as? [[String: Any]])?.last)
        // Wikipedia, "Logistic regression": 1.5046 (SE 0.6287), p = 0.0167.
        XCTAssertEqual(try XCTUnwrap(slope["estimate"] as? Double), 1.5046, accuracy: 1e-4)
        XCTAssertEqual(try XCTUnwrap(slope["standardError"] as? Double), 0.6287, accuracy: 1e-4)
        XCTAssertEqual(try XCTUnwrap(slope["pValue"] as? Double), 0.0167, accuracy: 1e-4)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.path))
    }

    func testSeparationIsOneSentence() throws {
        let file = try csv("x,y\n1,0\n2,0\n3,0\n4,1\n5,1\n6,1\n")
        let run = try CommandRunner.run(["logistic", file.path, "--y", "y", "--x", "x"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "The 0s and 1s of 'y' are (almost) perfectly split by x, so the coefficients diverge and the logistic regression cannot be estimated; drop that predictor or review the data.\n")
    }
}
