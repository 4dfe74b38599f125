@testable import Workshop
import TestSupport
import XCTest

final class SpecLoadingTests: XCTestCase {
    /// A small valid spec; tests replace one line to make it invalid.
    static let minimal = """
    id: tiny
    title: 小さな演習
    story: {ja: 物語, en: story}
    dataset:
      rows: 10
      seed: 7
      columns:
        - name: 課
          categorical: {values: [A課, B課], weights: [1, 2]}
        - name: 件数
          normal: {mean: 10, sd: 2, decimals: 0}
        - name: 時間
          derived: {intercept: 1, terms: {件数: 0.5}, effects: {課: {B課: 2}}, noise: {sd: 1}, decimals: 1}
    tasks:
      - id: reg
        analysis: regression
        response: 時間
        predictors: [件数]
        instructions: 回帰分析をしてください。
        figures:
          - {id: b, label: 係数, statistic: coefficient, term: 件数}
    """

    private func problem(in yaml: String) -> (keyPath: String, problem: SpecProblem)? {
        do {
            _ = try ExerciseSpecLoader.parse(yaml: yaml, file: "test.yaml")
            return nil
        } catch {
            guard case .invalidSpec(let file, let keyPath, let problem) = error else { return nil }
            XCTAssertEqual(file, "test.yaml")
            return (keyPath, problem)
        }
    }

    private func replacing(_ old: String, with new: String) -> String {
        XCTAssertTrue(Self.minimal.contains(old), "fixture lacks \(old)")
        return Self.minimal.replacingOccurrences(of: old, with: new)
    }

    func testEveryCommittedExerciseLoads() throws {
        let paths = try ExerciseFiles.specPaths()
        XCTAssertGreaterThanOrEqual(paths.count, 6)
        for path in paths {
            let spec = try ExerciseSpecLoader.load(path: path)
            XCTAssertEqual(spec.id + ".yaml", URL(fileURLWithPath: path).lastPathComponent, "file named after its id")
        }
    }

    func testMinimalSpecDecodesDefaultsAndKinds() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: Self.minimal, file: "test.yaml")
        XCTAssertEqual(spec.title, LocalizedText(ja: "小さな演習"))
        XCTAssertEqual(spec.story.en, "story")
        XCTAssertEqual(spec.tolerance, Tolerance())
        XCTAssertEqual(spec.dataset.columns.map(\.role), [.categorical(labels: ["A課", "B課"]), .numeric, .numeric])
        guard case .derived(let derived) = spec.dataset.columns[2].kind else { return XCTFail("not derived") }
        XCTAssertEqual(derived.terms, ["件数": 0.5])
        XCTAssertEqual(derived.shape.decimals, 1)
    }

    func testMissingKeyIsReportedWithItsPath() {
        let result = problem(in: replacing("normal: {mean: 10, sd: 2, decimals: 0}", with: "normal: {mean: 10}"))
        XCTAssertEqual(result?.keyPath, "dataset.columns[1].normal.sd")
        XCTAssertEqual(result?.problem, .missingKey)
    }

    func testWrongTypeIsReportedWithItsPath() {
        let result = problem(in: replacing("rows: 10", with: "rows: たくさん"))
        XCTAssertEqual(result?.keyPath, "dataset.rows")
        XCTAssertEqual(result?.problem, .wrongType(expected: "whole number"))
    }

    func testMisspelledKeysAreReportedNotIgnored() {
        let inColumn = problem(in: replacing("decimals: 0}", with: "decimal: 0}"))
        XCTAssertEqual(inColumn?.keyPath, "dataset.columns[1].normal.decimal")
        XCTAssertEqual(inColumn?.problem, .unknownKey)
        let inFigure = problem(in: replacing("term: 件数}", with: "term: 件数, tolerence: {absolute: 1}}"))
        XCTAssertEqual(inFigure?.keyPath, "tasks[0].figures[0].tolerence")
        let topLevel = problem(in: SpecLoadingTests.minimal + "\nhint: [ヒント]")
        XCTAssertEqual(topLevel?.keyPath, "hint")
    }

    func testColumnNeedsExactlyOneKind() {
        let result = problem(in: replacing("normal: {mean: 10, sd: 2, decimals: 0}",
                                           with: "normal: {mean: 10, sd: 2}\n      integer: {min: 1, max: 3}"))
        XCTAssertEqual(result?.keyPath, "dataset.columns[1].name")
    }

    func testDerivedTermMustNameAnEarlierNumericColumn() {
        let unknown = problem(in: replacing("terms: {件数: 0.5}", with: "terms: {件数x: 0.5}"))
        XCTAssertEqual(unknown?.keyPath, "dataset.columns[2].derived.terms.件数x")
        XCTAssertEqual(unknown?.problem, .unknownColumn(name: "件数x", known: ["課", "件数"]))
        let categorical = problem(in: replacing("terms: {件数: 0.5}", with: "terms: {課: 0.5}"))
        XCTAssertEqual(categorical?.problem, .wrongColumnKind(name: "課", expected: "numeric"))
    }

    func testEffectLabelMustExist() {
        let result = problem(in: replacing("{B課: 2}", with: "{C課: 2}"))
        XCTAssertEqual(result?.keyPath, "dataset.columns[2].derived.effects.課.C課")
        XCTAssertEqual(result?.problem, .unknownLabel(label: "C課", known: ["A課", "B課"]))
    }

    func testWeightsMustMatchValues() {
        let result = problem(in: replacing("weights: [1, 2]", with: "weights: [1, 2, 3]"))
        XCTAssertEqual(result?.keyPath, "dataset.columns[0].categorical.weights")
        XCTAssertEqual(result?.problem, .wrongCount(expected: 2, found: 3))
    }

    func testNegativeStandardDeviationIsRejected() {
        let result = problem(in: replacing("sd: 2,", with: "sd: -2,"))
        XCTAssertEqual(result?.keyPath, "dataset.columns[1].normal.sd")
        XCTAssertEqual(result?.problem, .outOfRange(value: -2, allowed: "≥ 0"))
    }

    func testStatisticMustBeOfferedByTheAnalysis() {
        let result = problem(in: replacing("statistic: coefficient", with: "statistic: chiSquare"))
        XCTAssertEqual(result?.keyPath, "tasks[0].figures[0].statistic")
        XCTAssertEqual(result?.problem, .statisticNotOffered(statistic: .chiSquare, analysis: .regression,
                                                             offered: AnalysisKind.regression.offeredStatistics))
    }

    func testRegressionTermMustBeAPredictorOrTheIntercept() {
        let result = problem(in: replacing("term: 件数", with: "term: 時間"))
        XCTAssertEqual(result?.keyPath, "tasks[0].figures[0].term")
        XCTAssertEqual(result?.problem, .unknownLabel(label: "時間", known: ["切片", "件数"]))
        XCTAssertNil(problem(in: replacing("term: 件数", with: "term: 切片")))
    }

    func testTaskColumnMustExistAndHaveTheRightKind() {
        let result = problem(in: replacing("response: 時間", with: "response: 課"))
        XCTAssertEqual(result?.keyPath, "tasks[0].response")
        XCTAssertEqual(result?.problem, .wrongColumnKind(name: "課", expected: "numeric"))
    }

    func testUnknownAnalysisAndBadDateAreMalformed() {
        let analysis = problem(in: replacing("analysis: regression", with: "analysis: magic"))
        XCTAssertEqual(analysis?.keyPath, "tasks[0].analysis")
        let date = problem(in: replacing("normal: {mean: 10, sd: 2, decimals: 0}", with: "date: {start: 2025-02-30, step: day}"))
        XCTAssertEqual(date?.keyPath, "dataset.columns[1].date.start")
    }

    /// A workbook's dates begin on 1900-01-01: an earlier start would be written as a serial Excel cannot show.
    func testDatesBeforeNineteenHundredAreRefused() {
        let early = problem(in: replacing("normal: {mean: 10, sd: 2, decimals: 0}", with: "date: {start: 1899-12-31, step: day}"))
        XCTAssertEqual(early?.keyPath, "dataset.columns[1].date.start")
        XCTAssertEqual(early.map { "\($0.problem)" }, "1899-12-31 is before 1900-01-01, the first date a workbook holds")
        guard case .malformed(let detail)? = early?.problem else { return XCTFail("\(String(describing: early))") }
        XCTAssertEqual(detail.ja, "開始日 1899-12-31 はブックが扱える最初の日 1900-01-01 より前です。", "Japanese without English")
        let first = problem(in: replacing("normal: {mean: 10, sd: 2, decimals: 0}", with: "date: {start: 1900-01-01, step: day}"))
        XCTAssertNotEqual(first?.keyPath, "dataset.columns[1].date.start")
    }

    func testMissingCellsCannotExceedRows() {
        let result = problem(in: replacing("tasks:", with: "  missing:\n    - {column: 件数, count: 11}\ntasks:"))
        XCTAssertEqual(result?.keyPath, "dataset.missing[0].count")
    }

    func testYamlSyntaxErrorIsNotAnInvalidSpec() {
        XCTAssertThrowsError(try ExerciseSpecLoader.parse(yaml: "id: [unclosed", file: "bad.yaml")) { error in
            guard case .specSyntax(let file, _, _, _) = error as? WorkshopError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "bad.yaml")
        }
    }

    /// The parser's stopping place is kept, so that a message can point at the line to fix.
    func testYamlSyntaxErrorKeepsTheLine() {
        XCTAssertThrowsError(try ExerciseSpecLoader.parse(yaml: "id: x\ntitle: [unclosed\n", file: "bad.yaml")) { error in
            guard case .specSyntax(_, let line?, _, _) = error as? WorkshopError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 3)
        }
    }

    /// `title: 注意: …` is the YAML trap a sentence with a colon falls into: told as such, with its line.
    func testAColonInsideAPlainValueIsToldWithItsLine() {
        XCTAssertThrowsError(try ExerciseSpecLoader.parse(yaml: "id: x\ntitle:\n  ja: 注意: 短くなったか\n", file: "c.yaml")) { error in
            XCTAssertEqual(error as? WorkshopError, .colonInPlainValue(file: "c.yaml", line: 3))
        }
    }

    /// A workbook given in place of the spec is told as not text, not as a system error.
    func testBinaryFileIsNotText() throws {
        let path = try temporaryFolder("spec").appendingPathComponent("workbook.yaml").path
        try Data([0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x81]).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try ExerciseSpecLoader.load(path: path)) { error in
            XCTAssertEqual(error as? WorkshopError, .specNotText(file: path))
        }
    }

    func testUnreadableFileIsReported() {
        XCTAssertThrowsError(try ExerciseSpecLoader.load(path: "/nonexistent/spec.yaml")) { error in
            guard case .specUnreadable(let file, _) = error as? WorkshopError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "/nonexistent/spec.yaml")
        }
    }
}

final class WorkshopErrorDescriptionTests: XCTestCase {
    func testMessageNamesFileKeyPathAndProblem() {
        let error = WorkshopError.invalidSpec(file: "x.yaml", keyPath: "dataset.columns[4].derived.terms.処理件数x",
                                              problem: .unknownColumn(name: "処理件数x", known: ["課", "処理件数"]))
        XCTAssertEqual(error.description,
                       "x.yaml: dataset.columns[4].derived.terms.処理件数x: unknown column 処理件数x (known here: 課, 処理件数)")
    }
}
