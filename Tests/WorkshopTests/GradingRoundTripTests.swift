import Foundation
@testable import Workshop
import XCTest
import TestSupport

/// build → fill → read back with the XLSX reader → grade.
final class GradingRoundTripTests: XCTestCase {
    static let describeSpec = """
    id: waiting-summary
    title: 待ち時間の基本統計量
    story: 窓口の待ち時間を記録しました。
    dataset:
      rows: 30
      seed: 99
      columns:
        - name: 番号
          id: {prefix: W}
        - name: 待ち時間
          normal: {mean: 15, sd: 4, decimals: 1, min: 0}
      missing:
        - {column: 待ち時間, count: 2}
      dirty:
        - {column: 待ち時間, count: 2, style: unit, unit: 分}
    tasks:
      - id: summary
        analysis: describe
        variable: 待ち時間
        instructions: 基本統計量を求めてください。
        figures:
          - {id: mean, label: 平均, statistic: mean, decimals: 2}
          - {id: sd, label: 標準偏差, statistic: standardDeviation, decimals: 2}
          - {id: max, label: 最大値, statistic: maximum, decimals: 1}
    """

    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("workshop").url
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func spec() throws -> ExerciseSpec {
        try ExerciseSpecLoader.parse(yaml: Self.describeSpec, file: "waiting-summary.yaml")
    }

    private func grade(_ url: URL, spec: ExerciseSpec) throws -> SubmissionGrade {
        try SubmissionGrader(spec: spec).grade(SubmissionReader(spec: spec).read(path: url.path))
    }

    private func statuses(_ grade: SubmissionGrade) -> [String: GradeStatus] {
        guard case .graded(_, let figures) = grade.outcome else { return [:] }
        return Dictionary(uniqueKeysWithValues: figures.map { ($0.expected.figureID, $0.status) })
    }

    func testClassSetIsWrittenAndByteIdenticalWhenRebuilt() throws {
        let spec = try spec()
        let first = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 3), into: folder.appendingPathComponent("a"))
        let second = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 3), into: folder.appendingPathComponent("b"))
        XCTAssertEqual(first.exerciseWorkbooks, ["配布/waiting-summary-01.xlsx", "配布/waiting-summary-02.xlsx",
                                                 "配布/waiting-summary-03.xlsx"])
        XCTAssertEqual(first.overview, "解答/waiting-summary-一覧.xlsx")
        XCTAssertEqual(first.problems, [])
        XCTAssertEqual(first.taskResults, ["解答/waiting-summary-01-課題1.xlsx", "解答/waiting-summary-02-課題1.xlsx",
                                           "解答/waiting-summary-03-課題1.xlsx"])
        for file in first.exerciseWorkbooks + first.answerKeys + first.taskResults + [first.overview] {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/" + file))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/" + file))
            XCTAssertGreaterThan(a.count, 1000, file)
            XCTAssertEqual(a, b, "\(file) differs between two builds")
        }
        XCTAssertEqual(second, first)
        let one = try Data(contentsOf: folder.appendingPathComponent("a/配布/waiting-summary-01.xlsx"))
        let two = try Data(contentsOf: folder.appendingPathComponent("a/配布/waiting-summary-02.xlsx"))
        XCTAssertNotEqual(one, two, "participants must get different variants")
    }

    func testUntouchedWorkbookIsIdentifiedAndAllBlank() throws {
        let spec = try spec()
        let output = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 2), into: folder)
        let grade = try grade(folder.appendingPathComponent(output.exerciseWorkbooks[1]), spec: spec)
        guard case .graded(let variant, let figures) = grade.outcome else { return XCTFail("\(grade.outcome)") }
        XCTAssertEqual(variant, 2)
        XCTAssertEqual(figures.map(\.status), [.blank, .blank, .blank])
    }

    func testCorrectAnswersGradeCorrect() throws {
        let spec = try spec()
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 4))
        let url = folder.appendingPathComponent("filled.xlsx")
        try FilledWorkbook.write(spec: spec, variant: 4, entries: FilledWorkbook.correctEntries(for: key), to: url)
        let grade = try grade(url, spec: spec)
        XCTAssertEqual(statuses(grade), ["mean": .correct, "sd": .correct, "max": .correct])
        XCTAssertEqual(grade.correctCount, 3)
    }

    func testWrongBlankTextAndUnreadableAnswers() throws {
        let spec = try spec()
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
        guard case .number(let mean)? = key.answer(for: "mean")?.value,
              case .number(let maximum)? = key.answer(for: "max")?.value else { return XCTFail("no key") }
        // The mean typed as full-width text with a unit, rounded to the two decimals asked for.
        let typedMean = DirtyText.fullWidth(String(format: "%.2f", mean)) + "分"
        let url = folder.appendingPathComponent("mixed.xlsx")
        try FilledWorkbook.write(spec: spec, variant: 1, entries: ["mean": .text(typedMean), "max": .number(maximum + 1)],
                                 to: url)
        XCTAssertEqual(statuses(try grade(url, spec: spec)), ["mean": .correct, "sd": .blank, "max": .incorrect])

        try FilledWorkbook.write(spec: spec, variant: 1, entries: ["mean": .text("わからない"), "sd": .text("はい")], to: url)
        XCTAssertEqual(statuses(try grade(url, spec: spec)), ["mean": .unreadable, "sd": .incorrect, "max": .blank])
    }

    func testAnswerComputedByAFormulaIsGradedByItsValue() throws {
        let spec = try spec()
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 1))
        guard case .number(let maximum)? = key.answer(for: "max")?.value else { return XCTFail("no key") }
        let url = folder.appendingPathComponent("formula.xlsx")
        try FilledWorkbook.write(spec: spec, variant: 1,
                                 entries: ["max": .formula("MAX(\(maximum),0)", cached: maximum)], to: url)
        XCTAssertEqual(statuses(try grade(url, spec: spec))["max"], .correct)
    }

    func testWorkbookOfAnotherExerciseIsNamed() throws {
        let other = try ExerciseSpecLoader.parse(yaml: Self.describeSpec.replacingOccurrences(of: "id: waiting-summary",
                                                                                               with: "id: other-summary"),
                                                 file: "other.yaml")
        let url = folder.appendingPathComponent("other.xlsx")
        try FilledWorkbook.write(spec: other, variant: 1, entries: [:], to: url)
        XCTAssertEqual(try grade(url, spec: try spec()).outcome, .otherExercise(exerciseID: "other-summary"))
    }

    func testNonWorkbookIsUnreadableAndLeftUntouched() throws {
        let url = folder.appendingPathComponent("broken.xlsx")
        let bytes = Data("this is not a zip".utf8)
        try bytes.write(to: url)
        XCTAssertThrowsError(try SubmissionReader(spec: try spec()).read(path: url.path))
        XCTAssertEqual(try Data(contentsOf: url), bytes)
    }

    func testSubmissionsAreNotModifiedByGrading() throws {
        let spec = try spec()
        let output = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 1), into: folder)
        let url = folder.appendingPathComponent(output.exerciseWorkbooks[0])
        let before = try Data(contentsOf: url)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        _ = try grade(url, spec: spec)
        XCTAssertEqual(try Data(contentsOf: url), before)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date,
                       attributes[.modificationDate] as? Date)
    }
}

/// A filled workbook saved again by a real spreadsheet program still grades the same.
final class ResavedSubmissionTests: XCTestCase {
    func testLibreOfficeResavedWorkbookStillGrades() throws {
        _ = try LibreOfficeResave.located()
        let folder = try TemporaryFolder("workshop-lo").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = try ExerciseSpecLoader.parse(yaml: GradingRoundTripTests.describeSpec, file: "waiting-summary.yaml")
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 2))
        var entries = FilledWorkbook.correctEntries(for: key)
        entries["max"] = .text("１００分")  // wrong, and typed as text: must stay text through the re-save
        let original = folder.appendingPathComponent("filled.xlsx")
        try FilledWorkbook.write(spec: spec, variant: 2, entries: entries, to: original)

        let resaved = try LibreOfficeResave.resave(original, into: folder.appendingPathComponent("resaved"))
        XCTAssertNotEqual(try Data(contentsOf: resaved), try Data(contentsOf: original), "LibreOffice wrote its own package")
        let grade = try SubmissionGrader(spec: spec).grade(SubmissionReader(spec: spec).read(path: resaved.path))
        guard case .graded(let variant, let figures) = grade.outcome else { return XCTFail("\(grade.outcome)") }
        XCTAssertEqual(variant, 2)
        XCTAssertEqual(figures.map(\.status), [.correct, .correct, .incorrect])
        XCTAssertEqual(figures.last?.given, .number(100))
    }

    /// Dates, messy text cells (full-width digits, units, ideographic spaces) and blank cells of the
    /// data sheet must come back from LibreOffice with the same fingerprint, and correct answers
    /// (numbers, tiny p-values, はい/いいえ) must still grade correct.
    func testLibreOfficeKeepsTheDataFingerprintOfEveryExercise() throws {
        _ = try LibreOfficeResave.located()
        let folder = try TemporaryFolder("workshop-lo-all").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let specs = try ExerciseFiles.specPaths().map(ExerciseSpecLoader.load(path:))
        let originals = specs.map { folder.appendingPathComponent("\($0.id).xlsx") }
        for (spec, original) in zip(specs, originals) {
            let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 2))
            try FilledWorkbook.write(spec: spec, variant: 2, entries: FilledWorkbook.correctEntries(for: key), to: original)
        }
        let resaved = try LibreOfficeResave.resave(originals, into: folder.appendingPathComponent("resaved"))
        for (spec, file) in zip(specs, resaved) {
            let grade = try SubmissionGrader(spec: spec).grade(SubmissionReader(spec: spec).read(path: file.path))
            guard case .graded(let variant, let figures) = grade.outcome else {
                XCTFail("\(spec.id): \(grade.outcome)")
                continue
            }
            XCTAssertEqual(variant, 2, spec.id)
            for figure in figures {
                XCTAssertTrue([.correct, .noKey].contains(figure.status), "\(spec.id) \(figure.expected.figureID): \(figure)")
            }
        }
    }
}

final class GradeWorkbookTests: XCTestCase {
    private func expected(_ id: String, _ value: AnswerValue) -> ExpectedAnswer {
        ExpectedAnswer(taskID: "t", figureID: id, label: LocalizedText(ja: id), value: value, tolerance: Tolerance())
    }

    func testFeedbackNamesWrongAndBlankFiguresAndEachProblem() {
        let figures = [FigureGrade(expected: expected("平均", .number(1)), given: .number(1)),
                       FigureGrade(expected: expected("最大", .number(9)), given: .number(8)),
                       FigureGrade(expected: expected("有意", .decision(true)), given: .blank)]
        XCTAssertEqual(GradeWorkbook.feedback(SubmissionGrade(file: "a", outcome: .graded(variant: 1, figures: figures))),
                       "見直し: 最大　未回答: 有意")
        XCTAssertEqual(GradeWorkbook.feedback(SubmissionGrade(file: "a", outcome: .graded(variant: 1, figures: [figures[0]]))),
                       "すべて正解です。")
        XCTAssertTrue(GradeWorkbook.feedback(SubmissionGrade(file: "b", outcome: .otherExercise(exerciseID: "x")))
            .contains("別の演習（x）"))
        XCTAssertTrue(GradeWorkbook.feedback(SubmissionGrade(file: "c", outcome: .specChanged(variant: 2)))
            .contains("演習ファイル"))
    }

    func testSummaryFlagsTwoFilesOfOneVariant() throws {
        let spec = try ExerciseSpecLoader.parse(yaml: GradingRoundTripTests.describeSpec, file: "s.yaml")
        let figures = [FigureGrade(expected: expected("mean", .number(1)), given: .number(1))]
        let grades = ["a.xlsx", "b.xlsx"].map { SubmissionGrade(file: $0, outcome: .graded(variant: 3, figures: figures)) }
        let sheet = GradeWorkbook.document(spec: spec, grades: grades).sheets[0]
        let texts = try sheet.laidOutCells().compactMap { placed -> String? in
            if case .value(.text(let text)) = placed.cell.content { return text }
            return nil
        }
        XCTAssertEqual(texts.filter { $0.contains("同じデータ番号のファイルが他にもあります") }.count, 2)
    }
}
