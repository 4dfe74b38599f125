@testable import Workshop
import XCTest

/// Identification and tamper checks, which come before any answer is compared.
final class SubmissionGraderTests: XCTestCase {
    private func fixture() throws -> (spec: ExerciseSpec, grader: SubmissionGrader, rows: [[DataCell]], stamp: ExerciseStamp) {
        let spec = try ExerciseSpecLoader.parse(yaml: SpecLoadingTests.minimal, file: "test.yaml")
        let dataset = try DatasetGenerator.generate(spec, variant: 2)
        let rows = [dataset.columns.map { DataCell.text($0.name) }]
            + (0..<dataset.rowCount).map { row in dataset.columns.map { $0.cells[row] } }
        let stamp = ExerciseStamp(exerciseID: spec.id, variant: 2, dataFingerprint: DataFingerprint.of(dataset: dataset))
        return (spec, SubmissionGrader(spec: spec), rows, stamp)
    }

    func testFileWithoutStampIsUnidentified() throws {
        let (_, grader, rows, _) = try fixture()
        let grade = try grader.grade(Submission(file: "a.xlsx", stampText: nil, dataRows: rows, answers: [:]))
        XCTAssertEqual(grade.outcome, .unidentified)
        let garbled = try grader.grade(Submission(file: "a.xlsx", stampText: "hello", dataRows: rows, answers: [:]))
        XCTAssertEqual(garbled.outcome, .unidentified)
    }

    func testFileOfAnotherExerciseIsNamed() throws {
        let (_, grader, rows, stamp) = try fixture()
        let foreign = ExerciseStamp(exerciseID: "other-one", variant: 2, dataFingerprint: stamp.dataFingerprint)
        let grade = try grader.grade(Submission(file: "b.xlsx", stampText: foreign.text, dataRows: rows, answers: [:]))
        XCTAssertEqual(grade.outcome, .otherExercise(exerciseID: "other-one"))
        XCTAssertEqual(grade.correctCount, 0)
    }

    func testEditedOrMissingDataSheetIsGradedWithAWarningNamingTheCells() throws {
        let (_, grader, rows, stamp) = try fixture()
        var edited = rows
        edited[3][1] = .number(999)
        let grade = try grader.grade(Submission(file: "c.xlsx", stampText: stamp.text, dataRows: edited, answers: [:]))
        guard case .graded(let variant, _) = grade.outcome else { return XCTFail("\(grade.outcome)") }
        XCTAssertEqual(variant, 2)
        XCTAssertEqual(grade.dataReview?.warnings, [.changedValues(cells: ["B4"])])
        let missing = try grader.grade(Submission(file: "c.xlsx", stampText: stamp.text, dataRows: nil, answers: [:]))
        XCTAssertEqual(missing.dataReview?.warnings, [.dataSheetMissing])
    }

    func testUntouchedDataSheetHasNothingToReport() throws {
        let (_, grader, rows, stamp) = try fixture()
        let grade = try grader.grade(Submission(file: "c.xlsx", stampText: stamp.text, dataRows: rows, answers: [:],
                                                sheetNames: ["説明", "データ", "回答"]))
        XCTAssertEqual(grade.dataReview?.isUnchanged, true)
    }

    /// A stamp whose fingerprint the current spec no longer generates: the spec or seed changed after handing out.
    func testStampOfAnotherVariantMeansTheSpecChanged() throws {
        let (_, grader, rows, stamp) = try fixture()
        let swapped = ExerciseStamp(exerciseID: stamp.exerciseID, variant: 3, dataFingerprint: stamp.dataFingerprint)
        let grade = try grader.grade(Submission(file: "d.xlsx", stampText: swapped.text, dataRows: rows, answers: [:]))
        XCTAssertEqual(grade.outcome, .specChanged(variant: 3))
    }

    /// A file handed out before the seed changed is graded against the earlier spec given for it, and says so.
    func testAFileFromAnEarlierSpecIsGradedAgainstThatVersion() throws {
        let (spec, _, rows, stamp) = try fixture()
        let changed = try ExerciseSpecLoader.parse(yaml: SpecLoadingTests.minimal.replacingOccurrences(of: "seed: ", with: "seed: 9"),
                                                   file: "test.yaml")
        XCTAssertNotEqual(changed, spec)
        let current = SubmissionGrader(spec: changed)
        let submission = Submission(file: "f.xlsx", stampText: stamp.text, dataRows: rows, answers: [:])
        XCTAssertEqual(try current.grade(submission).outcome, .specChanged(variant: 2))
        let withEarlier = SubmissionGrader(spec: changed, earlier: [(name: "handed-out.yaml", spec: spec)])
        let grade = try withEarlier.grade(submission)
        guard case .graded(let variant, _) = grade.outcome else { return XCTFail("\(grade.outcome)") }
        XCTAssertEqual(variant, 2)
        XCTAssertEqual(grade.earlierSpec, "handed-out.yaml")
        XCTAssertEqual(grade.dataReview?.isUnchanged, true)
    }

    func testUnreadableFileGetsItsOwnLine() throws {
        let (_, grader, _, _) = try fixture()
        XCTAssertEqual(grader.unreadable(file: "e.xlsx", reason: "not a zip").outcome, .unreadable(reason: "not a zip"))
    }
}
