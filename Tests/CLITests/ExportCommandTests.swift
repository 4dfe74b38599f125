import CSVReader
import Foundation
import ReportWriter
import SafeOutput
import SheetExport
import XCTest
import XLSXReader
import Procedures
import Workshop
@testable import bunseki
import TestSupport

/// `bunseki export` run as a user runs it, and its error sentences in both languages.
final class ExportCommandTests: XCTestCase {
    private let fixture = "Tests/SheetExportTests/Fixtures/export_cases.xlsx"

    private func scratchFolder() throws -> URL {
        let folder = try temporaryFolder()
        return folder
    }

    func testSingleSheetGoesToStandardOutputAsCSV() throws {
        let result = try CommandRunner.run(["export", fixture, "--sheet", "CON"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, ",\r\n,1\r\n")
    }

    func testAllSheetsWritesSafeNamesAndRefusesToOverwriteWithoutForce() throws {
        let folder = try scratchFolder()
        let first = try CommandRunner.run(["export", fixture, "--all-sheets", "-o", folder.path, "--format", "tsv"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       ["CON_.tsv", "a_b__c.tsv", "名簿.tsv", "順不同.tsv"])
        XCTAssertTrue(first.stderr.contains("1 cells of sheet '順不同' came after later cells"), first.stderr)
        let again = try CommandRunner.run(["export", fixture, "--all-sheets", "-o", folder.path, "--format", "tsv", "--lang", "en"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already exists; add --force"), again.stderr)
        let forced = try CommandRunner.run(["export", fixture, "--all-sheets", "-o", folder.path, "--format", "tsv", "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
    }

    func testUnmappableCharacterIsReportedWithItsCellInJapaneseAndEnglish() throws {
        let folder = try scratchFolder()
        let output = folder.appendingPathComponent("roster.csv").path
        let ja = try CommandRunner.run(["export", fixture, "--encoding", "shift_jis", "-o", output, "--lang", "ja"])
        XCTAssertEqual(ja.status, 1)
        XCTAssertTrue(ja.stderr.contains("シート「名簿」のセル C5 の文字「𠮷」は shift_jis で書けません"), ja.stderr)
        let en = try CommandRunner.run(["export", fixture, "--encoding", "shift_jis", "-o", output, "--lang", "en"])
        XCTAssertTrue(en.stderr.contains("Cell C5 of sheet '名簿' holds '𠮷'"), en.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output), "a failed export leaves no file")
        let replaced = try CommandRunner.run(["export", fixture, "--encoding", "shift_jis", "--replace", "-o", output])
        XCTAssertEqual(replaced.status, 0, replaced.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output))
    }

    func testTheInputIsNeverOverwritten() throws {
        let folder = try scratchFolder()
        let input = folder.appendingPathComponent("book.xlsx")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent(fixture), to: input)
        let before = try Data(contentsOf: input)
        let result = try CommandRunner.run(["export", input.path, "-o", input.path, "--force", "--lang", "ja"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("入力は上書きしません"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: input), before)
    }

    func testJSONShorthandAndDateFormatErrors() throws {
        let json = try CommandRunner.run(["export", fixture, "--sheet", "2", "--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["mergedRanges"] as? [String], ["A1:B2"])
        let badPattern = try CommandRunner.run(["export", fixture, "--date-format", "YYYY/MM/DD", "--lang", "ja"])
        XCTAssertEqual(badPattern.status, 1)
        XCTAssertTrue(badPattern.stderr.contains("日付の書式「YYYY/MM/DD」の「YYYY」は使えません"), badPattern.stderr)
        let custom = try CommandRunner.run(["export", fixture, "--date-format", "yyyy/M/d"])
        XCTAssertTrue(custom.stdout.contains(",2024/4/1,"), custom.stdout)
    }

    func testMessagesNameTheFileInBothLanguages() {
        let error = ExportError.output(.destinationExists(path: "out/名簿.csv"))
        XCTAssertEqual(ErrorMessages.sentence(for: error, language: .en),
                       "'out/名簿.csv' already exists; add --force to replace it or choose another output with -o.")
        XCTAssertTrue(ErrorMessages.sentence(for: error, language: .ja).hasPrefix("「out/名簿.csv」は既にあります"))
        XCTAssertEqual(ErrorMessages.exitCode(for: error), 1)
    }
}

/// Under ja a failure is one Japanese sentence: the system's English reason (Foundation's localizedDescription)
/// and the writer's English descriptions appear only in the English sentence.
final class JapaneseOnlyMessageTests: XCTestCase {
    private let english = "The file “x.xlsx” couldn’t be opened because there is no such file."

    private func assertNoEnglish(_ sentence: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(sentence.contains("couldn"), sentence, file: file, line: line)
        XCTAssertFalse(sentence.contains("Two parts"), sentence, file: file, line: line)
        XCTAssertFalse(sentence.contains("data series"), sentence, file: file, line: line)
        XCTAssertTrue(sentence.hasSuffix("。"), sentence, file: file, line: line)
    }

    func testFileAndWriterFailuresInJapanese() {
        let errors: [Error] = [
            XLSXError.fileUnreadable(file: "x.xlsx", reason: english),
            CSVError.unreadableFile(path: "x.csv", reason: english),
            OutputError.writeFailed(path: "out.xlsx", reason: english),
            ReportWriterError.writeFailed(path: "out.xlsx", reason: english),
            ReportWriterError.invalidLayout(.overlappingCells(sheet: "分散分析", cell: "B3")),
            ReportWriterError.chartWithoutSeries(sheet: "回帰", chart: "残差"),
        ]
        for error in errors { assertNoEnglish(ErrorMessages.sentence(for: error, language: .ja)) }
        for error in errors.prefix(4) { XCTAssertTrue(ErrorMessages.sentence(for: error, language: .en).contains(english)) }
        XCTAssertTrue(ErrorMessages.sentence(for: ReportWriterError.invalidLayout(.overlappingCells(sheet: "分散分析", cell: "B3")),
                                             language: .ja).contains("分散分析"))
    }

    func testExerciseSpecAndFolderFailuresInJapanese() {
        let unreadable = ExerciseMessages.sentence(for: .specUnreadable(file: "演習.yaml", reason: english), .ja)
        XCTAssertEqual(unreadable, "演習ファイル「演習.yaml」を読めません。ファイルがあるか、読む権限があるかを確認してください。")
        let folder = ExerciseMessages.sentence(for: .outputFolderUnavailable(path: "class/配布用", reason: english), .ja)
        assertNoEnglish(folder)
        XCTAssertTrue(folder.contains("class/配布用"))
        XCTAssertTrue(ExerciseMessages.sentence(for: .specUnreadable(file: "演習.yaml", reason: english), .en).contains(english))
    }
}
