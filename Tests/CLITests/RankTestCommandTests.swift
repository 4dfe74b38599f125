import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki mannwhitney`, `wilcoxon`, `kruskal` and `normality` as a participant runs them: on a committed sheet
/// (blanks, ties, group columns) their JSON agrees with SciPy (scripts/reference/rank_tests_scipy.py), the
/// workbook caches exactly the JSON's figures, and mistakes stop with one sentence naming the file and column.
final class RankTestCommandTests: XCTestCase {
    private let sheet = "Tests/CLITests/Fixtures/rank_tests.csv"

    private struct Reference: Decodable {
        struct TwoSample: Decodable {
            let samples: [String]?
            let u1, p: Double
            let z: Double?
            let method: String
        }
        struct Paired: Decodable {
            let t, z, p: Double
            let zeroDifferences: Int
            let method: String
        }
        struct Groups: Decodable {
            struct Pair: Decodable { let z, p, adjustedP: Double }
            let samples: [String]
            let h, p, epsilonSquared: Double
            let dunn: [Pair]
        }
        struct Normality: Decodable {
            let column: String
            let w, p, skewness, kurtosis: Double
        }
        let mannWhitney: TwoSample
        let wilcoxon: Paired
        let kruskal: Groups
        let normality: [Normality]
    }

    private func reference() throws -> Reference {
        let url = CommandRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/rank_tests_cli_scipy.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    /// Runs a command with `--json -o`, returning the JSON object and the cells of the written sheet `name`.
    private func run(_ arguments: [String], sheet name: String) throws -> ([String: Any], [String: Cell]) {
        let out = try temporaryFolder().appendingPathComponent("result.xlsx")
        let run = try CommandRunner.run(arguments + ["--json", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
        XCTAssertEqual(object["tool"] as? String, arguments[0])
        XCTAssertEqual(object["sheet"] as? String, "rank_tests.csv")
        return (object, try Workbook(path: out.path).cellsByAddress(sheet: name))
    }

    private func close(_ value: Any?, _ reference: Double, tolerance: Double = 1e-9, _ figure: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        guard let value = value as? Double else { return XCTFail("\(figure): no number", file: file, line: line) }
        XCTAssertLessThanOrEqual(abs(value - reference), tolerance * max(abs(reference), 1e-300), "\(figure): \(value) vs \(reference)",
                                 file: file, line: line)
    }

    private func cached(_ cells: [String: Cell], _ address: String) -> Double? { cells[address]?.value.numericValue }

    func testMannWhitneyByGroupAgreesWithSciPyAndTheWorkbook() throws {
        let expected = try reference().mannWhitney
        let (object, cells) = try run(["mannwhitney", sheet, "--value", "待ち時間", "--group", "区分"], sheet: "Mann-Whitney")
        XCTAssertEqual(object["samples"] as? [String], expected.samples)
        XCTAssertEqual(object["groupColumn"] as? String, "区分")
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        close(result["u1"], expected.u1, "U1")
        close(result["pValue"], expected.p, "p")
        close(result["z"], try XCTUnwrap(expected.z), "z")
        XCTAssertEqual(result["method"] as? String, expected.method)
        close(cached(cells, "B8"), try XCTUnwrap(result["u1"] as? Double), tolerance: 1e-15, "cached U1")
        close(cached(cells, "B12"), try XCTUnwrap(result["pValue"] as? Double), tolerance: 1e-15, "cached p")
    }

    func testWilcoxonAgreesWithSciPyAndTheWorkbook() throws {
        let expected = try reference().wilcoxon
        let (object, cells) = try run(["wilcoxon", sheet, "--a", "導入前", "--b", "導入後"], sheet: "Wilcoxon")
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        close(result["t"], expected.t, "T")
        close(result["z"], expected.z, "z")
        close(result["pValue"], expected.p, "p")
        XCTAssertEqual(result["zeroDifferences"] as? Int, expected.zeroDifferences)
        XCTAssertEqual(result["droppedRows"] as? [Int], [11], "the pair missing 導入後")
        close(cached(cells, "B14"), try XCTUnwrap(result["z"] as? Double), tolerance: 1e-15, "cached z")
        close(cached(cells, "B15"), try XCTUnwrap(result["pValue"] as? Double), tolerance: 1e-15, "cached p")
    }

    func testKruskalByGroupAgreesWithSciPyWithDunnsComparisons() throws {
        let expected = try reference().kruskal
        let (object, cells) = try run(["kruskal", sheet, "--value", "待ち時間", "--group", "窓口"], sheet: "Kruskal-Wallis")
        XCTAssertEqual(object["samples"] as? [String], expected.samples)
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        close(result["h"], expected.h, "H")
        close(result["pValue"], expected.p, "p")
        close(result["epsilonSquared"], expected.epsilonSquared, "ε²")
        let dunn = try XCTUnwrap((object["dunn"] as? [String: Any])?["comparisons"] as? [[String: Any]])
        XCTAssertEqual(dunn.count, expected.dunn.count)
        for (comparison, pair) in zip(dunn, expected.dunn) {
            close(comparison["z"], pair.z, "Dunn z")
            close(comparison["adjustedPValue"], pair.adjustedP, "Holm p")
        }
        close(cached(cells, "B8"), try XCTUnwrap(result["h"] as? Double), tolerance: 1e-15, "cached H")
    }

    func testNormalityAgreesWithSciPyAndKeepsTheQQTablesOutOfTheText() throws {
        let expected = try reference().normality
        let (object, cells) = try run(["normality", sheet, "--columns", "得点,待ち時間"], sheet: "Normality")
        let columns = try XCTUnwrap(object["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, expected.map(\.column))
        for (column, reference) in zip(columns, expected) {
            let test = try XCTUnwrap(column["shapiroWilk"] as? [String: Any])
            close(test["w"], reference.w, "\(reference.column) W")
            close(test["pValue"], reference.p, tolerance: 1e-6, "\(reference.column) p")
            close(column["skewness"], reference.skewness, "\(reference.column) skewness")
            close(column["kurtosis"], reference.kurtosis, "\(reference.column) kurtosis")
        }
        close(cached(cells, "B5"), try XCTUnwrap((columns[0]["shapiroWilk"] as? [String: Any])?["w"] as? Double), tolerance: 1e-15, "cached W")
        let text = try CommandRunner.run(["normality", sheet, "--columns", "得点", "-o",
                                          try temporaryFolder().appendingPathComponent("n.xlsx").path, "--lang", "ja"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("シャピロ・ウィルク W"), text.stdout)
        XCTAssertTrue(text.stdout.contains("結果の読み方"), text.stdout)
        XCTAssertFalse(text.stdout.contains("理論分位数  観測値"), "the Q-Q table stays in the workbook")
    }

    func testTwoColumnFormAndTextFollowTheLanguage() throws {
        let folder = try temporaryFolder()
        let ja = try CommandRunner.run(["mannwhitney", sheet, "--a", "導入前", "--b", "導入後", "-o",
                                        folder.appendingPathComponent("ja.xlsx").path, "--lang", "ja"])
        XCTAssertEqual(ja.status, 0, ja.stderr)
        XCTAssertTrue(ja.stdout.contains("マン・ホイットニーの U 検定 (ウィルコクソンの順位和検定)"), ja.stdout)
        XCTAssertTrue(ja.stdout.contains("結果の読み方"), ja.stdout)
        let en = try CommandRunner.run(["kruskal", sheet, "--columns", "導入前,導入後,得点", "-o",
                                        folder.appendingPathComponent("en.xlsx").path, "--lang", "en"])
        XCTAssertEqual(en.status, 0, en.stderr)
        XCTAssertTrue(en.stdout.contains("Dunn's test, P-values adjusted by Holm's method"), en.stdout)
    }

    private func failure(_ arguments: [String], lang: String = "ja") throws -> String {
        let result = try CommandRunner.run(arguments + ["--lang", lang])
        XCTAssertEqual(result.status, 1, "\(arguments): \(result.stdout)")
        XCTAssertTrue(result.stdout.isEmpty, result.stdout)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        return result.stderr
    }

    func testMannWhitneyComparesTheTwoGroupsNamedByLevels() throws {
        // SciPy 1.17 mannwhitneyu(本庁, 南支所) of 待ち時間 (defaults: two-sided, continuity, normal with ties): U = 73.5,
        // p = 0.8921356083322728, from 17 and 9 values.
        let run = try CommandRunner.run(["mannwhitney", sheet, "--value", "待ち時間", "--group", "窓口", "--levels", "本庁,南支所", "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["samples"] as? [String], ["本庁", "南支所"])
        let result = try XCTUnwrap(json["result"] as? [String: Any])
        XCTAssertEqual(result["u"] as? Double, 73.5)
        XCTAssertEqual(try XCTUnwrap(result["pValue"] as? Double), 0.8921356083322728, accuracy: 1e-12)
        XCTAssertEqual((result["first"] as? [String: Any])?["count"] as? Int, 17)
        XCTAssertEqual((result["second"] as? [String: Any])?["count"] as? Int, 9)
    }

    func testMistakesStopWithOneSentenceNamingTheFileAndColumn() throws {
        XCTAssertEqual(try failure(["mannwhitney", sheet, "--value", "待ち時間", "--group", "窓口"]),
                       "rank_tests.csv: 列「窓口」のグループは 3 個 (本庁、北支所、南支所) です。mannwhitney は 2 つのグループを比べるので、--levels 本庁,北支所 のように 2 つを選ぶか、3 つ以上をまとめて比べるなら kruskal を使ってください。\n")
        // Half a layout is a wrong command line (64), told as the t, F and z tests tell it.
        let half = try CommandRunner.run(["mannwhitney", sheet, "--a", "導入前", "--lang", "en"])
        XCTAssertEqual(half.status, 64, half.stderr)
        XCTAssertEqual(half.stderr, "Give --b; this analysis needs it.\n")
        XCTAssertEqual(try failure(["wilcoxon", sheet, "--a", "導入前", "--b", "導入前"], lang: "en"),
                       "--a and --b name the column '導入前' twice; give two different columns.\n")
        XCTAssertEqual(try failure(["kruskal", sheet, "--columns", "得点"], lang: "en"),
                       "--columns needs two or more group columns (given: 得点).\n")
        XCTAssertTrue(try failure(["kruskal", sheet, "--value", "待ち時間", "--group", "窓口口"]).contains("列「窓口口」はありません"))
    }

    func testAnIDColumnAsGroupsIsRefusedBeforeAnyWork() throws {
        let file = try temporaryFolder().appendingPathComponent("ids.csv")
        try ("番号,値\n" + (1...60).map { "\($0),\($0 % 7)" }.joined(separator: "\n")).write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try failure(["kruskal", file.path, "--value", "値", "--group", "番号"]),
                       "ids.csv: 列「番号」にはグループが 60 個あり、比べられる上限 50 個を超えています。ID や氏名の列を選んでいないか確認してください。\n")
    }

    func testDataWithNothingToRankStopsWithOneSentence() throws {
        let folder = try temporaryFolder()
        let flat = folder.appendingPathComponent("flat.csv")
        try "前,後,群,値,少\n3,3,A,5,1\n4,4,B,5,2\n5,5,A,5,\n,6,B,,\n".write(to: flat, atomically: true, encoding: .utf8)
        XCTAssertEqual(try failure(["wilcoxon", flat.path, "--a", "前", "--b", "後"]),
                       "flat.csv: 列「前」と「後」の差がすべての行で 0 のため、符号付き順位検定はできません。\n")
        XCTAssertEqual(try failure(["kruskal", flat.path, "--value", "値", "--group", "群"], lang: "en"),
                       "flat.csv: every value in '値' is the same, so there is no order to compare.\n")
        XCTAssertEqual(try failure(["normality", flat.path, "--columns", "少"]),
                       "flat.csv: 列「少」の数値は 2 個しかありません。この検定には 3 個以上必要です。\n")
    }
}
