@testable import Workshop
import XCTest

/// The answer key reads the right figure of the right analysis: checked against relationships
/// planted in the data, not against the analysis code itself.
final class AnswerKeyTests: XCTestCase {
    private func number(_ key: AnswerKey, _ id: String) throws -> Double {
        guard case .number(let value)? = key.answer(for: id)?.value else {
            throw XCTSkip("figure \(id) has no numeric key: \(key.problems)")
        }
        return value
    }

    func testNoiseFreeRegressionGivesThePlantedCoefficients() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: """
        id: exact
        title: t
        story: s
        dataset:
          rows: 20
          seed: 3
          columns:
            - name: x1
              integer: {min: 0, max: 50}
            - name: x2
              normal: {mean: 5, sd: 2}
            - name: y
              derived: {intercept: 3, terms: {x1: 2, x2: -5}}
        tasks:
          - id: reg
            analysis: regression
            response: y
            predictors: [x1, x2]
            instructions: i
            figures:
              - {id: b0, label: 切片, statistic: coefficient, term: 切片}
              - {id: b1, label: x1, statistic: coefficient, term: x1}
              - {id: b2, label: x2, statistic: coefficient, term: x2}
              - {id: r2, label: R2, statistic: rSquared}
              - {id: n, label: n, statistic: count}
              - {id: p2, label: p, statistic: pValue, term: x2}
        """, file: "exact.yaml")
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
        XCTAssertEqual(try number(key, "b0"), 3, accuracy: 1e-9)
        XCTAssertEqual(try number(key, "b1"), 2, accuracy: 1e-9)
        XCTAssertEqual(try number(key, "b2"), -5, accuracy: 1e-9)
        XCTAssertEqual(try number(key, "r2"), 1, accuracy: 1e-12)
        XCTAssertEqual(try number(key, "n"), 20)
        XCTAssertLessThan(try number(key, "p2"), 1e-100)
    }

    func testUndefinedFigureIsReportedNotInvented() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: """
        id: single
        title: t
        story: s
        dataset:
          rows: 2
          seed: 1
          columns:
            - name: x
              normal: {mean: 5, sd: 1}
          missing:
            - {column: x, count: 1}
        tasks:
          - id: d
            analysis: describe
            variable: x
            instructions: i
            figures:
              - {id: m, label: m, statistic: mean}
              - {id: s, label: s, statistic: standardDeviation}
        """, file: "single.yaml")
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
        XCTAssertNotNil(key.answer(for: "m")?.value)
        XCTAssertNil(key.answer(for: "s")?.value, "the SD of one value does not exist")
        XCTAssertEqual(key.problems.count, 1)
        guard case .figureUndefined(let exercise, let task, let figure, _)? = key.problems.first else {
            return XCTFail("\(key.problems)")
        }
        XCTAssertEqual([exercise, task, figure], ["single", "d", "s"])
    }

    func testOvertimeExerciseRecoversItsPlantedEffects() throws {
        let spec = try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("overtime-regression.yaml").path)
        for variant in 1...3 {
            let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: variant))
            XCTAssertEqual(key.problems, [])
            // Planted: 0.35 per case and −6 per staff member; the section effects left out of the model add noise.
            XCTAssertEqual(try number(key, "coef_workload"), 0.35, accuracy: 0.08, "variant \(variant)")
            XCTAssertEqual(try number(key, "coef_staff"), -6, accuracy: 1.5, "variant \(variant)")
            XCTAssertEqual(key.answer(for: "sig_staff")?.value, .decision(true))
            let pValue = try number(key, "p_staff")
            XCTAssertTrue(pValue > 0 && pValue < 0.05)
        }
    }

    func testTwoSampleMeansFollowTheGroupLabels() throws {
        let spec = try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("e-application-ttest.yaml").path)
        let dataset = try DatasetGenerator.generate(spec, variant: 1)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        XCTAssertEqual(key.problems, [])
        let after = dataset.column(named: "導入後日数")?.numbers ?? [], kind = dataset.column(named: "区分")?.labels ?? []
        let permits = zip(after, kind).compactMap { $1 == "許認可系" ? $0 : nil }
        XCTAssertEqual(try number(key, "mean_permit"), permits.reduce(0, +) / Double(permits.count), accuracy: 1e-9)
        let allAfter = after.compactMap { $0 }
        XCTAssertEqual(try number(key, "mean_after"), allAfter.reduce(0, +) / Double(allAfter.count), accuracy: 1e-9)
        // Planted: after ≈ 0.85·before − 0.5 (+2.5 for permits), so days fall by about 1 on 12: clearly significant.
        XCTAssertEqual(key.answer(for: "sig_paired")?.value, .decision(true))
        XCTAssertGreaterThan(try number(key, "t_paired"), 3)
    }

    func testUnavailableAnalysesLeaveTheirFiguresEmptyAndSaySo() throws {
        let spec = try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("counter-waiting-anova.yaml").path)
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
        XCTAssertNotNil(key.answer(for: "mean_all")?.value)
        if AnswerKeyBuilder.availableAnalyses.contains(.anova) {
            XCTAssertEqual(key.problems, [])
        } else {
            XCTAssertNil(key.answer(for: "f_value")?.value)
            XCTAssertEqual(key.problems, [.analysisUnavailable(exercise: spec.id, task: "anova", analysis: .anova)])
        }
    }
}
