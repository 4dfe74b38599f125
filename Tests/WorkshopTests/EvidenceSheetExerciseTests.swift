import Foundation
import Report
@testable import Workshop
import XCTest
import TestSupport

/// `ebpmSheet: true` in a spec adds the blank evidence worksheet (根拠シート) to every participant's workbook;
/// without the key the workbook is unchanged, and a returned workbook with the sheet still grades.
final class EvidenceSheetExerciseTests: XCTestCase {
    private func spec(ebpmSheet: String?) throws -> ExerciseSpec {
        let yaml = GradingRoundTripTests.describeSpec + (ebpmSheet.map { "\nebpmSheet: \($0)\n" } ?? "")
        return try ExerciseSpecLoader.parse(yaml: yaml, file: "waiting-summary.yaml")
    }

    func testTheKeyAddsTheBlankWorksheetAfterTheAnswers() throws {
        let with = try spec(ebpmSheet: "true")
        XCTAssertEqual(with.ebpmSheet, true)
        let document = ExerciseWorkbook.document(spec: with, dataset: try DatasetGenerator.generate(with, variant: 1))
        XCTAssertEqual(document.sheets.map(\.name), ["説明", "データ", "回答", "根拠シート"])
        XCTAssertEqual(document.sheets.last, EvidenceSheetLayout.sheet(language: .ja), "the blank worksheet, in Japanese")
    }

    func testWithoutTheKeyOrWithFalseTheWorkbookIsAsBefore() throws {
        let without = try spec(ebpmSheet: nil), off = try spec(ebpmSheet: "false")
        XCTAssertNil(without.ebpmSheet)
        let dataset = try DatasetGenerator.generate(without, variant: 1)
        let plain = ExerciseWorkbook.document(spec: without, dataset: dataset)
        XCTAssertEqual(plain.sheets.map(\.name), ["説明", "データ", "回答"])
        XCTAssertEqual(ExerciseWorkbook.document(spec: off, dataset: dataset), plain)
    }

    func testAReturnedWorkbookWithTheWorksheetGrades() throws {
        let spec = try spec(ebpmSheet: "true")
        let key = AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: 4))
        let folder = try TemporaryFolder("bunseki-ebpm").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("filled.xlsx")
        try FilledWorkbook.write(spec: spec, variant: 4, entries: FilledWorkbook.correctEntries(for: key), to: url)
        let grade = try SubmissionGrader(spec: spec).grade(SubmissionReader(spec: spec).read(path: url.path))
        XCTAssertEqual(grade.correctCount, 3)
    }
}
