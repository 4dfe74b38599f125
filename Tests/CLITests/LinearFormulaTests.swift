import Foundation
import XCTest
import XLSXReader
import TestSupport

/// Every tool's result workbook must recalculate in time linear in the rows (issue #14): a formula written once per
/// row may read a fixed number of cells (its row, a window, cells computed once), never a whole column, or a
/// spreadsheet recalculating it does n × n work. Each tool is run on a 2,000-row table and the formulas of its
/// workbook are read back from the sheet XML: the cells whose formula reads a range of more than `longRange` rows
/// must be a bounded number (summary figures), not one per data row.
final class LinearFormulaTests: XCTestCase {
    private static let rows = 2_000
    /// A range over more rows than this counts as a column; windows (moving averages, bins) stay well below it.
    private static let longRange = 50
    /// How many cells of one workbook may read a column: summary figures, a few per column or per group.
    private static let allowedLongCells = 150

    private func table(in folder: URL) throws -> URL {
        var state: UInt64 = 12_345
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let offices = ["本庁", "東支所", "西支所"]
        let periods = ["2023上", "2023下", "2024上", "2024下"]
        var lines = ["窓口,区分,研修,期間,x1,x2,x3,y,申請,導入前,導入後"]
        for row in 0..<Self.rows {
            let x1 = (next() * 100).rounded() / 10, x2 = (next() * 50).rounded(), x3 = (next() * 20).rounded() / 4
            let y = 3 + 0.8 * x1 - 0.1 * x2 + 0.5 * x3 + next() * 4
            let before = 20 + next() * 10
            lines.append([offices[row % 3], row % 2 == 0 ? "前" : "後", next() < 0.5 ? "はい" : "いいえ", periods[(row / 3) % 4],
                          "\(x1)", "\(x2)", "\(x3)", String(format: "%.3f", y), next() < 0.3 + x1 / 25 ? "1" : "0",
                          String(format: "%.2f", before), String(format: "%.2f", before - 2 + next() * 3)].joined(separator: ","))
        }
        let file = folder.appendingPathComponent("rows.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Each tool with the options that give its fullest workbook (residuals, charts, data sheets).
    private let tools: [[String]] = [
        ["describe", "--columns", "x1,y"],
        ["regress", "--y", "y", "--x", "x1,x2,x3"],
        ["regress", "--y", "y", "--x", "x1,窓口"],
        ["regress", "--y", "y", "--x", "x1", "--degree", "2"],
        ["logistic", "--y", "申請", "--x", "x1,x2"],
        ["ttest", "--a", "導入前", "--b", "導入後"],
        ["ttest", "--a", "導入前", "--b", "導入後", "--paired"],
        ["ftest", "--a", "導入前", "--b", "導入後"],
        ["ztest", "--a", "導入前", "--b", "導入後", "--variance-a", "8", "--variance-b", "9"],
        ["anova", "--value", "y", "--group", "窓口"],
        ["anova2", "--value", "y", "--factors", "窓口,研修"],
        ["correl", "--columns", "x1,x2,y"],
        ["covariance", "--columns", "x1,x2,y"],
        ["histogram", "--columns", "y", "--pareto"],
        ["groups", "--value", "y", "--by", "窓口"],
        ["crosstab", "--rows", "窓口", "--cols", "研修"],
        ["normality", "--columns", "y"],
        ["smooth", "--column", "y", "--moving-average", "3"],
        ["smooth", "--column", "y", "--exponential", "0.3"],
        ["rank", "--column", "y"],
        ["sample", "--column", "y", "--periodic", "5"],
        ["mannwhitney", "--value", "y", "--group", "区分"],
        ["wilcoxon", "--a", "導入前", "--b", "導入後"],
        ["kruskal", "--value", "y", "--group", "窓口"],
        ["did", "--value", "y", "--group", "窓口", "--treated", "本庁", "--period", "期間", "--after", "2024上,2024下"],
        ["report"],
    ]

    func testNoToolWritesAWholeColumnFormulaPerRow() throws {
        let folder = try temporaryFolder()
        let input = try table(in: folder)
        var offenders: [String] = []
        for (number, tool) in tools.enumerated() {
            let output = folder.appendingPathComponent("\(number).xlsx")
            let result = try CommandRunner.run([tool[0], input.path] + tool.dropFirst() + ["-o", output.path, "--lang", "ja"])
            XCTAssertEqual(result.status, 0, "\(tool.joined(separator: " ")): \(result.stderr)")
            guard result.status == 0 else { continue }
            let workbook = try Workbook(path: output.path)
            for sheet in workbook.sheets where sheet.kind == .worksheet {
                var cursor = try workbook.cells(of: sheet, formulas: true)
                var long: [String] = []
                while let cell = try cursor.next() {
                    guard let formula = cell.formula, Self.longestRange(in: formula) > Self.longRange else { continue }
                    long.append("\(cell.address.a1) =\(formula)")
                }
                if long.count > Self.allowedLongCells {
                    offenders.append("\(tool.joined(separator: " ")), sheet \(sheet.name): \(long.count) cells read a column, "
                                     + "e.g. \(long[long.count / 2])")
                }
            }
        }
        XCTAssertTrue(offenders.isEmpty, offenders.joined(separator: "\n"))
    }

    /// The number of rows of the tallest range (`B2:B2001`, `$C$5:$E$900`, `A:A` counting as the whole grid) in a formula.
    static func longestRange(in formula: String) -> Int {
        var longest = 0
        let pattern = /\$?([A-Z]{1,3})\$?([0-9]+):\$?([A-Z]{1,3})\$?([0-9]+)/
        for match in formula.matches(of: pattern) {
            // INDEX(range, k) looks one cell up; it does not read the range.
            let before = String(formula[..<match.range.lowerBound]).replacing(/('[^']*'|[^(),'!]+)!$/, with: "")
            if before.hasSuffix("INDEX(") { continue }
            if let first = Int(match.output.2), let last = Int(match.output.4) { longest = max(longest, abs(last - first) + 1) }
        }
        if formula.contains(/(^|[^A-Z0-9$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}([^A-Z0-9(]|$)/) { longest = 1_048_576 }
        return longest
    }

    func testRangesAreMeasuredByTheirRows() {
        XCTAssertEqual(Self.longestRange(in: "AVERAGE(データ!$B$2:$B$2001)"), 2_000)
        XCTAssertEqual(Self.longestRange(in: "B5-C5"), 0)
        XCTAssertEqual(Self.longestRange(in: "AVERAGE(B3:B5)+SUM(C2:D40)"), 39)
        XCTAssertEqual(Self.longestRange(in: "SUM(A:A)"), 1_048_576)
        XCTAssertEqual(Self.longestRange(in: "INDEX('データ'!$B$2:$B$2001,1005)"), 0)
    }
}

extension LinearFormulaTests {
    /// Short columns keep their live sorting formulas (they teach how the figure is made); only long ones become values.
    func testShortColumnsKeepTheirSortingFormulas() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("short.csv")
        try ("値\n" + (1...30).map { "\(($0 * 7) % 11)" }.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("rank.xlsx")
        let result = try CommandRunner.run(["rank", file.path, "--column", "値", "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let workbook = try Workbook(path: output.path)
        var formulas = 0
        for sheet in workbook.sheets where sheet.kind == .worksheet {
            var cursor = try workbook.cells(of: sheet, formulas: true)
            while let cell = try cursor.next() {
                if cell.formula?.contains("RANK.EQ(") == true { formulas += 1 }
            }
        }
        XCTAssertEqual(formulas, 30)
    }
}
