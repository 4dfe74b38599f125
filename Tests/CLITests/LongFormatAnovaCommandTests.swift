import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki anova2 --value --factors`: one row per case, any cell sizes. Reference figures are statsmodels'
/// `anova_lm` (Type II SS 3721/105 and 4563/35, Type III 243/7 and 867/7, interaction 3/7, Within 12 on 4 df)
/// and, for a balanced design, the ToolPak layout of the same data (`--columns --replication`).
final class LongFormatAnovaCommandTests: XCTestCase {
    private let unbalanced = "窓口,曜日,待ち時間\n本庁,月,10\n本庁,月,12\n本庁,火,20\n支所,月,5\n支所,月,7\n支所,月,9\n支所,火,14\n支所,火,16\n本庁,火,\n"

    private func write(_ csv: String, in folder: URL, name: String = "cases.csv") throws -> String {
        let input = folder.appendingPathComponent(name)
        try csv.write(to: input, atomically: true, encoding: .utf8)
        return input.path
    }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandRunner.run(arguments + ["--json", "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    private func figure(_ result: [String: Any], _ row: String, _ key: String = "sumOfSquares") -> Double {
        ((result[row] as? [String: Any])?[key] as? Double) ?? .nan
    }

    func testUnbalancedCasesGiveStatsmodelsTablesAndAWorkbook() throws {
        let folder = try temporaryFolder()
        let input = try write(unbalanced, in: folder)
        let out = folder.appendingPathComponent("r.xlsx")
        let object = try json(["anova2", input, "--value", "待ち時間", "--factors", "窓口,曜日", "-o", out.path])
        XCTAssertEqual(object["layout"] as? String, "long")
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        XCTAssertEqual(result["sumsOfSquares"] as? String, "II")
        for (row, expected) in [("first", 3721.0 / 105), ("second", 4563.0 / 35), ("interaction", 3.0 / 7), ("within", 12)] {
            XCTAssertEqual(figure(result, row), expected, accuracy: 1e-12 * expected, row)
        }
        let dropped = try XCTUnwrap(result["droppedRows"] as? [[String: Any]])
        XCTAssertEqual(dropped.map { $0["label"] as? String }, ["10"])
        XCTAssertEqual(dropped.map { $0["missingVariables"] as? [String] }, [["待ち時間"]])

        let book = try Workbook(path: out.path)
        XCTAssertEqual(book.sheets.map(\.name), ["Data", "Anova two-factor", "Reading"])
        let cells = try book.cellsByAddress(sheet: "Anova two-factor", formulas: true)
        XCTAssertEqual(cells["A21"]?.value, .text("窓口"))
        XCTAssertEqual(try XCTUnwrap(cells["B21"]?.value.numericValue), 3721.0 / 105, accuracy: 1e-12)
        XCTAssertNil(cells["B21"]?.formula)
        XCTAssertEqual(cells["E21"]?.formula, "D21/D24")
    }

    func testTypeThreeAndNoInteraction() throws {
        let folder = try temporaryFolder()
        let input = try write(unbalanced, in: folder)
        let base = ["anova2", input, "--value", "待ち時間", "--factors", "窓口,曜日"]
        let three = try XCTUnwrap(try json(base + ["--type", "3"])["result"] as? [String: Any])
        XCTAssertEqual(three["sumsOfSquares"] as? String, "III")
        XCTAssertEqual(figure(three, "first"), 243.0 / 7, accuracy: 1e-12)
        XCTAssertEqual(figure(three, "second"), 867.0 / 7, accuracy: 1e-12)
        let additive = try XCTUnwrap(try json(base + ["--no-interaction"])["result"] as? [String: Any])
        XCTAssertNil(additive["interaction"])
        XCTAssertEqual(figure(additive, "within"), 12 + 3.0 / 7, accuracy: 1e-12)
        XCTAssertEqual(figure(additive, "within", "degreesOfFreedom"), 5)
    }

    /// The same balanced 2 × 2 data as one row per case and as the ToolPak's layout give the same table.
    func testBalancedCasesMatchTheToolPakLayout() throws {
        let folder = try temporaryFolder()
        let long = try write("肥料,列,収量\n甲,A,1\n甲,A,3\n甲,B,5\n甲,B,7\n乙,A,2\n乙,A,4\n乙,B,10\n乙,B,12\n", in: folder)
        let wide = try write("肥料,A,B\n甲,1,5\n,3,7\n乙,2,10\n,4,12\n", in: folder, name: "wide.csv")
        let cases = try XCTUnwrap(try json(["anova2", long, "--value", "収量", "--factors", "肥料,列"])["result"] as? [String: Any])
        let toolPak = try XCTUnwrap(try json(["anova2", wide, "--columns", "A,B", "--row-labels", "肥料", "--replication", "2"])["result"]
            as? [String: Any])
        for (ours, theirs) in [("first", "rows"), ("second", "columns"), ("interaction", "interaction"), ("within", "within"),
                               ("total", "total")] {
            for key in ["sumOfSquares", "degreesOfFreedom", "meanSquare", "f", "pValue", "fCritical"] {
                let (a, b) = (figure(cases, ours, key), figure(toolPak, theirs, key))
                XCTAssertTrue(a == b || (a.isNaN && b.isNaN), "\(ours).\(key): \(a) vs \(b)")
            }
        }
        XCTAssertEqual(figure(cases, "first", "f"), 9)
    }

    func testNumbersServeAsLabels() throws {
        let folder = try temporaryFolder()
        let input = try write("a,b,y\n1,1,3\n1,1,4\n1,2,6\n2,1,2\n2,2,9\n2,2,8\n2,2,7\n", in: folder)
        let result = try XCTUnwrap(try json(["anova2", input, "--value", "y", "--factors", "a,b"])["result"] as? [String: Any])
        let table = try XCTUnwrap(result["table"] as? [String: Any])
        XCTAssertEqual(table["firstLevels"] as? [String], ["1", "2"])
        XCTAssertEqual(figure(result, "within", "degreesOfFreedom"), 3)
    }

    func testRefusalsNameTheProblem() throws {
        let folder = try temporaryFolder()
        let input = try write("窓口,曜日,待ち時間\n本庁,月,10\n本庁,月,12\n本庁,火,20\n支所,月,5\n支所,月,7\n", in: folder)
        let cases: [([String], String)] = [
            (["--value", "待ち時間", "--factors", "窓口,曜日"], "No row has '窓口' = '支所' with '曜日' = '火'"),
            (["--value", "待ち時間", "--factors", "窓口"], "--factors needs exactly two category columns (given: 窓口)"),
            (["--value", "待ち時間", "--factors", "窓口,曜日", "--columns", "待ち時間"], "Give either --columns A,B,C"),
            (["--value", "待ち時間"], "Give either --columns A,B,C"),
            ([], "Give either --columns A,B,C"),
        ]
        for (arguments, phrase) in cases {
            let run = try CommandRunner.run(["anova2", input] + arguments + ["--lang", "en"])
            XCTAssertEqual(run.status, 1, "\(arguments)")
            XCTAssertTrue(run.stderr.contains(phrase), "\(arguments): \(run.stderr)")
        }
    }
}
