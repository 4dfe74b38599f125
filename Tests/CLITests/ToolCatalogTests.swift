import CSVReader
import Foundation
import Procedures
import Report
import ReportWriter
import Tabular
import XCTest
import XLSXReader
import TestSupport

/// The tool catalogue (what the browser workbench offers) runs the CLI's path: the same settings give the same JSON
/// and the same workbook bytes as the command, its settings are the command's options, and a wrong setting gets
/// the CLI's sentence and names the control it concerns.
final class ToolCatalogTests: XCTestCase {
    private func table(_ path: String, coerce: Bool) throws -> Table {
        let url = CommandRunner.packageRoot.appendingPathComponent(path).path
        let options = TableOptions(coerceNumbers: coerce)
        if path.hasSuffix(".csv") {
            return try Table.read(csv: try CSVFile(path: url), options: options)
        }
        let workbook = try Workbook(path: url)
        return try Table.read(workbook, sheet: try SheetChoice.sheet(nil, in: workbook), options: options)
    }

    /// (catalogue id, form settings, the CLI's command and options for the same run)
    private let cases: [(String, [String: String], [String])] = [
        ("describe", ["columns": "年齢,月間残業時間", "confidence": "90"], ["describe", "--columns", "年齢,月間残業時間", "--confidence", "90"]),
        ("regress", ["y": "月間残業時間", "x": "処理件数,所属", "robust": "hc3", "reference": "所属=総務課"],
         ["regress", "--y", "月間残業時間", "--x", "処理件数,所属", "--robust", "hc3", "--reference", "所属=総務課"]),
        ("ttest-paired", ["a": "月間残業時間", "b": "処理件数", "hypothesized-difference": "-2"],
         ["ttest", "--a", "月間残業時間", "--b", "処理件数", "--paired", "--hypothesized-difference=-2"]),
        ("ttest-equal", ["a": "月間残業時間", "b": "処理件数", "alpha": "0.1"],
         ["ttest", "--a", "月間残業時間", "--b", "処理件数", "--equal-variances", "--alpha", "0.1"]),
        ("anova", ["value": "月間残業時間", "group": "所属"], ["anova", "--value", "月間残業時間", "--group", "所属"]),
        ("anova2-replication", ["columns": "月間残業時間,処理件数", "replication": "4"],
         ["anova2", "--columns", "月間残業時間,処理件数", "--replication", "4"]),
        ("anova2-long", ["value": "月間残業時間", "factors": "所属,研修受講", "type": "3", "no-interaction": "true"],
         ["anova2", "--value", "月間残業時間", "--factors", "所属,研修受講", "--type", "3", "--no-interaction"]),
        ("smooth-exponential", ["column": "月間残業時間", "exponential": "0.3"], ["smooth", "--column", "月間残業時間", "--exponential", "0.3"]),
        ("histogram", ["columns": "月間残業時間", "pareto": "true"], ["histogram", "--columns", "月間残業時間", "--pareto"]),
        ("crosstab", ["rows": "所属", "cols": "研修受講"], ["crosstab", "--rows", "所属", "--cols", "研修受講"]),
        // One form field holds the orders of several columns, as repeated --order options do.
        ("crosstab", ["rows": "所属", "cols": "研修受講", "order": "所属=企画課,総務課; 研修受講=いいえ"],
         ["crosstab", "--rows", "所属", "--cols", "研修受講", "--order", "所属=企画課,総務課", "--order", "研修受講=いいえ"]),
        ("report", [:], ["report"]),
    ]

    func testTheCatalogueGivesTheCommandsJSONAndWorkbookBytes() throws {
        let folder = try temporaryFolder()
        let staff = "Workbooks/staff.xlsx"
        let table = try table(staff, coerce: true)
        for (number, (id, settings, arguments)) in cases.enumerated() {
            for language in [Language.ja, .en] {
                let cli = folder.appendingPathComponent("\(number)-\(id)-\(language)-cli.xlsx")
                let ran = try CommandRunner.run(arguments + [staff, "--coerce-numbers", "--lang", "\(language)", "-o", cli.path, "--json"])
                XCTAssertEqual(ran.status, 0, "\(id): \(ran.stderr)")
                let result = try ToolCatalog.run(id, settings: settings, input: ToolInput(file: staff, table: table), language: language)
                XCTAssertEqual(try StableJSON.text(result.json) + "\n", ran.stdout, id)
                let ours = folder.appendingPathComponent("\(number)-\(id)-\(language)-catalogue.xlsx")
                try ReportWriter().write(try result.document(), to: ours)
                XCTAssertEqual(try Data(contentsOf: ours), try Data(contentsOf: cli), "\(id) (\(language)): workbook bytes differ")
            }
        }
    }

    func testEverySettingIsAnOptionOfTheCommand() throws {
        var helps: [String: String] = [:]
        for tool in ToolCatalog.tools {
            let command = String(tool.id.split(separator: "-").first!)
            let help = try helps[command] ?? CommandRunner.run([command, "--help"]).stdout
            helps[command] = help
            XCTAssertFalse(help.isEmpty, command)
            for parameter in tool.parameters {
                let shown = "--" + parameter.key
                XCTAssertTrue(help.contains(shown), "\(tool.id): \(shown) is not an option of `bunseki \(command)`")
            }
        }
    }

    func testTheToolPakToolsComeFirstInTheDialogsOrder() {
        XCTAssertEqual(ToolCatalog.tools.prefix(18).map(\.titles.ja), [
            "分散分析: 一元配置", "分散分析: 繰り返しのある二元配置", "分散分析: 繰り返しのない二元配置", "相関", "共分散", "基本統計量",
            "指数平滑", "F 検定: 2 標本を使った分散の検定", "ヒストグラム", "移動平均", "順位と百分位数", "回帰分析", "サンプリング",
            "t 検定: 一対の標本による平均の検定", "t 検定: 等分散を仮定した 2 標本による検定",
            "t 検定: 分散が等しくないと仮定した 2 標本による検定", "z 検定: 2 標本による平均の検定", "シート全体の概要",
        ])
        XCTAssertEqual(Set(ToolCatalog.tools.map(\.id)).count, ToolCatalog.tools.count, "tool ids are unique")
    }

    func testWrongSettingsGetTheCLIsSentenceAndNameTheirControl() throws {
        let table = try table("Workbooks/staff.xlsx", coerce: true)
        let input = ToolInput(file: "staff.xlsx", table: table)
        let cases: [(String, [String: String], String, String)] = [
            ("ttest", ["a": "月間残業時間"], "b", "--b を指定してください。この分析に必要です。"),
            ("crosstab", ["rows": "所属", "cols": "研修受講", "order": "所属=人事課"], "order",
             "staff.xlsx、シート 職員データ: --order の「人事課」は列「所属」にありません。ある区分: 企画課、税務課、福祉課、総務課、土木課。"),
            ("ttest", ["a": "月間残業時間", "b": "処理件数", "alpha": "五パーセント"], "alpha",
             "--alpha「五パーセント」は数値として読めません。0.05 や 3 のように半角の数字で指定してください。"),
            ("regress", ["y": "月間残業時間", "x": "処理件数", "robust": "hc2"], "robust",
             "--robust「hc2」は選べません。hc1、hc3 のどれかを指定してください。"),
            ("ttest", ["a": "月間残業時間", "b": "処理件数", "alpha": "1.5"], "alpha", ""),
            ("crosstab", ["rows": "所属", "cols": "A"], "cols", ""),
        ]
        for (id, settings, setting, sentence) in cases {
            XCTAssertThrowsError(try ToolCatalog.run(id, settings: settings, input: input, language: .ja)) { error in
                XCTAssertEqual(ErrorMessages.setting(for: error), setting, "\(id) \(settings)")
                let text = ErrorMessages.sentence(for: error, language: .ja, file: "staff.xlsx")
                if !sentence.isEmpty { XCTAssertEqual(text, sentence) }
                XCTAssertFalse(text.isEmpty)
                XCTAssertEqual(ErrorMessages.exitCode(for: error), 1)
            }
        }
        // Full-width digits typed in a form read as the number they show.
        XCTAssertNoThrow(try ToolCatalog.run("ttest", settings: ["a": "月間残業時間", "b": "処理件数", "alpha": "０．１"], input: input,
                                             language: .ja))
    }
}
