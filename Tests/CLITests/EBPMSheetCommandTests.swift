import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki ebpm-sheet`: the worksheet alone, and with `--from` the key figures of describe and did result
/// workbooks made here, equal to those commands' own JSON, written as values with their source cell beside.
final class EBPMSheetCommandTests: XCTestCase {
    private let data = "Tests/CLITests/Fixtures/did_offices.csv"
    private let didArguments = ["--value", "待ち時間", "--group", "窓口", "--treated", "A支所", "--period", "期間",
                                "--after", "2024上,2024下", "--unit", "来庁者"]

    private func json(_ result: CommandRunner.Result) throws -> [String: Any] {
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func number(_ object: Any?) throws -> Double { try XCTUnwrap(object as? NSNumber).doubleValue }

    func testWithoutFromTheSheetIsBlankInputs() throws {
        let output = try temporaryFolder().appendingPathComponent("根拠.xlsx")
        let result = try CommandRunner.run(["ebpm-sheet", "-o", output.path, "--lang", "ja"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("根拠シート"), result.stdout)
        let workbook = try Workbook(path: output.path)
        XCTAssertEqual(workbook.sheets.map(\.name), ["根拠シート"])
        let texts = try workbook.cellsByAddress(sheet: "根拠シート").values.compactMap { cell -> String? in
            if case .text(let text) = cell.value { return text }
            return nil
        }
        for label in ["1. 課題", "2. 仮説", "3. ロジックモデル", "インプット", "→ 活動", "→ アウトプット", "→ アウトカム",
                      "→ インパクト", "指標", "データの出所", "単位", "4. データ", "5. 分析", "6. 結果", "7. 施策案", "8. 効果の測り方"] {
            XCTAssertTrue(texts.contains(label), label)
        }
    }

    func testFromDescribeAndDiDTakesTheirFiguresAsValuesWithTheirSource() throws {
        let folder = try temporaryFolder()
        let describe = folder.appendingPathComponent("describe.xlsx"), did = folder.appendingPathComponent("did.xlsx")
        XCTAssertEqual(try CommandRunner.run(["describe", data, "--columns", "待ち時間", "-o", describe.path, "--lang", "ja"]).status, 0)
        XCTAssertEqual(try CommandRunner.run(["did", data] + didArguments + ["-o", did.path, "--lang", "en"]).status, 0)
        let described = try json(try CommandRunner.run(["describe", data, "--columns", "待ち時間", "--json"]))
        let statistics = try XCTUnwrap((described["columns"] as? [[String: Any]])?.first?["statistics"] as? [String: Any])
        let didResult = try XCTUnwrap(try json(try CommandRunner.run(["did", data] + didArguments + ["--json"]))["result"] as? [String: Any])

        let output = folder.appendingPathComponent("根拠.xlsx")
        let sheet = try json(try CommandRunner.run(["ebpm-sheet", "--from", describe.path, did.path, "-o", output.path, "--json"]))
        let figures = try XCTUnwrap(sheet["figures"] as? [[String: Any]])
        func figure(_ prefix: String) throws -> [String: Any] {
            try XCTUnwrap(figures.first { ($0["item"] as? String)?.hasPrefix(prefix) == true }, prefix)
        }
        let close = { (a: Double, b: Double) in XCTAssertEqual(a, b, accuracy: 1e-14 * max(1, abs(b))) }
        close(try number(try figure("平均 (待ち時間)")["value"]), try number(statistics["mean"]))
        close(try number(try figure("データの個数")["value"]), try number(statistics["count"]))
        close(try number(try figure("Estimate")["value"]), try number(didResult["estimate"]))
        // With --unit the interval and p are the cluster-robust ones.
        XCTAssertEqual(didResult["primaryKind"] as? String, "cluster")
        let cluster = try XCTUnwrap((didResult["regression"] as? [[String: Any]])?.first { $0["kind"] as? String == "cluster" })
        XCTAssertTrue((try figure("P-value")["item"] as? String)?.contains("Cluster") == true)
        close(try number(try figure("P-value")["value"]), try number(cluster["pValue"]))
        close(try number(try figure("Lower")["value"]), try number(cluster["lower"]))
        close(try number(try figure("Upper")["value"]), try number(cluster["upper"]))

        // The sheet holds each figure as a value, its source (file, sheet, cell) beside it, and that cell holds the figure.
        let cells = try Workbook(path: output.path).cellsByAddress(sheet: "Evidence", formulas: true)
        XCTAssertTrue(cells.values.allSatisfy { $0.formula == nil }, "no formulas: external references are not written")
        for item in figures {
            let name = try XCTUnwrap(item["item"] as? String)
            let label = try XCTUnwrap(cells.values.first { $0.value == .text(name) }, name)
            let row = label.address.rowNumber
            let value = try XCTUnwrap(cells[CellAddress(rowNumber: row, columnNumber: label.address.columnNumber + 1).a1])
            let source = try XCTUnwrap(cells[CellAddress(rowNumber: row, columnNumber: label.address.columnNumber + 2).a1])
            close(try XCTUnwrap(value.value.numericValue), try number(item["value"]))
            let file = try XCTUnwrap(item["file"] as? String), sheetName = try XCTUnwrap(item["sheet"] as? String)
            let address = try XCTUnwrap(item["cell"] as? String)
            XCTAssertEqual(source.value, .text("\(file) \(sheetName)!\(address)"))
            let original = try Workbook(path: folder.appendingPathComponent(file).path).cellsByAddress(sheet: sheetName)
            close(try XCTUnwrap(original[address]?.value.numericValue), try number(item["value"]))
        }
    }

    func testFromRegressTakesRSquareAndEachCoefficientWithItsPValue() throws {
        let folder = try temporaryFolder()
        let workbook = folder.appendingPathComponent("reg.xlsx")
        let arguments = ["regress", "Workbooks/staff.xlsx", "--y", "処理件数", "--x", "月間残業時間", "--coerce-numbers"]
        XCTAssertEqual(try CommandRunner.run(arguments + ["-o", workbook.path, "--lang", "ja"]).status, 0)
        let regression = try XCTUnwrap(try json(try CommandRunner.run(arguments + ["--json"]))["regression"] as? [String: Any])
        let coefficients = try XCTUnwrap(regression["coefficients"] as? [[String: Any]])
        let sheet = try json(try CommandRunner.run(["ebpm-sheet", "--from", workbook.path, "--json"]))
        let figures = try XCTUnwrap(sheet["figures"] as? [[String: Any]])
        XCTAssertEqual(figures.compactMap { $0["item"] as? String },
                       ["重決定 R2", "係数 (切片)", "P-値 (切片)", "係数 (月間残業時間)", "P-値 (月間残業時間)"])
        let values = try figures.map { try number($0["value"]) }
        let expected = [try number(regression["rSquared"]), try number(coefficients[0]["estimate"]), try number(coefficients[0]["pValue"]),
                        try number(coefficients[1]["estimate"]), try number(coefficients[1]["pValue"])]
        for (value, wanted) in zip(values, expected) { XCTAssertEqual(value, wanted, accuracy: 1e-14 * max(1, abs(wanted))) }
    }

    func testAFileThatIsNotOneOfOurResultWorkbooksIsOneSentence() throws {
        let folder = try temporaryFolder()
        let exported = folder.appendingPathComponent("data.xlsx")
        // A workbook of ours that is not a result: the random numbers sheet has none of the labels looked for.
        XCTAssertEqual(try CommandRunner.run(["random", "--distribution", "uniform", "--count", "5", "--seed", "1",
                                              "-o", exported.path]).status, 0)
        let ja = try CommandRunner.run(["ebpm-sheet", "--from", exported.path, "-o", folder.appendingPathComponent("a.xlsx").path,
                                        "--lang", "ja"])
        XCTAssertEqual(ja.status, 1)
        XCTAssertEqual(ja.stderr, "data.xlsx は bunseki の結果ブックではありません (基本統計量・回帰分析・差の差分析のシートがありません)。describe、regress、did で作ったブックを --from に指定してください。\n")
        let en = try CommandRunner.run(["ebpm-sheet", "--from", exported.path, "-o", folder.appendingPathComponent("b.xlsx").path,
                                        "--lang", "en"])
        XCTAssertEqual(en.status, 1)
        XCTAssertEqual(en.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(en.stderr.hasPrefix("data.xlsx is not a bunseki result workbook"), en.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.xlsx").path), "nothing written")
    }
}
