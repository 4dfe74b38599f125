import Report
import XCTest

extension ReportSheet {
    /// Cells of the sheet a chart anchored at `anchor` would cover. The writer draws charts at 600 × 360
    /// pixels; on default 64 × 20 pixel cells that is under 10 columns and 19 rows, so the footprint
    /// counted here is never smaller than the drawn chart.
    func cellsCovered(byChartAt anchor: CellAddress) throws -> [String] {
        try laidOutCells().filter { placed in
            (anchor.row..<(anchor.row + 19)).contains(placed.address.row)
                && (anchor.column..<(anchor.column + 10)).contains(placed.address.column)
        }.map { $0.address.a1() }
    }

    /// Fails when any chart of the sheet covers one of its cells or another chart's anchor.
    func assertChartsCoverNothing(file: StaticString = #filePath, line: UInt = #line) throws {
        for chart in charts {
            XCTAssertEqual(try cellsCovered(byChartAt: chart.anchor), [], "\(chart.title) covers cells", file: file, line: line)
        }
        XCTAssertEqual(Set(charts.map(\.anchor)).count, charts.count, "two charts share an anchor", file: file, line: line)
    }
}
