import Report
@testable import Workbench
import XCTest

/// The page shows a document's cells as Excel shows them, and its charts from the very cells they name.
final class RenderingTests: XCTestCase {
    func testNumberFormatsShowAsInExcel() {
        XCTAssertEqual(CellDisplay.text(of: 1234.5678, format: .decimals(2)), "1,234.57")
        XCTAssertEqual(CellDisplay.text(of: -1234567, format: .integer), "-1,234,567")
        XCTAssertEqual(CellDisplay.text(of: 0.1234, format: .percent(1)), "12.3%")
        XCTAssertEqual(CellDisplay.text(of: 0.04321, format: .pValue), "0.0432")
        XCTAssertEqual(CellDisplay.text(of: 0.000012345, format: .pValue), "1.23E-05")
        XCTAssertEqual(CellDisplay.text(of: 45383, format: .date), "2024-04-01")
        XCTAssertEqual(CellDisplay.text(of: 0.912345678912, format: .general), "0.912345679")
        XCTAssertEqual(CellDisplay.text(of: 120, format: .general), "120")
        XCTAssertEqual(CellDisplay.text(of: 1.5e12, format: .general), "1.50000E+12")
        XCTAssertEqual(CellDisplay.text(of: .nan, format: .decimals(2)), "#N/A")
    }

    func testAnswersShowAsTypedWithoutLosingTinyValues() {
        XCTAssertEqual(NumberTextShort.format(12), "12")
        XCTAssertEqual(NumberTextShort.format(0.375), "0.375")
        XCTAssertEqual(NumberTextShort.format(-4.6737361934), "-4.6737361934")
        XCTAssertEqual(NumberTextShort.format(0.000000000012), "1.20E-11", "a tiny p-value is not shown as 0")
        XCTAssertEqual(NumberTextShort.format(0.00012), "0.00012")
    }

    func testCellsKeepTheirPlacesRolesAndRulesAndEscapeText() {
        let sheet = ReportSheet(name: "結果", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("<script>alert(1)</script>")),
            ReportBlock(at: CellAddress(row: 2, column: 1), .table(ReportTable(columnHeaders: ["", "係数"], rows: [
                ReportTable.Row("切片", [.number(3.14159, format: .decimals(3))]),
            ]))),
        ])
        let html = DocumentHTML(document: ReportDocument(sheets: [sheet]), language: .ja).render()
        XCTAssertFalse(html.contains("<script>"), "cell text is escaped")
        XCTAssertTrue(html.contains("&lt;script&gt;"))
        XCTAssertTrue(html.contains(#"<td class="body rule-bottom num">3.142</td>"#), html)
        XCTAssertTrue(html.contains(#"<td class="header rule-top rule-bottom">係数</td>"#))
        // Row 3 (the header row) starts with one empty cell for column A.
        XCTAssertTrue(html.contains(#"<tr><td></td><td class="header rule-top rule-bottom"></td>"#), html)
    }

    func testScatterChartPlotsEachPointOfItsRangesWithItsTrendline() {
        let x: [Double] = [1, 2, 3, 4, 5], y: [Double] = [2, 4.1, 5.9, 8.2, 9.9]
        let cells = x.indices.flatMap { row in
            [PositionedCell(CellAddress(row: row, column: 0), .number(x[row])),
             PositionedCell(CellAddress(row: row, column: 1), .number(y[row]))]
        }
        let chart = ChartSpec(kind: .scatter, title: "散布図", series: [ChartSpec.Series(
            categories: .column(0, rows: 0..<5, on: "D"), values: .column(1, rows: 0..<5, on: "D"), showsLinearTrendline: true)],
            anchor: CellAddress(row: 0, column: 3))
        let document = ReportDocument(sheets: [ReportSheet(name: "D", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                                                           charts: [chart])])
        let svg = ChartSVG(chart: chart, cells: CellLookup(document)).render()
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 5)
        XCTAssertTrue(svg.contains("class=\"trendline\""))
        XCTAssertTrue(svg.contains("散布図"))
    }
}
