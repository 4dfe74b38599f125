import Report
import XCTest

/// One number-format policy for every sheet (issue #15, item 2): no figure is left to Excel's General format, which
/// shows `516.333333333` beside `40.00`; and a reading quotes a figure rounded the way its table shows it.
final class NumberFormatPolicyTests: XCTestCase {
    /// Walks every cell of every tool's workbook (ja and en) and fails on a number (literal or cached) that is not a
    /// whole number but is shown in General.
    func testNoToolLeavesANonIntegerNumberInGeneralFormat() throws {
        for language in [Language.ja, .en] {
            var numberCount = 0
            for (tool, document) in try EveryToolWorkbook.documents(language) {
                for sheet in document.sheets {
                    for placed in try sheet.laidOutCells() {
                        let value: ReportValue
                        switch placed.cell.content {
                        case .empty: continue
                        case .value(let literal): value = literal
                        case .formula(_, cached: let cached): value = cached
                        }
                        guard case .number(let number) = value else { continue }
                        numberCount += 1
                        if placed.cell.format == .general && number.isFinite && number != number.rounded() {
                            XCTFail("\(tool) (\(language)), \(sheet.name)!\(placed.address.a1()): \(number) is shown in General")
                        }
                    }
                }
            }
            XCTAssertGreaterThan(numberCount, 5000, "the workbooks hold numbers to check")
        }
    }

    /// The figure kinds of the policy, each with the format it gets.
    func testFormatsFollowTheFiguresKindAndTheDatasPrecision() {
        XCTAssertEqual(NumberFormat.dataDecimals(of: [22, 40, 60]), 0)
        XCTAssertEqual(NumberFormat.dataDecimals(of: [5.4, 12, 41.9]), 1)
        XCTAssertEqual(NumberFormat.dataDecimals(of: [0.125, 3]), 3)
        XCTAssertEqual(NumberFormat.dataDecimals(of: [1.0 / 3]), 10, "a computed ratio is capped, not shown to 17 digits")
        XCTAssertEqual(NumberFormat.dataDecimals(of: []), 0)
        // A mean of whole numbers shows two decimals, of numbers with one decimal three.
        XCTAssertEqual(NumberFormat.measured(dataDecimals: 0, extra: 2), .decimals(2))
        XCTAssertEqual(NumberFormat.measured(dataDecimals: 1, extra: 2), .decimals(3))
        XCTAssertEqual(NumberFormat.measured(dataDecimals: 9, extra: 2), .decimals(7), "at most seven decimals")
        // Statistics: 4 significant digits, E-notation only below 0.0001.
        XCTAssertEqual(NumberFormat.significant(2.738612787), .decimals(3))
        XCTAssertEqual(NumberFormat.significant(0.000_123_45), .decimals(7))
        XCTAssertEqual(NumberFormat.significant(0.000_012_345), .scientific(3))
        XCTAssertEqual(NumberFormat.significant(-0.000_012_345), .scientific(3))
        XCTAssertEqual(NumberFormat.significant(0), .decimals(3))
        XCTAssertEqual(NumberFormat.pValue.excelCode, "[<0.0001]0.00E+00;0.0000")
        XCTAssertEqual(NumberFormat.pValue.approximateDisplay(of: 0.000_53), "0.0005")
        XCTAssertEqual(NumberFormat.pValue.approximateDisplay(of: 0.000_053), "5.30E-05")
    }

    /// describe shows whole-number ages as whole numbers and their mean with two decimals, overtime typed with one
    /// decimal with one (minimum) and three (mean): `40.00` beside `260.0` no more.
    func testDescribeFollowsEachColumnsPrecision() throws {
        let describe = try XCTUnwrap(try EveryToolWorkbook.documents(.en).first { $0.tool == "describe" }?.document)
        let cells = try describe.sheets[1].laidOutCells()
        func format(column: Int, label: String) -> NumberFormat? {
            guard let row = cells.first(where: { $0.address.column == 2 * column && $0.cell.content == .value(.text(label)) })?.address.row
            else { return nil }
            return cells.first { $0.address.row == row && $0.address.column == 2 * column + 1 }?.cell.format
        }
        // Columns: 年齢 (whole), 処理件数 (whole), 月間残業時間 (one decimal).
        XCTAssertEqual(format(column: 0, label: "Minimum"), .decimals(0))
        XCTAssertEqual(format(column: 0, label: "Maximum"), .decimals(0))
        XCTAssertEqual(format(column: 0, label: "Mean"), .decimals(2))
        XCTAssertEqual(format(column: 0, label: "Median"), .decimals(1))
        XCTAssertEqual(format(column: 0, label: "Count"), .integer)
        XCTAssertEqual(format(column: 2, label: "Minimum"), .decimals(1))
        XCTAssertEqual(format(column: 2, label: "Mean"), .decimals(3))
        XCTAssertEqual(format(column: 2, label: "Standard Deviation"), .decimals(3))
    }

    /// A reading rounds as its table does: 31.616666666 reads 31.61666667 in General's eleven characters, never the
    /// truncated 31.61666666, and with the policy's format it reads what the cell shows.
    func testReadingTextRoundsNeverTruncates() {
        XCTAssertEqual(NumberFormat.general.approximateDisplay(of: 31.616_666_666_7), "31.61666667")
        XCTAssertEqual(NumberFormat.general.approximateDisplay(of: 57.925_239_175), "57.92523918")
        XCTAssertEqual(NumberFormat.reading(31.616_666_666_7, format: .decimals(3)), "31.617")
        XCTAssertEqual(NumberFormat.reading(8.125, format: .decimals(2)), "8.13", "half away from zero, as a spreadsheet")
        XCTAssertEqual(NumberFormat.reading(1.005, format: .decimals(2)), "1.01", "on the decimal value, not the binary 1.00499…")
        XCTAssertEqual(NumberFormat.reading(-0.0004, format: .decimals(2)), "0.00")
        XCTAssertEqual(NumberFormat.reading(0.000_012_345_6, format: .significant(0.000_012_345_6)), "1.235E-05")
    }
}
