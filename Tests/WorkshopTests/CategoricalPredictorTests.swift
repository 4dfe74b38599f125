import Foundation
@testable import Workshop
import XCTest

/// A regression task may name a categorical predictor, as `bunseki regress` takes a text column: 0/1 indicators
/// against the first label, coefficients named `列=水準`.
final class CategoricalPredictorTests: XCTestCase {
    private static let yaml = """
    id: small-dummy
    title: 課による残業時間の違い
    story: 3 つの課。
    dataset:
      rows: 60
      seed: 11
      columns:
        - name: 課
          categorical: {values: [市民課, 税務課, 福祉課]}
        - name: 残業時間
          derived:
            intercept: 20
            effects: {課: {税務課: 8, 福祉課: 12}}
            noise: {sd: 3}
            decimals: 1
      missing:
        - {column: 残業時間, count: 3}
    tasks:
      - id: regression
        analysis: regression
        response: 残業時間
        predictors: [課]
        instructions: 課のダミー変数で回帰分析をしてください。
        figures:
          - {id: intercept, label: 切片, statistic: coefficient, term: 切片}
          - {id: tax, label: 税務課の係数, statistic: coefficient, term: 課=税務課}
          - {id: welfare, label: 福祉課の係数, statistic: coefficient, term: 課=福祉課}
    """

    /// With one categorical predictor least squares fits each group's mean: the intercept is the reference group's
    /// mean and each indicator's coefficient the difference of its group's mean from it (rows with a blank left out).
    func testIndicatorCoefficientsAreDifferencesOfGroupMeans() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: Self.yaml, file: "small-dummy.yaml")
        let dataset = try DatasetGenerator.generate(spec, variant: 1)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        XCTAssertEqual(key.problems, [])
        let hours = dataset.column(named: "残業時間")?.numbers ?? [], sections = dataset.column(named: "課")?.labels ?? []
        func mean(_ section: String) -> Double {
            let values = zip(hours, sections).compactMap { hour, label in label == section ? hour : nil }
            return values.reduce(0, +) / Double(values.count)
        }
        func number(_ id: String) throws -> Double {
            var value: Double?
            if case .number(let number)? = key.answer(for: id)?.value { value = number }
            return try XCTUnwrap(value, "figure \(id) has no numeric key: \(key.problems)")
        }
        XCTAssertEqual(try number("intercept"), mean("市民課"), accuracy: 1e-9)
        XCTAssertEqual(try number("tax"), mean("税務課") - mean("市民課"), accuracy: 1e-9)
        XCTAssertEqual(try number("welfare"), mean("福祉課") - mean("市民課"), accuracy: 1e-9)
        XCTAssertNotNil(TaskResultWorkbook.document(spec: spec, task: spec.tasks[0], dataset: dataset))
    }

    /// A figure may name only the indicators there are: the first label is the reference and has none.
    func testTheReferenceLevelHasNoCoefficient() {
        let yaml = Self.yaml.replacingOccurrences(of: "term: 課=福祉課", with: "term: 課=市民課")
        XCTAssertThrowsError(try ExerciseSpecLoader.parse(yaml: yaml, file: "small-dummy.yaml")) { error in
            guard case .invalidSpec(_, let keyPath, _) = error as? WorkshopError else { return XCTFail("\(error)") }
            XCTAssertEqual(keyPath, "tasks[0].figures[2].term")
        }
    }
}
