import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki report`: one workbook with every sheet of a first look, whose cached figures agree with a plain
/// recomputation from the participant's cells.
final class ReportCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    /// The participant's filled data cells (rows 2…) by sheet column, then row (both 1-based), read straight from the cells.
    private func sourceColumns() throws -> [Int: [Int: CellValue]] {
        let workbook = try Workbook(path: CommandRunner.packageRoot.appendingPathComponent(staff).path)
        var cursor = try workbook.cells(of: try XCTUnwrap(workbook.firstVisibleWorksheet))
        var columns: [Int: [Int: CellValue]] = [:]
        while let cell = try cursor.next() {
            guard cell.address.rowNumber > 1 else { continue }
            columns[cell.address.columnNumber, default: [:]][cell.address.rowNumber] = cell.value
        }
        return columns
    }

    private func numbers(_ values: [Int: CellValue]?) -> [Double] {
        (values ?? [:]).values.compactMap { if case .number(let value) = $0 { value } else { nil } }
    }

    func testWorkbookHoldsEverySheetWithFiguresAPlainRecomputationGives() throws {
        let out = try temporaryFolder().appendingPathComponent("r.xlsx").path
        let run = try CommandRunner.run(["report", staff, "-o", out, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let book = try Workbook(path: out)
        XCTAssertEqual(book.sheets.map(\.name), ["データ", "基本統計量", "度数", "相関", "欠測", "解釈"])
        let source = try sourceColumns()

        // 基本統計量: 年齢 (B) and 月間残業時間 (C, two text cells left out), means in B4 and D4.
        let described = try book.cellsByAddress(sheet: "基本統計量", formulas: true)
        for (sourceColumn, cell) in [(2, "B4"), (3, "D4")] {
            let values = numbers(source[sourceColumn])
            let mean = values.reduce(0, +) / Double(values.count)
            XCTAssertEqual(try XCTUnwrap(described[cell]?.value.numericValue), mean, accuracy: 1e-12 * mean, cell)
        }

        // 度数: 所属 (A) in A4…, 研修受講 (E) in E4…, each level's count beside it.
        let frequencies = try book.cellsByAddress(sheet: "度数", formulas: true)
        for (sourceColumn, left) in [(1, 1), (5, 5)] {
            var expected: [String: Double] = [:]
            for case .text(let label) in (source[sourceColumn] ?? [:]).values { expected[label, default: 0] += 1 }
            var found: [String: Double] = [:]
            for row in 4..<(4 + expected.count) {
                let label = frequencies[CellAddress(rowNumber: row, columnNumber: left).a1]?.value
                guard case .text(let text)? = label else { return XCTFail("no level at row \(row), column \(left)") }
                found[text] = frequencies[CellAddress(rowNumber: row, columnNumber: left + 1).a1]?.value.numericValue
            }
            XCTAssertEqual(found, expected)
            XCTAssertTrue(frequencies[CellAddress(rowNumber: 4, columnNumber: left + 1).a1]?.formula?.hasPrefix("COUNTIF(") ?? false)
        }

        // 相関: r of 処理件数 (D) and 月間残業時間 (C) over the rows where both are numbers, in C6.
        let pairs = (source[3] ?? [:]).compactMap { row, value -> (Double, Double)? in
            guard case .number(let a) = value, case .number(let b)? = source[4]?[row] else { return nil }
            return (a, b)
        }
        let meanA = pairs.map(\.0).reduce(0, +) / Double(pairs.count)
        let meanB = pairs.map(\.1).reduce(0, +) / Double(pairs.count)
        let sxy = pairs.map { ($0.0 - meanA) * ($0.1 - meanB) }.reduce(0, +)
        let sxx = pairs.map { ($0.0 - meanA) * ($0.0 - meanA) }.reduce(0, +)
        let syy = pairs.map { ($0.1 - meanB) * ($0.1 - meanB) }.reduce(0, +)
        let correlation = try book.cellsByAddress(sheet: "相関", formulas: true)
        XCTAssertEqual(try XCTUnwrap(correlation["C6"]?.value.numericValue), sxy / (sxx * syy).squareRoot(), accuracy: 1e-12)

        // 欠測: 年齢 has one blank; 月間残業時間 has the two text cells, named.
        let missing = try book.cellsByAddress(sheet: "欠測", formulas: true)
        XCTAssertEqual(missing["A5"]?.value, .text("年齢"))
        XCTAssertEqual(missing["C5"]?.value.numericValue, 1)
        XCTAssertEqual(missing["A6"]?.value, .text("月間残業時間"))
        XCTAssertEqual(missing["D6"]?.value.numericValue, 2)
        XCTAssertEqual(missing["E6"]?.value, .text("C30 (１２), C58 (12時間)"))
    }

    func testJSONListsLevelsAndMisfitCells() throws {
        let run = try CommandRunner.run(["report", staff, "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["tool"] as? String, "report")
        let frequencies = try XCTUnwrap(object["frequencies"] as? [[String: Any]])
        XCTAssertEqual(frequencies.map { $0["column"] as? String }, ["所属", "研修受講"])
        let levels = try XCTUnwrap(frequencies[1]["levels"] as? [[String: Any]])
        XCTAssertEqual(levels.compactMap { $0["count"] as? Int }.reduce(0, +), 120)
        let missing = try XCTUnwrap(object["missing"] as? [[String: Any]])
        let overtime = try XCTUnwrap(missing.first { $0["column"] as? String == "月間残業時間" })
        XCTAssertEqual((overtime["misfitCells"] as? [[String: Any]])?.map { $0["cell"] as? String }, ["C30", "C58"])
    }

    func testOneNumberColumnGetsNoCorrelationSheetAndBlanksAreRead() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("scores.csv")
        try Data("名前,点数\nA,10\nB,\nC,30\nD,\n".utf8).write(to: input)
        let out = folder.appendingPathComponent("r.xlsx").path
        let run = try CommandRunner.run(["report", input.path, "-o", out, "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try Workbook(path: out).sheets.map(\.name),
                       ["Data", "Descriptive Statistics", "Frequencies", "Missing data", "Reading"])
        XCTAssertTrue(run.stdout.contains("点数 is empty in 2 of 4 rows (50%)"), run.stdout)
    }
}
