import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki ttest`, `ftest` and `ztest` as a participant runs them on the e-application exercise: the
/// workbook holds exactly the figures `--json` prints, text follows `--lang`, mistakes stop with one sentence.
final class TwoSampleCommandTests: XCTestCase {
    private let workbook = "Workbooks/e-application-ttest/配布/e-application-ttest-01.xlsx"
    private let data = ["--sheet", "データ", "--a", "導入前日数", "--b", "導入後日数"]


    /// Runs a tool with `--json -o`, returning the JSON `result` and the written tool sheet's cells by A1 address.
    private func roundTrip(_ tool: String, _ extra: [String], sheet: String) throws -> ([String: Any], [String: Cell]) {
        let out = try temporaryFolder().appendingPathComponent("\(tool).xlsx")
        let run = try CommandRunner.run([tool, workbook] + data + extra + ["--json", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["tool"] as? String, tool)
        XCTAssertEqual(object["columns"] as? [String], ["導入前日数", "導入後日数"])
        let written = try Workbook(path: out.path)
        XCTAssertEqual(written.sheets.map(\.name), ["Data", sheet, "Reading"])
        let cells = try written.cellsByAddress(sheet: sheet, formulas: true)
        return (try XCTUnwrap(object["result"] as? [String: Any]), cells)
    }

    private func assertCached(_ cells: [String: Cell], _ address: String, equals json: Any?,
                              file: StaticString = #filePath, line: UInt = #line) {
        guard let expected = json as? Double else { return XCTFail("no JSON number for \(address)", file: file, line: line) }
        // The writer stores 16 significant digits (libxlsxwriter's %.16G) and Foundation's JSON parser on
        // Linux may land one ulp off the printed shortest digits, so agreement is to 1e-15 relative.
        guard let cached = cells[address]?.value.numericValue else { return XCTFail("\(address) holds no number", file: file, line: line) }
        XCTAssertEqual(cached, expected, accuracy: 1e-15 * abs(expected), address, file: file, line: line)
        XCTAssertNotNil(cells[address]?.formula, "\(address) is a live formula", file: file, line: line)
    }

    func testPairedTTestWorkbookHoldsTheJSONFigures() throws {
        let (result, cells) = try roundTrip("ttest", ["--paired"], sheet: "t-Test")
        XCTAssertEqual(result["kind"] as? String, "paired")
        let first = try XCTUnwrap(result["first"] as? [String: Any])
        assertCached(cells, "B4", equals: first["mean"])
        assertCached(cells, "B5", equals: first["variance"])
        assertCached(cells, "B7", equals: result["pearsonCorrelation"])
        assertCached(cells, "B10", equals: result["tStatistic"])
        assertCached(cells, "B13", equals: result["pTwoTail"])
        assertCached(cells, "B14", equals: result["tCriticalTwoTail"])
        XCTAssertEqual(cells["B4"]?.formula, "AVERAGE(Data!$B$2:$B$41)")
    }

    func testWelchFAndZWorkbooksHoldTheJSONFigures() throws {
        let (welch, t) = try roundTrip("ttest", ["--hypothesized-difference", "0.5"], sheet: "t-Test")
        XCTAssertEqual(welch["kind"] as? String, "unequalVariances")
        assertCached(t, "B8", equals: welch["degreesOfFreedom"])
        assertCached(t, "B9", equals: welch["tStatistic"])
        assertCached(t, "B14", equals: welch["exactDegreesOfFreedom"])
        XCTAssertEqual(try XCTUnwrap(t["B15"]?.value.numericValue), try XCTUnwrap(welch["exactPTwoTail"] as? Double),
                       accuracy: 1e-15)
        XCTAssertNil(t["B15"]?.formula, "T.TEST has no Δ, so with Δ = 0.5 the exact p is a plain number")

        let (f, fCells) = try roundTrip("ftest", ["--alpha", "0.025"], sheet: "F-Test")
        assertCached(fCells, "B8", equals: f["f"])
        assertCached(fCells, "B9", equals: f["pOneTail"])
        assertCached(fCells, "B10", equals: f["fCriticalOneTail"])

        let (z, zCells) = try roundTrip("ztest", ["--variance-a", "8", "--variance-b", "10"], sheet: "z-Test")
        XCTAssertEqual(zCells["B5"]?.value.numericValue, 8)
        assertCached(zCells, "B8", equals: z["z"])
        assertCached(zCells, "B11", equals: z["pTwoTail"])
    }

    func testTextFollowsTheLanguage() throws {
        let folder = try temporaryFolder()
        let ja = try CommandRunner.run(["ttest", workbook] + data + ["--equal-variances", "-o", folder.appendingPathComponent("ja.xlsx").path,
                                                                    "--lang", "ja"])
        XCTAssertEqual(ja.status, 0, ja.stderr)
        XCTAssertTrue(ja.stdout.contains("t-検定: 等分散を仮定した 2 標本による検定"), ja.stdout)
        XCTAssertTrue(ja.stdout.contains("プールされた分散"), ja.stdout)
        // The verdict depends on the exercise data, which the exercise generator may change; its wording does not.
        XCTAssertTrue(ja.stdout.contains("5% 水準で有意です") || ja.stdout.contains("5% 水準では有意ではなく"), ja.stdout)
        let en = try CommandRunner.run(["ftest", workbook] + data + ["-o", folder.appendingPathComponent("en.xlsx").path, "--lang", "en"])
        XCTAssertEqual(en.status, 0, en.stderr)
        XCTAssertTrue(en.stdout.contains("F-Test Two-Sample for Variances"), en.stdout)
        XCTAssertTrue(en.stdout.contains("P(F<=f) one-tail"), en.stdout)
        XCTAssertTrue(en.stdout.contains("Result workbook: \(folder.appendingPathComponent("en.xlsx").path)"), en.stdout)
    }

    func testMistakesStopWithOneSentence() throws {
        let missing = try CommandRunner.run(["ttest", workbook, "--sheet", "データ", "--a", "導入前日数", "--b", "件数", "--json",
                                             "--lang", "en"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("e-application-ttest-01.xlsx, sheet データ: there is no column '件数'; its columns are: 手続ID, 区分, 導入前日数, 導入後日数."),
                      missing.stderr)
        XCTAssertEqual(missing.stdout, "")

        let text = try CommandRunner.run(["ttest", workbook] + ["--sheet", "データ", "--a", "区分", "--b", "導入後日数", "--json", "--lang", "en"])
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stderr.contains("column '区分' is a text column (届出系, 許認可系) and holds no numbers; count its values with crosstab"),
                      text.stderr)

        let badZ = try CommandRunner.run(["ztest", workbook] + data + ["--variance-a", "0", "--variance-b", "1", "--json", "--lang", "en"])
        XCTAssertEqual(badZ.status, 64)
        XCTAssertEqual(badZ.stderr, "--variance-a 0 cannot be used; give a number above 0.\n")

        let both = try CommandRunner.run(["ttest", workbook] + data + ["--paired", "--equal-variances", "--json", "--lang", "ja"])
        XCTAssertEqual(both.status, 64)
        XCTAssertEqual(both.stderr, "--paired (一対の標本) と --equal-variances (等分散を仮定した 2 標本) は別の検定です。どちらか一方を指定してください。\n")
    }
}
