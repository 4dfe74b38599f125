import Foundation
@testable import Workshop
import XCTest
import TestSupport

/// The shipped exercise measure-effect-did (書かない窓口 at A支所, difference-in-differences): every
/// variant's key grades all correct, the build warns only that the decision differs, and the class set
/// rebuilds byte for byte.
final class MeasureEffectExerciseTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("workshop-did").url
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func shipped() throws -> ExerciseSpec {
        try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("measure-effect-did.yaml").path)
    }

    func testShippedExerciseKeysGradeAllCorrectInEveryVariant() throws {
        let spec = try shipped()
        for variant in 1...6 {
            let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: variant))
            XCTAssertEqual(key.problems, [], "variant \(variant)")
            let url = folder.appendingPathComponent("filled-\(variant).xlsx")
            try FilledWorkbook.write(spec: spec, variant: variant, entries: FilledWorkbook.correctEntries(for: key), to: url)
            let grade = try SubmissionGrader(spec: spec).grade(SubmissionReader(spec: spec).read(path: url.path))
            guard case .graded(let gradedVariant, let figures) = grade.outcome else { return XCTFail("\(grade.outcome)") }
            XCTAssertEqual(gradedVariant, variant)
            XCTAssertEqual(figures.map(\.status), Array(repeating: .correct, count: 7), "variant \(variant)")
        }
    }

    /// The effect differs by variant and some variants are not significant, on purpose: the only build
    /// warning is that the decision differs.
    func testShippedExerciseWarnsOnlyThatTheDecisionDiffers() throws {
        let spec = try shipped()
        let warnings = try ExerciseChecks.warnings(spec: spec, variants: 12)
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        guard case .decisionDiffers(let figure, let yes, let no)? = warnings.first else { return XCTFail("\(warnings)") }
        XCTAssertEqual(figure, "sig_did")
        XCTAssertGreaterThan(yes, 0)
        XCTAssertGreaterThan(no, 0)
    }

    func testShippedClassSetIsByteIdenticalWhenRebuilt() throws {
        let spec = try shipped()
        let first = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 2), into: folder.appendingPathComponent("a"))
        _ = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 2), into: folder.appendingPathComponent("b"))
        XCTAssertEqual(first.problems, [])
        XCTAssertEqual(first.taskResults, ["解答/measure-effect-did-01-課題1.xlsx", "解答/measure-effect-did-02-課題1.xlsx"])
        for file in first.exerciseWorkbooks + first.answerKeys + first.taskResults + [first.overview] {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/" + file))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/" + file))
            XCTAssertEqual(a, b, "\(file) differs between two builds")
        }
    }

    /// Typical slips are recognised on the participant's own data: the p-value of an unclustered error,
    /// the difference taken the other way round, another cell of the 2×2 table.
    func testDiDSlipsAreNamed() throws {
        let spec = try shipped()
        let dataset = try DatasetGenerator.generate(spec, variant: 3)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        let result = try DiDSolver.estimate(spec.tasks[0], data: TaskTable(dataset: dataset)).result
        let hc1 = try XCTUnwrap(result.regression.first { $0.kind == .hc1 }?.pValue)
        var entries = FilledWorkbook.correctEntries(for: key)
        entries["p_did"] = .number(hc1)
        entries["did_estimate"] = .number(-result.estimate)
        entries["mean_a_before"] = .number(result.treatedAfter.mean)
        let url = folder.appendingPathComponent("slips.xlsx")
        try FilledWorkbook.write(spec: spec, variant: 3, entries: entries, to: url)
        let grade = try SubmissionGrader(spec: spec).grade(SubmissionReader(spec: spec).read(path: url.path))
        guard case .graded(_, let figures) = grade.outcome else { return XCTFail("\(grade.outcome)") }
        let slips = Dictionary(uniqueKeysWithValues: figures.map { ($0.expected.figureID, $0.slip) })
        XCTAssertEqual(slips["p_did"], .unclusteredError)
        XCTAssertEqual(slips["did_estimate"], .reversedDifference)
        XCTAssertEqual(slips["mean_a_before"], .otherTerm("A支所・導入後の平均"))
        XCTAssertEqual(grade.correctCount, 4)
    }
}
