import CSVReader
import XCTest
import XLSXReader
@testable import Tabular

/// A Shift_JIS CSV read into the same `Table` a workbook gives, with the same number-like-text rules.
final class CSVTableTests: XCTestCase {
    private let text = """
        所属,年齢,残業,入庁日,備考
        総務課,34,12.5,2024/4/1,
        税務課,１２,"1,234",令和6年4月1日,㈱
        福祉課,,8,R6.4.1,"a,b"
        髙﨑支所,41,12時間,H31.4.30,x

        """

    private func table(coerce: Bool = false) throws -> Table {
        let bytes = try TextEncoder.encode(text, as: .shiftJIS)
        let file = try CSVFile(bytes: bytes, name: "職員.csv")
        XCTAssertEqual(file.encoding, .shiftJIS)
        return try Table.read(csv: file, options: TableOptions(coerceNumbers: coerce))
    }

    func testRecordsBecomeRowsAndFieldsColumns() throws {
        let table = try table()
        XCTAssertEqual(table.sheetName, "職員.csv")
        XCTAssertEqual(table.headerRow, 1)
        XCTAssertEqual(table.rowNumbers, [2, 3, 4, 5])
        XCTAssertEqual(table.columns.map(\.name), ["所属", "年齢", "残業", "入庁日", "備考"])
        XCTAssertEqual(try table.requireColumn("所属").values.map(\.displayText), ["総務課", "税務課", "福祉課", "髙﨑支所"])
        XCTAssertEqual(Array(try table.requireColumn("備考").values), [.empty, .text("㈱"), .text("a,b"), .text("x")])
    }

    func testNumberLikeTextIsReportedWithItsCell() throws {
        let table = try table()
        let age = try table.requireColumn("年齢")
        XCTAssertEqual(age.type, .number)
        XCTAssertEqual(Array(age.values), [.number(34), .text("１２"), .empty, .number(41)])
        XCTAssertEqual(age.issues.map(\.address.a1), ["B3"])
        let overtime = try table.requireColumn("残業")
        XCTAssertEqual(overtime.type, .number)
        XCTAssertEqual(overtime.issues.map(\.address.a1), ["C3", "C5"])
        guard case .numberLikeText(let reading) = overtime.issues.first?.kind else { return XCTFail("C3 is number-like") }
        XCTAssertEqual(reading.value, 1234)
    }

    func testJapaneseDatesBecomeDates() throws {
        let joined = try table().requireColumn("入庁日")
        XCTAssertEqual(joined.type, .date)
        XCTAssertEqual(joined.values.map(\.displayText), ["2024-04-01", "2024-04-01", "2024-04-01", "2019-04-30"])
        // Excel's serial for 2024-04-01.
        XCTAssertEqual(joined.values.first?.numeric, 45383)
        XCTAssertTrue(joined.issues.isEmpty)
    }

    func testDateTimesKeepTheirTimeOfDay() throws {
        let file = try CSVFile(bytes: Array("受付日時\n2024/4/1 12:00\n2024/4/1 6:00\n".utf8), name: "受付.csv")
        let column = try Table.read(csv: file).requireColumn("受付日時")
        XCTAssertEqual(column.type, .date)
        // Excel: 2024-04-01 12:00 is 45383.5, 06:00 is 45383.25.
        XCTAssertEqual(column.values.map(\.numeric), [45383.5, 45383.25])
    }

    func testCoercionConvertsNumberLikeFields() throws {
        let table = try table(coerce: true)
        XCTAssertEqual(table.coercedCells.map(\.address.a1), ["B3", "C3", "C5"])
        XCTAssertEqual(Array(try table.requireColumn("残業").values), [.number(12.5), .number(1234), .number(8), .number(12)])
    }

    func testUnterminatedQuoteSurfacesAsCSVError() throws {
        let file = try CSVFile(bytes: Array("a,b\n1,\"2\n".utf8), name: "broken.csv")
        XCTAssertThrowsError(try Table.read(csv: file)) { error in
            XCTAssertEqual(error as? CSVError, .unterminatedQuote(file: "broken.csv", line: 2, column: 2))
        }
    }
}
