import Foundation
import XCTest
import TestSupport

/// One exit-code policy (docs/JSON.md) and the parser's own errors in Japanese when Japanese is chosen.
final class ParserMessageTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    func testParserErrorsAreJapaneseUnderJapanese() throws {
        let missing = try CommandRunner.run(["ztest", staff, "--a", "年齢", "--b", "処理件数", "--variance-a", "1", "--lang", "ja"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.stderr, """
            エラー: --variance-b <variance-b> を指定してください。この操作に必要です。
            使い方: bunseki ztest [<options>] <file> --variance-a <variance-a> --variance-b <variance-b>
              詳しくは 'bunseki ztest --help' を見てください。

            """)
        let fromLocale = try CommandRunner.run(["regress", staff, "--y", "A", "--x", "B", "--robust", "hc9"],
                                               environment: ["LANG": "ja_JP.UTF-8"])
        XCTAssertEqual(fromLocale.status, 64)
        XCTAssertTrue(fromLocale.stderr.hasPrefix("エラー: --robust <robust> に「hc9」は使えません。'classical'、'hc1'、'hc3'のどれかを指定してください。\n"),
                      fromLocale.stderr)
        let validation = try CommandRunner.run(["export", staff, "--all-sheets", "-o", "-", "--lang", "ja"])
        XCTAssertEqual(validation.status, 64)
        XCTAssertTrue(validation.stderr.hasPrefix("エラー: --all-sheets はファイルを書き出します。"), validation.stderr)
        for run in [missing, fromLocale, validation] {
            XCTAssertFalse(run.stderr.contains("Error:") || run.stderr.contains("Usage:"), run.stderr)
        }
    }

    func testEnglishAndHelpAreTheParsersOwn() throws {
        let english = try CommandRunner.run(["ztest", staff, "--a", "年齢", "--b", "処理件数", "--variance-a", "1", "--lang", "en"])
        XCTAssertEqual(english.status, 64)
        XCTAssertTrue(english.stderr.hasPrefix("Error: Missing expected argument '--variance-b <variance-b>'"), english.stderr)
        let help = try CommandRunner.run(["ttest", "--help", "--lang", "ja"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--hypothesized-difference"), help.stdout)
    }

    /// 64 for a wrong command line, whoever finds it: the parser, a command's validate(), a tool's settings.
    /// 1 for what the file or the data do not allow.
    func testOneExitCodePolicy() throws {
        let cases: [([String], Int32)] = [
            (["smooth", staff, "--column", "処理件数"], 64),                          // no method: the command line
            (["export", staff, "--all-sheets", "-o", "-"], 64),                     // validate()
            (["ttest", staff, "--a", "年齢", "--b", "処理件数", "--alpha", "2"], 64), // a setting out of range
            (["describe", staff, "--columns", "月間残業時間"], 1),                   // number-like text in the data
            (["describe", "no/such.xlsx", "--columns", "A"], 1),                    // the file
            (["exercise", "build", "no/such.yaml", "--participants", "2", "-o", "/tmp/x"], 1),
        ]
        for (arguments, status) in cases {
            let run = try CommandRunner.run(arguments + ["--lang", "ja"])
            XCTAssertEqual(run.status, status, arguments.joined(separator: " "))
            // One sentence; the parser's errors add the usage line and where to read more.
            let lines = run.stderr.split(separator: "\n")
            XCTAssertTrue(lines.count == 1 || (lines.count == 3 && lines[1].hasPrefix("使い方:")), run.stderr)
            XCTAssertTrue(run.stdout.isEmpty, run.stdout)
        }
    }
}
