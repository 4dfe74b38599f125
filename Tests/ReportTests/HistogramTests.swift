@testable import Report
import XCTest
import TestSupport

/// Histogram bins have nice edges and count like Excel's FREQUENCY: (previous edge, edge], then More.
final class HistogramTests: XCTestCase {
    func testWorkedExampleBins() throws {
        let bins = try XCTUnwrap(HistogramBins(values: ReferenceValues.y))
        // n = 9 → Sturges 5 bins; range 8 / 5 = 1.6 → width 2, starting at 0.
        XCTAssertEqual(bins.upperEdges, [2, 4, 6, 8, 10])
        XCTAssertEqual(bins.counts, [2, 2, 2, 2, 1, 0])
        XCTAssertEqual(bins.edgeDecimals, 0, "edges 2, 4, … need no decimals")
    }

    func testDecimalEdgesAreWrittenAsTheyRead() throws {
        let values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
        let bins = try XCTUnwrap(HistogramBins(values: values))
        XCTAssertEqual(bins.upperEdges, [0.2, 0.4, 0.6, 0.8, 1.0], "no 0.6000000000000001 in the bin column")
        XCTAssertEqual(bins.counts, [2, 2, 2, 2, 2, 0])
        XCTAssertEqual(bins.edgeDecimals, 1)
    }

    func testNegativeValuesAndEdgesOnMultiplesOfTheWidth() throws {
        let bins = try XCTUnwrap(HistogramBins(values: [-3.5, -1, 0, 2.25]))
        // n = 4 → 3 bins; range 5.75 / 3 ≈ 1.92 → width 2, first bin starting at -4.
        XCTAssertEqual(bins.upperEdges, [-2, 0, 2, 4])
        XCTAssertEqual(bins.counts, [1, 2, 0, 1, 0], "0 falls in (-2, 0], an edge value counts in the bin below it")
    }

    func testConstantAndEmptyData() throws {
        let constant = try XCTUnwrap(HistogramBins(values: [5, 5, 5]))
        XCTAssertEqual(constant.counts.reduce(0, +), 3)
        XCTAssertEqual(constant.counts.last, 0)
        XCTAssertNil(HistogramBins(values: []))
        XCTAssertNil(HistogramBins(values: [.nan]))
    }

    func testSectionsStackWithAChartEach() throws {
        let range = CellRange.column(3, rows: 1..<10, on: "Data")
        let layout = HistogramLayout(language: .en, variables: [
            .init(name: "y", range: range, values: ReferenceValues.y),
            .init(name: "x", range: range, values: ReferenceValues.x),
        ])
        XCTAssertEqual(layout.sheet.charts.count, 2)
        XCTAssertEqual(layout.sheet.charts[0].series[0].values.reference(), "Histogram!$B$3:$B$8")
        XCTAssertEqual(layout.sheet.charts[0].series[0].categories?.reference(), "Histogram!$A$3:$A$8")
        let cells = try layout.sheet.laidOutCells()
        XCTAssertTrue(cells.contains { $0.address == CellAddress(row: 7, column: 0) && $0.cell.content == .value(.text("More")) })
        XCTAssertGreaterThan(layout.sheet.charts[1].anchor.row, 7 + 1, "the second section starts below the first")
    }
}

/// The Pareto table sits beside the plain one, sorted by frequency, each count pointing at its plain row.
final class HistogramParetoTests: XCTestCase {
    func testSortedTableAndItsChart() throws {
        let range = CellRange.column(3, rows: 1..<10, on: "Data")
        let layout = HistogramLayout(language: .ja, variables: [.init(name: "y", range: range, values: [1, 5, 5, 5, 9, 9, 12],
                                                                      bins: HistogramBins(values: [1, 5, 5, 5, 9, 9, 12], upperEdges: [4, 8, 10]))],
                                     pareto: true)
        let cells = try layout.sheet.laidOutCells()
        func cell(_ a1: String) -> ReportCell? { cells.first { $0.address.a1() == a1 }?.cell }
        // Plain counts: ≤4 → 1, (4,8] → 3, (8,10] → 2, More → 1; sorted 3, 2, 1 (edge 4), 1 (More).
        XCTAssertEqual(cell("E2")?.content, .value(.text("データ区間")))
        XCTAssertEqual(cell("E3")?.content, .value(.number(8)))
        XCTAssertEqual(cell("F3")?.content, .formula("B4", cached: .number(3)))
        XCTAssertEqual(cell("E5")?.content, .value(.number(4)))
        XCTAssertEqual(cell("E6")?.content, .value(.text("次の級")))
        XCTAssertEqual(cell("F6")?.content, .formula("B6", cached: .number(1)))
        XCTAssertEqual(cell("G4")?.content, .formula("SUM($F$3:F4)/COUNT(Data!$D$2:$D$10)", cached: .number(5.0 / 7)))
        XCTAssertEqual(layout.sheet.charts.count, 3)
        XCTAssertEqual(layout.sheet.charts[1].series[0].values.reference(), "'ヒストグラム'!$F$3:$F$6")
        XCTAssertEqual(layout.sheet.charts[1].title, "パレート図 (並べ替えたヒストグラム): y")
        XCTAssertGreaterThan(layout.sheet.charts[1].anchor.row, layout.sheet.charts[0].anchor.row + 18, "the charts do not overlap")
        // The cumulative-% line of the Pareto chart, as its own line chart right beside the columns (libxlsxwriter
        // 1.1.4 cannot combine the two), over the same sorted bins, its axis from 0.
        let line = layout.sheet.charts[2]
        XCTAssertEqual(line.kind, .line)
        XCTAssertEqual(line.series[0].values.reference(), "'ヒストグラム'!$G$3:$G$6")
        XCTAssertEqual(line.series[0].categories?.reference(), layout.sheet.charts[1].series[0].categories?.reference())
        XCTAssertEqual(line.title, "パレート図 (並べ替えたヒストグラム) (累積 %): y")
        XCTAssertEqual(line.yAxisMinimum, 0)
        XCTAssertEqual(line.anchor.row, layout.sheet.charts[1].anchor.row)
        XCTAssertGreaterThanOrEqual(line.anchor.column, layout.sheet.charts[1].anchor.column + 10, "side by side, not overlapping")
    }
}
