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

    /// A Pareto chart of a text column drawn on the page as in the workbook: the columns in the table's order, its
    /// cumulative line on an axis of shares up to 100 %, and a date column's bins labelled by year.
    func testParetoOfCategoriesAndDateBinsDrawAsInTheWorkbook() throws {
        let labels: [String?] = ["騒音", "ごみ", "騒音", nil, "道路", "騒音", "ごみ"]
        let serials: [Double?] = [32_234, 36_000, 40_000, 45_000, 45_100, 36_100, nil]  // 1988-04-01 … 2023-05-19
        let document = HistogramWorkbook.document(language: .ja, sourceRows: Array(2...8),
                                                  columns: [DataColumn(name: "受付日", values: serials, isDate: true)],
                                                  categories: [.init(name: "苦情の種類", labels: labels)], upperEdges: nil, pareto: true)
        let sheet = try XCTUnwrap(document.sheets.first { $0.name == "ヒストグラム" })
        let cells = CellLookup(document)
        let line = try XCTUnwrap(sheet.charts.first { $0.kind == .line && $0.title.contains("苦情の種類") })
        let svg = ChartSVG(chart: line, cells: cells).render()
        XCTAssertTrue(svg.contains(">100%<") && svg.contains(">0%<"), "the cumulative axis reads in percent")
        XCTAssertFalse(svg.contains(">1.2<"), "no share above 100 %")
        let columns = try XCTUnwrap(sheet.charts.first { $0.kind == .column && $0.title.contains("苦情の種類") })
        let drawn = ChartSVG(chart: columns, cells: cells).render()
        let order = ["騒音", "ごみ", "道路"].map { try? XCTUnwrap(drawn.range(of: ">\($0)<")?.lowerBound) }
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "largest first")
        XCTAssertEqual(order.compactMap { $0 }.count, 3)
        let dates = try XCTUnwrap(sheet.charts.first { $0.title.contains("受付日") })
        let dateSVG = ChartSVG(chart: dates, cells: cells).render()
        XCTAssertTrue(dateSVG.contains(">1988<"), "a date column's bins are years, not serial numbers")
        XCTAssertFalse(dateSVG.contains("32,234") || dateSVG.contains("32234"))
    }
}
