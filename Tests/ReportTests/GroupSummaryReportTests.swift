import Analysis
import Foundation
import Report
import XCTest

/// The Group summary sheet by two keys, checked by hand and recalculated by LibreOffice.
final class GroupSummaryReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let value = DataColumn(name: "件数", values: [10, 14, 3, 5, nil, 7, 20])
    private let keys = [
        CategoryDataSheet.Column(name: "課", labels: ["総務", "総務", "福祉", "福祉", "福祉", "福祉", "総務"]),
        CategoryDataSheet.Column(name: "年度", labels: ["R5", "R5", "R5", "R5", "R6", "R6", "R6"]),
    ]

    private func document() throws -> ReportDocument {
        let summary = try GroupSummary.compute(Variable(name: value.name, values: value.values),
                                               by: keys.map { (name: $0.name, values: $0.labels) })
        return GroupSummaryWorkbook.document(language: .ja, sourceRows: Array(2...8), value: value, keys: keys, summary: summary)
    }

    func testGroupsHoldTheHandComputedFigures() throws {
        let cells = try document().sheets[1].valuesByAddress()
        // Sorted keys: 福祉×R5 (3, 5), 福祉×R6 (7; the blank row dropped), 総務×R5 (10, 14), 総務×R6 (20).
        XCTAssertEqual(["A4", "B4", "A5", "B5", "A6", "A7"].map { cells[$0] },
                       ["福祉", "R5", "福祉", "R6", "総務", "総務"].map { .text($0) })
        XCTAssertEqual(["C4", "D4", "F4", "G4"].map { cells[$0] }, [2, 4, 3, 5].map { .number($0) })
        XCTAssertEqual(cells["E4"], .number(2.0.squareRoot()))
        XCTAssertEqual(cells["C5"], .number(1))
        XCTAssertEqual(cells["E5"], .error(.divisionByZero), "one value has no sample SD")
        XCTAssertEqual(cells["E6"], .number(8.0.squareRoot()))
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(), in: folder, fileName: "groups.xlsx")
        XCTAssertEqual(compared, 4 * 5, "four groups × count, mean, SD, minimum, maximum")
    }
}
