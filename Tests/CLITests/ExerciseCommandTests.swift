import ArgumentParser
import Procedures
@testable import bunseki
import Foundation
import Report
import ReportWriter
import Workshop
import XCTest
import XLSXReader
import TestSupport

/// `bunseki exercise build` and `grade` end to end, through the argument parser.
final class ExerciseCommandTests: XCTestCase {
    private var folder: URL!

    private static let spec = """
    id: cli-summary
    title: 待ち時間
    story: 窓口の待ち時間です。
    dataset:
      rows: 12
      seed: 5
      columns:
        - name: 待ち時間
          normal: {mean: 10, sd: 2, decimals: 1}
    tasks:
      - id: s
        analysis: describe
        variable: 待ち時間
        instructions: 平均を求めてください。
        figures:
          - {id: mean, label: 平均, statistic: mean, decimals: 2}
    """

    override func setUpWithError() throws {
        folder = try TemporaryFolder("cli-exercise").url
        try Self.spec.write(to: folder.appendingPathComponent("cli-summary.yaml"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func run(_ arguments: [String]) throws {
        var command = try Bunseki.parseAsRoot(arguments)
        try command.run()
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testBuildListsFilesUnderTheFolderAsGiven() throws {
        let result = try CommandRunner.run(["exercise", "build", "cli-summary.yaml", "--participants", "1", "-o", "class"],
                                           in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n"),
                       ["class/配布/cli-summary-01.xlsx", "class/解答/cli-summary-01-解答.xlsx",
                        "class/解答/cli-summary-01-課題1.xlsx", "class/解答/cli-summary-一覧.xlsx"])
    }

    /// Participant 1 returns the workbook with the answer key's mean typed in, participant 2 returns it
    /// untouched: the grade workbook gives 1 of 1 (○) and 0 of 1 (blank), each with its variant.
    func testBuildThenGradeWritesClassSetAndGradeWorkbook() throws {
        try run(["exercise", "build", path("cli-summary.yaml"), "--participants", "2", "-o", path("class"), "--lang", "en"])
        for file in ["class/配布/cli-summary-01.xlsx", "class/配布/cli-summary-02.xlsx", "class/解答/cli-summary-01-解答.xlsx",
                     "class/解答/cli-summary-一覧.xlsx"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: path(file)), file)
        }
        let key = try Workbook(path: path("class/解答/cli-summary-01-解答.xlsx")).cellsByAddress(sheet: "解答")
        XCTAssertEqual(key["B5"]?.value, .text("平均"))
        guard case .number(let mean)? = key["D5"]?.value, case .number(let typed)? = key["C5"]?.value else { return XCTFail("no mean in the answer key: \(key)") }
        XCTAssertEqual(typed, (mean * 100).rounded() / 100, "the key shows the value rounded as asked")
        try writeReturnedWorkbook(variant: 1, answering: "mean", with: mean, to: "returned-01.xlsx")

        try run(["exercise", "grade", path("cli-summary.yaml"), path("returned-01.xlsx"),
                 path("class/配布/cli-summary-02.xlsx"), "-o", path("grades.xlsx"), "--participants", "3", "--lang", "en"])
        let grades = try Workbook(path: path("grades.xlsx")).cellsByAddress(sheet: "採点結果")
        // Header in row 4 (ファイル, 受講者番号, 氏名, データ番号, 得点, 満点, フィードバック, データシート, 平均),
        // one row per returned file, then who has not submitted.
        XCTAssertEqual(["A5", "B5", "D5", "E5", "F5", "G5", "I5"].map { grades[$0]?.value },
                       [.text(path("returned-01.xlsx")), .number(1), .number(1), .number(1), .number(1), .text("すべて正解です。"),
                        .text("○")])
        XCTAssertEqual(["A6", "B6", "D6", "E6", "F6", "G6", "I6"].map { grades[$0]?.value },
                       [.text(path("class/配布/cli-summary-02.xlsx")), .number(2), .number(2), .number(0), .number(1),
                        .text("未回答: 平均"), .text("空欄")])
        XCTAssertEqual(grades["A7"]?.value, .text("（未提出）"))
        XCTAssertEqual(grades["B7"]?.value, .number(3))
        for file in ["cli-summary-得点.csv", "cli-summary-フィードバック/cli-summary-01-フィードバック.xlsx",
                     "cli-summary-フィードバック/cli-summary-02-フィードバック.xlsx"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: path(file)), file)
        }
        // Building again into the same folder must not silently replace the handed-out files.
        XCTAssertThrowsError(try run(["exercise", "build", path("cli-summary.yaml"), "--participants", "2",
                                      "-o", path("class"), "--lang", "en"]))
    }

    /// A participant's returned workbook: the handed-out document of `variant` with `value` typed into the
    /// answer cell of `figure`, saved by the same writer.
    private func writeReturnedWorkbook(variant: Int, answering figure: String, with value: Double, to name: String) throws {
        let spec = try ExerciseSpecLoader.load(path: path("cli-summary.yaml"))
        var document = ExerciseWorkbook.document(spec: spec, dataset: try DatasetGenerator.generate(spec, variant: variant))
        let address = try XCTUnwrap(AnswerSheetLayout(spec: spec).answerAddress(of: figure))
        let sheet = try XCTUnwrap(document.sheets.firstIndex { $0.name == AnswerSheetLayout.sheetName })
        var typed = false
        document.sheets[sheet].blocks = document.sheets[sheet].blocks.map { block in
            guard case .cells(let cells) = block.content else { return block }
            return ReportBlock(at: block.origin, .cells(cells.map { placed in
                guard placed.address == address else { return placed }
                typed = true
                var cell = placed.cell
                cell.content = .value(.number(value))
                return PositionedCell(placed.address, cell)
            }))
        }
        XCTAssertTrue(typed, "the answer cell of \(figure) was not found")
        try ReportWriter().write(document, to: folder.appendingPathComponent(name))
    }

    func testGradeIntoAReturnedWorkbookIsRefusedInJapanese() throws {
        try run(["exercise", "build", path("cli-summary.yaml"), "--participants", "1", "-o", path("class"), "--lang", "ja"])
        let returned = path("class/配布/cli-summary-01.xlsx")
        let result = try CommandRunner.run(["exercise", "grade", "cli-summary.yaml", returned, "-o", returned, "--force",
                                            "--lang", "ja"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "「\(returned)」は入力ファイルです。入力は上書きしません。別の出力先を指定してください。\n")
    }

    /// The seed changed after handing out: the file is not graded against the new spec, and is graded against
    /// the spec as handed out when that is given with --earlier-spec.
    func testAFileFromAnEarlierSpecIsGradedWithEarlierSpec() throws {
        try run(["exercise", "build", path("cli-summary.yaml"), "--participants", "1", "-o", path("class"), "--lang", "en"])
        try FileManager.default.copyItem(atPath: path("cli-summary.yaml"), toPath: path("handed-out.yaml"))
        try Self.spec.replacingOccurrences(of: "seed: 5", with: "seed: 6")
            .write(to: folder.appendingPathComponent("cli-summary.yaml"), atomically: true, encoding: .utf8)
        let returned = "class/配布/cli-summary-01.xlsx"
        let without = try CommandRunner.run(["exercise", "grade", "cli-summary.yaml", returned, "-o", "g1.xlsx", "--lang", "en"], in: folder)
        XCTAssertTrue(without.stdout.contains("cli-summary-01.xlsx: not graded: the spec's data settings (or seed) changed after handing out"),
                      without.stdout + without.stderr)
        XCTAssertTrue(without.stdout.contains("--earlier-spec"), without.stdout)
        let refused = try CommandRunner.run(["exercise", "grade", "cli-summary.yaml", returned, "-o", "g2.xlsx", "--lang", "en"], in: folder)
        XCTAssertEqual(refused.status, 1, "an existing scores CSV is refused in one sentence, not as an unexpected error")
        XCTAssertFalse(refused.stderr.contains("Unexpected"), refused.stderr)
        let with = try CommandRunner.run(["exercise", "grade", "cli-summary.yaml", returned, "--earlier-spec", "handed-out.yaml",
                                          "-o", "g2.xlsx", "--force", "--lang", "en"], in: folder)
        XCTAssertEqual(with.status, 0, with.stderr)
        XCTAssertTrue(with.stdout.contains("cli-summary-01.xlsx: data number 1, 0/1 correct (graded against the earlier spec handed-out.yaml)"),
                      with.stdout)
    }

    func testRosterNamesTheFiles() throws {
        let roster = ReportDocument(sheets: [ReportSheet(name: "名簿", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .table(ReportTable(columnHeaders: ["番号", "氏名"], rows: [
                ReportTable.Row("1", [.text("山田 花子")]), ReportTable.Row("2", [.text("佐藤/太郎")]),
            ]))),
        ])])
        try ReportWriter().write(roster, to: folder.appendingPathComponent("roster.xlsx"))
        try run(["exercise", "build", path("cli-summary.yaml"), "--roster", path("roster.xlsx"), "-o", path("named"),
                 "--lang", "en"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("named/配布/cli-summary-01-山田 花子.xlsx")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("named/配布/cli-summary-02-佐藤_太郎.xlsx")))
        // The name is on the 回答 sheet too (E2), next to the participant number (E1).
        let answers = try Workbook(path: path("named/配布/cli-summary-01-山田 花子.xlsx")).cellsByAddress(sheet: "回答")
        XCTAssertEqual(answers["E1"]?.value, .number(1))
        XCTAssertEqual(answers["E2"]?.value, .text("山田 花子"))
        // Grading with the roster names the participants and lists who has not submitted.
        let result = try CommandRunner.run(["exercise", "grade", "cli-summary.yaml", "named/配布/cli-summary-01-山田 花子.xlsx",
                                            "--roster", "roster.xlsx", "-o", "g.xlsx", "--lang", "ja"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("未提出 1 人（2 佐藤/太郎）"), result.stdout)
        let grades = try Workbook(path: path("g.xlsx")).cellsByAddress(sheet: "採点結果")
        XCTAssertEqual(grades["C5"]?.value, .text("山田 花子"))
        XCTAssertEqual(grades["C6"]?.value, .text("佐藤/太郎"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("cli-summary-フィードバック/cli-summary-01-山田 花子-フィードバック.xlsx")))
    }

    func testParticipantsAndRosterAreExclusive() {
        XCTAssertThrowsError(try Bunseki.parseAsRoot(["exercise", "build", "x.yaml", "--participants", "2",
                                                      "--roster", "r.xlsx"]))
        XCTAssertThrowsError(try Bunseki.parseAsRoot(["exercise", "build", "x.yaml"]))
    }

    func testInvalidSpecExitsWithStatusOne() throws {
        try "id: bad\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try run(["exercise", "build", path("bad.yaml"), "--participants", "1", "--lang", "en"])) { error in
            XCTAssertEqual((error as? ExitCode)?.rawValue, 1)
        }
    }

    /// A missing, binary or broken spec and a missing returned file are each one Japanese sentence with no
    /// system English in it.
    func testUnreadableInputsAreOneSentenceEach() throws {
        func stderr(_ arguments: [String]) throws -> String {
            let result = try CommandRunner.run(["exercise"] + arguments + ["--lang", "ja"], in: folder)
            XCTAssertEqual(result.status, 1, result.stdout)
            return result.stderr
        }
        XCTAssertEqual(try stderr(["build", "nosuch.yaml", "--participants", "1"]),
                       "ファイル「nosuch.yaml」が見つかりません。パスとファイル名を確認してください。\n")
        try Data([0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("book.xlsx"))
        XCTAssertEqual(try stderr(["build", "book.xlsx", "--participants", "1"]),
                       "「book.xlsx」はテキストの YAML ファイルではありません。演習の .yaml ファイルを指定してください。\n")
        try "id: x\ntitle: [unclosed\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try stderr(["build", "bad.yaml", "--participants", "1"]),
                       "演習ファイル「bad.yaml」の 3 行 1 列目付近で YAML の書き方に誤りがあります。括弧や引用符の閉じ忘れ、字下げを確認してください。\n")
        let grade = try CommandRunner.run(["exercise", "grade", "cli-summary.yaml", "nosuch.xlsx", "-o", "g.xlsx", "--lang", "ja"],
                                          in: folder)
        XCTAssertEqual(grade.status, 0, grade.stderr)
        XCTAssertTrue(grade.stdout.hasPrefix("ファイル「nosuch.xlsx」が見つかりません。パスとファイル名を確認してください。\n"), grade.stdout)
        // Only a lock file: skipped with a note, and nothing left to grade is an error.
        try Data("lock".utf8).write(to: folder.appendingPathComponent("~$returned.xlsx"))
        let lockOnly = try CommandRunner.run(["exercise", "grade", "cli-summary.yaml", "~$returned.xlsx", "--lang", "ja"], in: folder)
        XCTAssertEqual(lockOnly.status, 1, lockOnly.stderr)
        XCTAssertTrue(lockOnly.stderr.contains("「~$returned.xlsx」は Excel などの一時ファイル（ロックファイル）なので飛ばします。"),
                      lockOnly.stderr)
        XCTAssertTrue(lockOnly.stderr.contains("採点するファイルがありません"), lockOnly.stderr)
    }

    /// `--force` replaces an earlier build and removes the files it no longer writes.
    func testForceRemovesWhatAnEarlierBuildWrote() throws {
        try run(["exercise", "build", path("cli-summary.yaml"), "--participants", "3", "-o", path("class"), "--lang", "en"])
        try Data("mine".utf8).write(to: folder.appendingPathComponent("class/配布/notes.xlsx"))
        try run(["exercise", "build", path("cli-summary.yaml"), "--participants", "2", "-o", path("class"), "--force",
                 "--lang", "en"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("class/配布/cli-summary-03.xlsx")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("class/解答/cli-summary-03-解答.xlsx")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("class/配布/cli-summary-02.xlsx")))
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("class/配布/notes.xlsx")), Data("mine".utf8))
    }
}
