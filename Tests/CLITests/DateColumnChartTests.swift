import Foundation
import XCTest
import XLSXReader
import TestSupport

/// A date column (staff.xlsx's 入庁日, cells with a date format) in `histogram` and `describe`: binned by calendar
/// year or month with date labels, its figures shown as dates, never as serial numbers.
final class DateColumnChartTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    /// The years of the 入庁日 cells, read straight from the workbook.
    private func hiringYears() throws -> [Int] {
        let workbook = try Workbook.packaged(staff)
        var cursor = try workbook.cells(of: workbook.sheets[0])
        var header: Int?
        var years: [Int] = []
        while let cell = try cursor.next() {
            if case .text("入庁日") = cell.value { header = cell.address.column }
            if cell.address.column == header, case .date(let date) = cell.value, let year = date.components?.year { years.append(year) }
        }
        return years
    }

    func testHistogramOfADateColumnCountsCalendarPeriodsWithDateLabels() throws {
        let out = try temporaryFolder().appendingPathComponent("d.xlsx")
        let run = try CommandRunner.run(["histogram", staff, "--coerce-numbers", "--columns", "入庁日", "--json", "--lang", "ja",
                                         "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let dates = try XCTUnwrap((object["dates"] as? [[String: Any]])?.first)
        let years = try hiringYears()
        XCTAssertFalse(years.isEmpty)
        let (first, last) = (try XCTUnwrap(years.min()), try XCTUnwrap(years.max()))
        XCTAssertGreaterThan(last - first, 3, "the data span more than three years")
        XCTAssertEqual(dates["unit"] as? String, "year")
        let periods = try XCTUnwrap(dates["periods"] as? [[String: Any]])
        XCTAssertEqual(periods.map { $0["period"] as? String }, (first...last).map { String($0) })
        XCTAssertEqual(periods.map { $0["count"] as? Int }, (first...last).map { year in years.filter { $0 == year }.count })

        let written = try Workbook(path: out.path)
        let cells = try written.cellsByAddress(sheet: "ヒストグラム", formulas: true)
        XCTAssertEqual(cells["A3"]?.value, .text(String(first)), "the first bin is labelled with its year")
        XCTAssertTrue(cells["B3"]?.formula?.contains("DATE(\(first),1,1)") ?? false, "\(String(describing: cells["B3"]?.formula))")
        let reading = try written.cellsByAddress(sheet: "解釈").values.compactMap { cell -> String? in
            if case .text(let text) = cell.value { text } else { nil }
        }.joined(separator: "\n")
        XCTAssertTrue(reading.contains("最も早いのは \(first)-"), reading)
        XCTAssertFalse(reading.contains("最小 3"), "no serial number as the minimum: \(reading)")
    }

    func testDescribeShowsADateColumnsFiguresAsDates() throws {
        let out = try temporaryFolder().appendingPathComponent("s.xlsx")
        let run = try CommandRunner.run(["describe", staff, "--coerce-numbers", "--columns", "入庁日", "--lang", "ja", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let written = try Workbook(path: out.path)
        let cells = try written.cellsByAddress(sheet: "基本統計量")
        let byLabel = Dictionary(cells.values.compactMap { cell -> (String, String)? in
            guard case .text(let label) = cell.value, cell.address.columnNumber == 1 else { return nil }
            return (label, "B\(cell.address.rowNumber)")
        }, uniquingKeysWith: { first, _ in first })
        for label in ["平均", "中央値 (メジアン)", "最小", "最大"] {
            let address = try XCTUnwrap(byLabel[label], "\(byLabel.keys.sorted())")
            guard case .date? = cells[address]?.value else { return XCTFail("\(label) (\(address)) is not a date: \(String(describing: cells[address]?.value))") }
        }
        let spread = try XCTUnwrap(byLabel["標準偏差"])
        guard case .number? = cells[spread]?.value else { return XCTFail("the standard deviation stays a number of days") }
        let histogram = try written.cellsByAddress(sheet: "ヒストグラム")
        XCTAssertEqual(histogram["A3"]?.value, .text(String(try XCTUnwrap(try hiringYears().min()))))
    }

    func testDescribesTerminalTextShowsADateColumnsFiguresAsDates() throws {
        let out = try temporaryFolder().appendingPathComponent("t.xlsx")
        let run = try CommandRunner.run(["describe", staff, "--coerce-numbers", "--columns", "入庁日", "--lang", "ja", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let first = try XCTUnwrap(try hiringYears().min())
        let minimum = try XCTUnwrap(run.stdout.split(separator: "\n").first { $0.hasPrefix("最小 ") || $0.hasPrefix("最小\t") || $0.hasPrefix("最小") && !$0.hasPrefix("最小値") })
        XCTAssertTrue(minimum.contains("\(first)-"), "the earliest date, not its serial number: \(minimum)")
        XCTAssertFalse(run.stdout.contains("32234"), run.stdout)
    }
}
