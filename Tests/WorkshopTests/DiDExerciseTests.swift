import Analysis
@testable import Workshop
import XCTest

/// The `did` task kind and the long panel data behind it (one row per unit × period): units repeated
/// over rows, a group kept per unit, periods cycled, a per-unit error and an interaction shift.
final class DiDExerciseTests: XCTestCase {
    private static let small = """
    id: small-did
    title: 小さな差の差
    story: 2 つの窓口、前後 2 期。
    dataset:
      rows: 48
      seed: 7
      columns:
        - name: 来庁者
          id: {prefix: M, digits: 2, repeat: 2}
        - name: 窓口
          categorical: {values: [本庁, A支所], repeat: 2}
        - name: 期間
          categorical: {values: [前, 後], cycle: true}
        - name: 待ち時間
          derived:
            intercept: 20
            effects: {期間: {後: 1}}
            interactions:
              - {when: {窓口: [A支所], 期間: [後]}, shift: -5}
            noise: {sd: 2, shared: {来庁者: 2}}
            decimals: 1
    tasks:
      - id: did
        analysis: did
        value: 待ち時間
        group: 窓口
        treated: A支所
        period: 期間
        after: [後]
        unit: 来庁者
        instructions: 差の差を求めてください。
        figures:
          - {id: mean_tb, label: A支所・前, statistic: mean, term: treatedBefore, decimals: 2}
          - {id: est, label: 差の差, statistic: coefficient, decimals: 2}
          - {id: p, label: P 値, statistic: pValue, tolerance: {absolute: 0, relative: 0.01}}
          - {id: sig, label: 有意か, statistic: significant}
    """

    func testLongDataRepeatsUnitsKeepsTheirGroupAndCyclesPeriods() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: Self.small, file: "small-did.yaml")
        let data = try DatasetGenerator.generate(spec, variant: 1)
        let units = data.column(named: "来庁者")?.labels ?? [], offices = data.column(named: "窓口")?.labels ?? []
        let periods = data.column(named: "期間")?.labels ?? []
        XCTAssertEqual(Array(units.prefix(4)), ["M01", "M01", "M02", "M02"])
        XCTAssertEqual(units.last, "M24")
        XCTAssertEqual(Array(periods.prefix(4)), ["前", "後", "前", "後"])
        for row in stride(from: 0, to: data.rowCount, by: 2) { XCTAssertEqual(offices[row], offices[row + 1], "row \(row)") }
        XCTAssertEqual(Set(offices.compactMap { $0 }), ["本庁", "A支所"])
    }

    /// The key is `DifferenceInDifferences` on the generated rows, reading the cluster (by unit) standard error.
    func testKeyIsTheDiDAnalysisWithClusterErrors() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: Self.small, file: "small-did.yaml")
        let data = try DatasetGenerator.generate(spec, variant: 2)
        let key = AnswerKeyBuilder.key(for: spec, dataset: data)
        XCTAssertEqual(key.problems, [])
        let result = try DifferenceInDifferences.compute(
            valueName: "待ち時間", values: data.column(named: "待ち時間")!.numbers.map { $0! },
            treated: data.column(named: "窓口")!.labels.map { $0 == "A支所" }, periods: data.column(named: "期間")!.labels.map { $0! },
            periodOrder: ["前", "後"], afterPeriods: ["後"], units: data.column(named: "来庁者")!.labels.map { $0! })
        XCTAssertEqual(result.primaryKind, .cluster)
        XCTAssertEqual(key.answer(for: "mean_tb")?.value, .number(result.treatedBefore.mean))
        XCTAssertEqual(key.answer(for: "est")?.value, .number(result.estimate))
        XCTAssertEqual(key.answer(for: "p")?.value, .number(result.primary.pValue!))
        XCTAssertEqual(key.answer(for: "sig")?.value, .decision(result.primary.pValue! < 0.05))
        // Planted −5 against noise 2: found, within a few standard errors.
        XCTAssertEqual(result.estimate, -5, accuracy: 4 * result.primary.standardError)
    }

    func testWithoutUnitTheKeyReadsHC1() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: Self.small.replacingOccurrences(of: "    unit: 来庁者\n", with: ""),
                                                file: "small-did.yaml")
        let data = try DatasetGenerator.generate(spec, variant: 1)
        let result = try DiDSolver.estimate(spec.tasks[0], data: TaskTable(dataset: data)).result
        XCTAssertEqual(result.primaryKind, .hc1)
        XCTAssertEqual(AnswerKeyBuilder.key(for: spec, dataset: data).answer(for: "p")?.value, .number(result.primary.pValue!))
    }

    func testDiDTaskMistakesNameThePath() {
        func problem(_ old: String, _ new: String) -> String? {
            do {
                _ = try ExerciseSpecLoader.parse(yaml: Self.small.replacingOccurrences(of: old, with: new), file: "small-did.yaml")
                return nil
            } catch {
                guard case .invalidSpec(_, let keyPath, _) = error else { return "\(error)" }
                return keyPath
            }
        }
        XCTAssertEqual(problem("treated: A支所", "treated: D支所"), "tasks[0].treated")
        XCTAssertEqual(problem("after: [後]", "after: [前, 後]"), "tasks[0].after")
        XCTAssertEqual(problem("after: [後]", "after: [来期]"), "tasks[0].after[0]")
        XCTAssertEqual(problem("term: treatedBefore", "term: A支所"), "tasks[0].figures[0].term")
        XCTAssertEqual(problem("窓口: [A支所], 期間", "窓口: [D支所], 期間"), "dataset.columns[3].derived.interactions[0].when.窓口")
        XCTAssertEqual(problem("repeat: 2}\n    - name: 窓口", "repeat: 0}\n    - name: 窓口"), "dataset.columns[0].id.repeat")
        XCTAssertEqual(problem("shared: {来庁者: 2}", "shared: {待ち時間x: 2}"), "dataset.columns[3].derived.noise.shared.待ち時間x")
    }
}
