import Procedures
@testable import bunseki
import Foundation
import Report
import ReportWriter
import Workshop
import XCTest
import TestSupport

/// The shipped exercise measure-effect-did through the command line: every answer key equals what
/// `bunseki did … --unit 来庁者 --json` reports on the participant's own データ sheet, and a workbook
/// returned with those answers grades all ○.
final class DiDExerciseCommandTests: XCTestCase {
    private static let specPath = CommandRunner.packageRoot.appendingPathComponent("Exercises/measure-effect-did.yaml").path

    func testKeyEqualsTheDiDCommandOnTheHandedOutDataAndGradesAllCorrect() throws {
        let folder = try temporaryFolder()
        let build = try CommandRunner.run(["exercise", "build", Self.specPath, "--participants", "3", "-o", "class", "--lang", "en"],
                                          in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        let spec = try ExerciseSpecLoader.load(path: Self.specPath)
        var returned: [String] = []
        for variant in 1...3 {
            let workbook = folder.appendingPathComponent("class/配布/measure-effect-did-0\(variant).xlsx").path
            let result = try CommandRunner.run(["did", workbook, "--sheet", "データ", "--value", "待ち時間", "--group", "窓口",
                                                "--treated", "A支所", "--period", "期間", "--after", "2025年度下期,2026年度上期",
                                                "--unit", "来庁者", "--json"], in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let outcome = try XCTUnwrap(object["result"] as? [String: Any], result.stdout)
            let did = (outcome["result"] as? [String: Any]) ?? outcome
            func number(_ value: Any?) throws -> Double { try XCTUnwrap(value as? NSNumber).doubleValue }
            let primaryKind = try XCTUnwrap(did["primaryKind"] as? String)
            XCTAssertEqual(primaryKind, "cluster")
            let regression = try XCTUnwrap(did["regression"] as? [[String: Any]])
            let primary = try XCTUnwrap(regression.first { $0["kind"] as? String == primaryKind })
            let pValue = try number(primary["pValue"])

            let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: variant))
            XCTAssertEqual(key.problems, [])
            func expected(_ figure: String) throws -> Double {
                guard case .number(let value)? = key.answer(for: figure)?.value else { throw XCTSkip("no \(figure)") }
                return value
            }
            for (figure, cell) in [("mean_a_before", "treatedBefore"), ("mean_a_after", "treatedAfter"),
                                   ("mean_c_before", "comparisonBefore"), ("mean_c_after", "comparisonAfter")] {
                let mean = try number((did[cell] as? [String: Any])?["mean"])
                XCTAssertEqual(try expected(figure), mean, accuracy: 1e-12 * abs(mean), "variant \(variant) \(figure)")
            }
            let estimate = try number(did["estimate"])
            XCTAssertEqual(try expected("did_estimate"), estimate, accuracy: 1e-12 * abs(estimate))
            XCTAssertEqual(try expected("p_did"), pValue, accuracy: 1e-12 * pValue)
            XCTAssertEqual(key.answer(for: "sig_did")?.value, .decision(pValue < 0.05))

            let name = "returned-0\(variant).xlsx"
            try writeReturnedWorkbook(spec: spec, variant: variant, key: key, to: folder.appendingPathComponent(name))
            returned.append(name)
        }
        let grade = try CommandRunner.run(["exercise", "grade", Self.specPath] + returned + ["-o", "grades.xlsx", "--lang", "en"],
                                          in: folder)
        XCTAssertEqual(grade.status, 0, grade.stderr)
        for variant in 1...3 {
            XCTAssertTrue(grade.stdout.contains("returned-0\(variant).xlsx: data number \(variant), 7/7 correct"), grade.stdout)
        }
    }

    /// The handed-out document of `variant` with every figure of `key` typed in (はい/いいえ as text).
    private func writeReturnedWorkbook(spec: ExerciseSpec, variant: Int, key: AnswerKey, to url: URL) throws {
        var document = ExerciseWorkbook.document(spec: spec, dataset: try DatasetGenerator.generate(spec, variant: variant))
        let layout = AnswerSheetLayout(spec: spec)
        var typed: [CellAddress: ReportCell.Content] = [:]
        for answer in key.answers {
            let address = try XCTUnwrap(layout.answerAddress(of: answer.figureID))
            switch answer.value {
            case .number(let value)?: typed[address] = .value(.number(value))
            case .decision(let yes)?: typed[address] = .value(.text(yes ? "はい" : "いいえ"))
            case nil: XCTFail("no key for \(answer.figureID)")
            }
        }
        let sheet = try XCTUnwrap(document.sheets.firstIndex { $0.name == AnswerSheetLayout.sheetName })
        document.sheets[sheet].blocks = document.sheets[sheet].blocks.map { block in
            guard case .cells(let cells) = block.content else { return block }
            return ReportBlock(at: block.origin, .cells(cells.map { placed in
                guard let content = typed[placed.address] else { return placed }
                var cell = placed.cell
                cell.content = content
                return PositionedCell(placed.address, cell)
            }))
        }
        try ReportWriter().write(document, to: url)
    }
}
