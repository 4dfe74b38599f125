import CSVReader
import XCTest
@testable import Tabular

/// Number-like text among category labels is a label (issue #15, item 5): `inspect` must not advise converting 年代's
/// `20代以下 … 60代以上` or 所属's `2課` with --coerce-numbers, while a column of `12時間` still gets the advice.
final class CategoryLabelTests: XCTestCase {
    private func table(_ text: String) throws -> Table {
        try Table.read(csv: try CSVFile(bytes: Array(text.utf8), name: "職員.csv"), options: TableOptions())
    }

    private let text = """
        年代,所属,残業
        20代以下,総務課,12時間
        30代,税務課,8時間
        40代,2課,10時間
        60代以上,福祉課,7時間
        50代,総務課,9時間

        """

    func testBandLabelsAreNotProblems() throws {
        let column = try table(text).requireColumn("年代")
        XCTAssertEqual(column.type, .text)
        XCTAssertEqual(column.issues.count, 0, "\(column.issues)")
    }

    func testANumberLikeLabelAmongNamesIsNotAProblem() throws {
        let column = try table(text).requireColumn("所属")
        XCTAssertEqual(column.issues.count, 0, "\(column.issues)")
    }

    func testMeasurementsTypedWithAUnitStillAreProblems() throws {
        let column = try table(text).requireColumn("残業")
        XCTAssertEqual(column.issues.map(\.address.a1), ["C2", "C3", "C4", "C5", "C6"])
        guard case .numberLikeText(let reading)? = column.issues.first?.kind else { return XCTFail("C2 is number-like") }
        XCTAssertEqual(reading.unit, "時間")
    }
}
