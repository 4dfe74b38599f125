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

extension ReportSheet {
    /// The sheet's only chart, after checking its kind, the range each series reads, the categories they share,
    /// and (when given) the series' names, which only a chart with a legend needs.
    func onlyChart(_ kind: ChartSpec.Kind, values: [String], categories: Set<String>, names: [String?]? = nil,
                   file: StaticString = #filePath, line: UInt = #line) throws -> ChartSpec {
        XCTAssertEqual(charts.count, 1, file: file, line: line)
        let chart = try XCTUnwrap(charts.first, file: file, line: line)
        XCTAssertEqual(chart.kind, kind, file: file, line: line)
        XCTAssertEqual(chart.series.map { $0.values.reference() }, values, file: file, line: line)
        XCTAssertEqual(Set(chart.series.compactMap { $0.categories?.reference() }), categories, file: file, line: line)
        if let names {
            XCTAssertTrue(chart.showsLegend, file: file, line: line)
            XCTAssertEqual(chart.series.map(\.name), names, file: file, line: line)
        }
        return chart
    }
}
