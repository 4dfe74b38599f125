@testable import Workshop
import XCTest

/// The answer key reads the right figure of the right analysis: checked against relationships
/// planted in the data, not against the analysis code itself.
final class AnswerKeyTests: XCTestCase {
    /// The numeric key of figure `id`. A key without one fails the calling test: it is a bug, never a skip.
    private func number(_ key: AnswerKey, _ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        var value: Double?
        if case .number(let number)? = key.answer(for: id)?.value { value = number }
        return try XCTUnwrap(value, "figure \(id) has no numeric key: \(key.problems)", file: file, line: line)
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
        // Planted: after ≈ 0.85·before − 0.5 (+1.5 for permits), so days fall by about 1.5 on 12: clearly significant.
        XCTAssertEqual(key.answer(for: "sig_paired")?.value, .decision(true))
        XCTAssertGreaterThan(try number(key, "t_paired"), 3)
    }

    func testEveryCommittedExerciseHasACompleteKey() throws {
        for path in try ExerciseFiles.specPaths() {
            let spec = try ExerciseSpecLoader.load(path: path)
            let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
            XCTAssertEqual(key.problems, [], spec.id)
            XCTAssertTrue(key.answers.allSatisfy { $0.value != nil }, spec.id)
        }
    }

    private func committed(_ id: String) throws -> ExerciseSpec {
        try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("\(id).yaml").path)
    }

    private func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    func testANOVAGroupMeanAndPlantedWeekdayEffect() throws {
        let spec = try committed("counter-waiting-anova")
        let dataset = try DatasetGenerator.generate(spec, variant: 2)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        let waits = dataset.column(named: "待ち時間")?.numbers ?? [], days = dataset.column(named: "曜日")?.labels ?? []
        XCTAssertEqual(try number(key, "mean_monday"), mean(zip(waits, days).compactMap { $1 == "月" ? $0 : nil }),
                       accuracy: 1e-9)
        // Planted: Monday +6 and Friday +4 minutes against an error SD of 5, with about 20 visits a day.
        XCTAssertEqual(key.answer(for: "sig_anova")?.value, .decision(true))
        XCTAssertGreaterThan(try number(key, "f_value"), 3)
    }

    func testChiSquareMatchesTheTextbookFormulaOnTheCounts() throws {
        let spec = try committed("survey-satisfaction-crosstab")
        let dataset = try DatasetGenerator.generate(spec, variant: 1)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        // The counts straight from the true labels (the data hold no blanks, and every label occurs).
        let ages = dataset.column(named: "年代")?.labels ?? [], answers = dataset.column(named: "満足度")?.labels ?? []
        let (ageLevels, answerLevels) = (Array(Set(ages)), Array(Set(answers)))
        let counts = ageLevels.map { age in answerLevels.map { answer in zip(ages, answers).filter { $0 == (age, answer) }.count } }
        let total = Double(counts.joined().reduce(0, +))
        let rowTotals = counts.map { Double($0.reduce(0, +)) }
        let columnTotals = counts[0].indices.map { j in Double(counts.map { $0[j] }.reduce(0, +)) }
        var chiSquare = 0.0
        for (i, row) in counts.enumerated() {
            for (j, observed) in row.enumerated() {
                let expected = rowTotals[i] * columnTotals[j] / total
                chiSquare += (Double(observed) - expected) * (Double(observed) - expected) / expected
            }
        }
        XCTAssertEqual(total, 400)
        XCTAssertEqual(try number(key, "chi_square"), chiSquare, accuracy: 1e-9)
        XCTAssertEqual(try number(key, "df"), 8)
        XCTAssertEqual(key.answer(for: "sig_chi")?.value, .decision(true))
    }

    func testSmoothedValuesFollowTheToolPakRowLayout() throws {
        let spec = try committed("monthly-applications-smoothing")
        let dataset = try DatasetGenerator.generate(spec, variant: 1)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        let counts = (dataset.column(named: "申請件数")?.numbers ?? []).compactMap { $0 }
        XCTAssertEqual(counts.count, 24)
        // Moving average of interval 3 in data row 24: the mean of rows 22–24.
        XCTAssertEqual(try number(key, "ma_last"), mean(Array(counts[21...23])), accuracy: 1e-9)
        XCTAssertEqual(try number(key, "ma_first_year"), mean(Array(counts[9...11])), accuracy: 1e-9)
        // Exponential smoothing with damping 0.7 (α = 0.3): F₂ = A₁, F_t = 0.3·A_{t−1} + 0.7·F_{t−1}.
        var forecast = counts[0]
        for t in 2..<24 { forecast = 0.3 * counts[t - 1] + 0.7 * forecast }
        XCTAssertEqual(try number(key, "es_last"), forecast, accuracy: 1e-9)
    }

    func testCorrelationOfAPlantedLinearRelation() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: """
        id: correl
        title: t
        story: s
        dataset:
          rows: 50
          seed: 8
          columns:
            - name: x
              normal: {mean: 10, sd: 3}
            - name: y
              derived: {terms: {x: 2}, noise: {sd: 1}}
        tasks:
          - {id: c, analysis: correlation, variables: [x, y], instructions: i,
             figures: [{id: r, label: r, statistic: correlation}]}
        """, file: "correl.yaml")
        let dataset = try DatasetGenerator.generate(spec, variant: 1)
        let x = (dataset.column(named: "x")?.numbers ?? []).compactMap { $0 }
        let y = (dataset.column(named: "y")?.numbers ?? []).compactMap { $0 }
        let mx = mean(x), my = mean(y)
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        XCTAssertEqual(try number(key, "r"), sxy / (sxx * syy).squareRoot(), accuracy: 1e-12)
        XCTAssertGreaterThan(try number(key, "r"), 0.95)  // 2·3 = 6 of signal against an error SD of 1
    }
}
