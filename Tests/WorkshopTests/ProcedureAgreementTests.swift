import Analysis
import Foundation
import Procedures
import Tabular
import TestSupport
@testable import Workshop
import XCTest
import XLSXReader

/// Every kind of task's key is the figure `bunseki` gives on the participant's own data sheet: the committed
/// participant workbook (variant 1) read as the command reads it, with `--coerce-numbers` where the exercise made
/// cells messy (full-width digits, units and spaced labels, which that option turns back into the true values), the
/// tool run with the options its instructions name. Fails if a solver chose columns, dropped rows, ordered groups or computed
/// a statistic in any way of its own.
final class ProcedureAgreementTests: XCTestCase {
    private func sheet(_ exercise: String, coerce: Bool = false) throws -> ToolInput {
        let path = Repository.root.appendingPathComponent("Workbooks/\(exercise)/配布/\(exercise)-01.xlsx").path
        let workbook = try Workbook(path: path)
        let table = try Table.read(workbook, sheet: workbook.sheet(named: ExerciseWorkbook.dataSheetName),
                                   options: TableOptions(coerceNumbers: coerce))
        return ToolInput(file: path, table: table)
    }

    private func key(_ exercise: String) throws -> AnswerKey {
        let spec = try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("\(exercise).yaml").path)
        return AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
    }

    private func figure(_ key: AnswerKey, _ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        var value: Double?
        if case .number(let number)? = key.answer(for: id)?.value { value = number }
        return try XCTUnwrap(value, "figure \(id) has no numeric key: \(key.problems)", file: file, line: line)
    }

    /// The same numbers through the same code give the same bits; only text turned into numbers could differ in the
    /// last place, which would not be a different preparation.
    private func assertSame(_ actual: Double?, _ expected: Double, _ what: String, line: UInt = #line) {
        guard let actual else { return XCTFail("\(what): the tool gives no value", line: line) }
        XCTAssertEqual(actual, expected, accuracy: abs(expected) * 1e-12, what, line: line)
    }

    func testDescribeAndAnova() throws {
        let (input, key) = (try sheet("counter-waiting-anova"), try key("counter-waiting-anova"))
        let described = try DescribeProcedure(columns: "待ち時間").analyse(input).statistics[0]
        assertSame(described.mean, try figure(key, "mean_all"), "mean")
        assertSame(described.standardDeviation, try figure(key, "sd_all"), "standard deviation")
        let anova = try AnovaProcedure(layout: GroupLayout(value: "待ち時間", group: "曜日"), order: ["曜日=月,火,水,木,金"])
            .analyse(input).anova
        assertSame(anova.groups.first { $0.name == "月" }?.mean, try figure(key, "mean_monday"), "Monday's mean")
        assertSame(anova.between.f, try figure(key, "f_value"), "F")
        assertSame(anova.between.pValue, try figure(key, "p_anova"), "p")
    }

    func testPairedAndTwoSampleTTests() throws {
        let (input, key) = (try sheet("e-application-ttest"), try key("e-application-ttest"))
        let paired = try TTestProcedure(samples: TwoSampleLayout(a: "導入前日数", b: "導入後日数"), paired: true).analyse(input).test
        assertSame(paired.tStatistic, try figure(key, "t_paired"), "paired t")
        assertSame(paired.pTwoTail, try figure(key, "p_paired"), "paired p")
        let twoSample = try TTestProcedure(samples: TwoSampleLayout(value: "導入後日数", group: "区分", levels: "届出系,許認可系"),
                                           equalVariances: true).analyse(input).test
        assertSame(twoSample.second.mean, try figure(key, "mean_permit"), "mean of 許認可系")
        assertSame(twoSample.tStatistic, try figure(key, "t_groups"), "two-sample t")
        assertSame(twoSample.pTwoTail, try figure(key, "p_groups"), "two-sample p")
    }

    func testRegressionWithBlanksAndMessyNumbers() throws {
        let (input, key) = (try sheet("overtime-regression", coerce: true), try key("overtime-regression"))
        let fit = try RegressProcedure(y: "残業時間", x: "処理件数,職員数").analyse(input).result
        let coefficient = { (name: String) in fit.coefficients.first { $0.name == name } }
        assertSame(coefficient("処理件数")?.estimate, try figure(key, "coef_workload"), "処理件数")
        assertSame(coefficient("職員数")?.estimate, try figure(key, "coef_staff"), "職員数")
        assertSame(coefficient("職員数")?.pValue, try figure(key, "p_staff"), "p of 職員数")
        assertSame(fit.rSquared, try figure(key, "r_squared"), "R²")
    }

    func testCrossTabulationsWithSpacedLabels() throws {
        for (exercise, rows, columns) in [("survey-satisfaction-crosstab", "年代", "満足度"), ("itpassport-training-crosstab", "研修", "合否")] {
            let (input, key) = (try sheet(exercise, coerce: true), try key(exercise))
            let table = try CrossTabProcedure(rows: rows, cols: columns).analyse(input).table
            assertSame(table.chiSquare, try figure(key, "chi_square"), "\(exercise): chi-square")
            assertSame(table.pValue, try figure(key, "p_chi"), "\(exercise): p")
        }
    }

    func testSmoothing() throws {
        let (input, key) = (try sheet("monthly-applications-smoothing"), try key("monthly-applications-smoothing"))
        let moving = try SmoothProcedure(column: "申請件数", interval: 3).analyse(input).series
        assertSame(moving.forecasts[23], try figure(key, "ma_last"), "moving average, row 24")
        let exponential = try SmoothProcedure(column: "申請件数", alpha: 0.3).analyse(input).series
        assertSame(exponential.forecasts[23], try figure(key, "es_last"), "exponential smoothing, row 24")
    }

    func testDifferenceInDifferences() throws {
        let (input, key) = (try sheet("measure-effect-did"), try key("measure-effect-did"))
        let result = try DiDProcedure(value: "待ち時間", group: "窓口", treated: "A支所", period: "期間",
                                      after: "2025年度下期,2026年度上期", unit: "来庁者").analyse(input).result
        assertSame(result.treatedBefore.mean, try figure(key, "mean_a_before"), "treated before")
        assertSame(result.estimate, try figure(key, "did_estimate"), "estimate")
        assertSame(result.primary.pValue, try figure(key, "p_did"), "clustered p")
    }

    /// The analyses no shipped exercise uses yet, on a class set built here: a correlation with a blank cell, and a
    /// regression on a categorical predictor (as `regress --x 課 --order 課=市民課,税務課,福祉課`).
    func testCorrelationAndCategoricalPredictorOnABuiltClassSet() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: """
            id: small-mixed
            title: 小さな練習
            story: 課と時間。
            dataset:
              rows: 40
              seed: 5
              columns:
                - name: 課
                  categorical: {values: [市民課, 税務課, 福祉課]}
                - name: 件数
                  normal: {mean: 50, sd: 10, decimals: 0}
                - name: 時間
                  derived:
                    intercept: 10
                    terms: {件数: 0.5}
                    effects: {課: {税務課: 4, 福祉課: 7}}
                    noise: {sd: 3}
                    decimals: 1
              missing:
                - {column: 時間, count: 2}
            tasks:
              - id: correlation
                analysis: correlation
                variables: [件数, 時間]
                instructions: 相関係数を求めてください。
                figures:
                  - {id: r, label: 相関係数, statistic: correlation}
              - id: regression
                analysis: regression
                response: 時間
                predictors: [課]
                instructions: 課のダミー変数で回帰分析をしてください。
                figures:
                  - {id: welfare, label: 福祉課の係数, statistic: coefficient, term: 課=福祉課}
                  - {id: p_welfare, label: P-値, statistic: pValue, term: 課=福祉課}
            """, file: "small-mixed.yaml")
        let folder = try temporaryFolder("procedure-agreement")
        let output = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 1), into: folder)
        let path = folder.appendingPathComponent(try XCTUnwrap(output.exerciseWorkbooks.first)).path
        let workbook = try Workbook(path: path)
        let input = ToolInput(file: path, table: try Table.read(workbook, sheet: workbook.sheet(named: ExerciseWorkbook.dataSheetName)))
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
        let matrix = try AssociationProcedure(tool: .correlation, columns: "件数,時間").analyse(input).matrix
        assertSame(matrix.pair(0, 1)?.pearson, try figure(key, "r"), "r")
        let fit = try RegressProcedure(y: "時間", x: "課", order: ["課=市民課,税務課,福祉課"]).analyse(input).result
        let welfare = fit.coefficients.first { $0.name == "課=福祉課" }
        assertSame(welfare?.estimate, try figure(key, "welfare"), "課=福祉課")
        assertSame(welfare?.pValue, try figure(key, "p_welfare"), "p of 課=福祉課")
    }
}
