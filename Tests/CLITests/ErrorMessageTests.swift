import Foundation
import XCTest
import TestSupport

/// Every failure is one sentence on standard error with a non-zero status, never a stack trace.
final class ErrorMessageTests: XCTestCase {
    /// - Parameter status: 1 for what the files or the data do not allow, 64 for a wrong command line (docs/JSON.md).
    private func failure(_ arguments: [String], lang: String = "en", status: Int32 = 1) throws -> String {
        let result = try CommandRunner.run(arguments + ["--lang", lang])
        XCTAssertEqual(result.status, status, "\(arguments): \(result.stdout)")
        XCTAssertTrue(result.stdout.isEmpty, result.stdout)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
        return result.stderr
    }

    func testMissingFile() throws {
        let message = try failure(["inspect", "no/such/book.xlsx"])
        XCTAssertEqual(message, "There is no file 'no/such/book.xlsx'; check the path and the file name.\n")
        XCTAssertEqual(try failure(["describe", "no/such/data.csv", "--columns", "A"], lang: "ja"),
                       "ファイル「no/such/data.csv」が見つかりません。パスとファイル名を確認してください。\n")
    }

    /// A sheet LibreOffice Calc saved in its own format (a zip without Office relationships).
    func testOpenDocumentSpreadsheetIsNamed() throws {
        XCTAssertEqual(try failure(["describe", "Tests/CLITests/Fixtures/calc_saved.ods", "--columns", "a"], lang: "ja"),
                       "「calc_saved.ods」は OpenDocument (.ods) のファイルで、Excel ブック (.xlsx) ではありません。そのアプリで「Excel 形式 (.xlsx)」で保存し直してください。\n")
    }

    func testHeaderRowZeroIsRefused() throws {
        XCTAssertEqual(try failure(["describe", "Workbooks/staff.xlsx", "--columns", "年齢", "--header-row", "0"], lang: "ja"),
                       "--header-row 0 は使えません。見出しのある行の番号を、シートの行番号 (1 から) で指定してください。\n")
    }

    func testFolderInsteadOfAFile() throws {
        XCTAssertEqual(try failure(["describe", "Workbooks", "--columns", "A"], lang: "ja"),
                       "「Workbooks」はフォルダーです。分析するファイル (.xlsx または .csv) を指定してください。\n")
        XCTAssertEqual(try failure(["export", "Workbooks"]), "'Workbooks' is a folder; name the file (.xlsx or .csv) to analyse.\n")
    }

    func testSheetNotFoundListsSheets() throws {
        let message = try failure(["inspect", "Workbooks/staff.xlsx", "--sheet", "残業"], lang: "ja")
        XCTAssertEqual(message, "「staff.xlsx」にシート「残業」はありません。あるシート: 職員データ。\n")
        XCTAssertTrue(try failure(["inspect", "Workbooks/staff.xlsx", "--sheet", "2"]).contains("no sheet '2'"))
    }

    func testHeaderRowPastTheData() throws {
        let message = try failure(["inspect", "Workbooks/staff.xlsx", "--header-row", "500"])
        XCTAssertEqual(message, "staff.xlsx, sheet 職員データ: header row 500 is past the last row with values (121).\n")
    }

    func testCorpusFailuresAreExplained() throws {
        let corpus = CommandRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/xlsx")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("shared corpus absent at \(corpus.path), so the real broken files cannot be tried")
        }
        let expectations = [
            ("calamine__pass_protected_cfb.xlsx", "without a password"),
            ("python-calamine__empty_file_0_bytes.xlsx", "is empty"),
            ("derived__truncated_zip_of_sheetjs_ErrorTypes.xlsx", "damaged or truncated"),
            ("exceljs__invalid-xml.xlsx", "broken XML in 'xl/worksheets/sheet1.xml' at byte"),
            ("openpyxl__null_archive.xlsx", "lacks the part 'xl/workbook.xml'"),
        ]
        for (file, phrase) in expectations {
            let message = try failure(["inspect", corpus.appendingPathComponent(file).path])
            XCTAssertTrue(message.contains(phrase), "\(file): \(message)")
        }
    }

    func testNotAWorkbook() throws {
        let message = try failure(["inspect", "README.md"], lang: "ja")
        XCTAssertEqual(message, "「README.md」は .xlsx ファイルではありません。Excel で .xlsx 形式で保存し直してください。\n")
    }

    /// A message about a sheet begins with the file, as every other message about a sheet does.
    func testSheetMessagesNameTheFile() throws {
        XCTAssertEqual(try failure(["describe", "Workbooks/staff.xlsx", "--columns", "年令"], lang: "ja"),
                       "staff.xlsx、シート 職員データ: 列「年令」はありません。ある列: 所属、年齢、月間残業時間、処理件数、研修受講、入庁日。\n")
        let blank = try temporaryFolder().appendingPathComponent("blank.csv")
        try Data(",,\n,,\n".utf8).write(to: blank)
        XCTAssertEqual(try failure(["describe", blank.path, "--columns", "A"], lang: "ja"), "blank.csv: 値の入ったセルがありません。\n")
    }

    /// An out-of-range setting is told with the option as typed and a requirement in the chosen language.
    func testOutOfRangeOptionsAreToldInTheChosenLanguage() throws {
        XCTAssertEqual(try failure(["sample", "Workbooks/staff.xlsx", "--column", "年齢", "--periodic", "500"], lang: "ja"),
                       "--periodic 500 は使えません。1 以上 119 以下の整数を指定してください。\n")
        XCTAssertEqual(try failure(["sample", "Workbooks/staff.xlsx", "--column", "年齢", "--random=-1"], lang: "ja", status: 64),
                       "--random -1 は使えません。1 以上の整数を指定してください。\n")
        XCTAssertEqual(try failure(["groups", "Workbooks/staff.xlsx", "--value", "年齢", "--by", "所属,研修受講,入庁日"], lang: "ja", status: 64),
                       "--by には分類に使う列を 1 つか 2 つ指定してください (指定: 所属、研修受講、入庁日)。\n")
        XCTAssertEqual(try failure(["ttest", "Workbooks/staff.xlsx", "--a", "年齢", "--b", "処理件数",
                                    "--hypothesized-difference", "inf"], lang: "ja", status: 64),
                       "--hypothesized-difference inf は使えません。有限の数を指定してください。\n")
        XCTAssertEqual(try failure(["random", "--distribution", "normal", "--count", "0"], lang: "ja", status: 64),
                       "--count 0 は使えません。1 以上 1048575 以下の整数を指定してください。\n")
        XCTAssertEqual(try failure(["anova2", "Workbooks/staff.xlsx", "--columns", "処理件数,年齢", "--replication", "1"],
                                   lang: "ja", status: 64),
                       "--replication 1 は使えません。2 以上の整数を指定してください。\n")
    }

    /// A two-factor ANOVA on an ID-like factor stops at once, naming the column, instead of fitting for seconds.
    func testAnIDLikeFactorIsRefusedByName() throws {
        let file = try temporaryFolder().appendingPathComponent("ids.csv")
        let rows = (0..<400).map { "\($0 % 7),\($0 % 2 == 0 ? "a" : "b"),id\($0 % 200)" }
        try Data((["v,区分,ID"] + rows).joined(separator: "\n").utf8).write(to: file)
        XCTAssertEqual(try failure(["anova2", file.path, "--value", "v", "--factors", "区分,ID"], lang: "ja"),
                       "列「ID」には区分が 200 個あり、説明変数にできる上限 50 個を超えています。ID や氏名の列を選んでいないか確認してください。\n")
    }

    /// The same column crossed with, or compared to, itself, even once by letter and once by header, is refused.
    func testCrossTabOfAColumnWithItselfIsRefused() throws {
        XCTAssertEqual(try failure(["crosstab", "Workbooks/staff.xlsx", "--rows", "所属", "--cols", "A"], lang: "ja"),
                       "--rows と --cols に同じ列「所属」が 2 回指定されています。別々の列を指定してください。\n")
        XCTAssertEqual(try failure(["anova2", "Workbooks/staff.xlsx", "--value", "年齢", "--factors", "所属,所属"]),
                       "--factors name the column '所属' twice; give two different columns.\n")
        XCTAssertEqual(try failure(["ttest", "Workbooks/staff.xlsx", "--a", "年齢", "--b", "B", "--coerce-numbers"], lang: "ja"),
                       "--a と --b に同じ列「年齢」が 2 回指定されています。別々の列を指定してください。\n")
    }

    /// A constant predictor is told as a column to leave out, not as a "setting".
    func testARedundantPredictorIsNamedAsAColumn() throws {
        let file = try temporaryFolder().appendingPathComponent("constant.csv")
        try Data("y,x,c\n1,1,5\n0,2,5\n1,3,5\n0,4,5\n1,5,5\n0,6,5\n1,2,5\n0,3,5\n".utf8).write(to: file)
        XCTAssertEqual(try failure(["logistic", file.path, "--y", "y", "--x", "x,c"], lang: "ja"),
                       "列「c」は定数か、他の説明変数の組み合わせで表せるため、係数を推定できません。この列を外してください。\n")
    }
}
