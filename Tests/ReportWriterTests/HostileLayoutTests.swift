import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

/// Layouts Excel cannot hold end in typed errors naming the cell, never in a crash or a stray file.
final class HostileLayoutTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func sheet(cell address: CellAddress, _ cell: ReportCell = .number(1)) -> ReportSheet {
        ReportSheet(name: "S", blocks: [ReportBlock(at: address, .cells([PositionedCell(CellAddress(row: 0, column: 0), cell)]))])
    }

    private func assertRefused(_ document: ReportDocument, cell: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertThrowsError(try ReportWriter().write(document, to: folder.file("r.xlsx")), file: file, line: line) { error in
            guard case .cellNotWritable(let sheet, let reported, _) = error as? ReportWriterError else {
                return XCTFail("expected cellNotWritable, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(sheet, "S", file: file, line: line)
            XCTAssertEqual(reported, cell, file: file, line: line)
        }
        XCTAssertEqual(try folder.contents(), [], file: file, line: line)
    }

    func testCellsOffTheGrid() throws {
        try assertRefused(ReportDocument(sheets: [sheet(cell: CellAddress(row: -1, column: 0))]), cell: "A0")
        try assertRefused(ReportDocument(sheets: [sheet(cell: CellAddress(row: 1_048_576, column: 0))]), cell: "A1048577")
        try assertRefused(ReportDocument(sheets: [sheet(cell: CellAddress(row: 0, column: 16_384))]), cell: "XFE1")
        try assertRefused(ReportDocument(sheets: [sheet(cell: CellAddress(row: 0, column: 70_000))]), cell: "CYNI1")
    }

    func testChartsOffTheGrid() throws {
        let onGrid = CellRange.column(0, rows: 0..<3, on: "S")
        var anchored = sheet(cell: CellAddress(row: 0, column: 0))
        anchored.charts = [ChartSpec(kind: .line, title: "T", series: [.init(values: onGrid)], anchor: CellAddress(row: -5, column: 0))]
        try assertRefused(ReportDocument(sheets: [anchored]), cell: "A-4")

        var reaching = sheet(cell: CellAddress(row: 0, column: 0))
        let offGrid = CellRange(sheet: "S", first: CellAddress(row: 0, column: 0), last: CellAddress(row: 2_000_000, column: 0))
        reaching.charts = [ChartSpec(kind: .line, title: "T", series: [.init(values: offGrid)], anchor: CellAddress(row: 3, column: 3))]
        try assertRefused(ReportDocument(sheets: [reaching]), cell: "D4")
    }

    func testFrozenPanesOffTheGrid() throws {
        var frozen = sheet(cell: CellAddress(row: 0, column: 0))
        frozen.options.frozenRows = 5_000_000
        try assertRefused(ReportDocument(sheets: [frozen]), cell: "A5000001")
    }

    func testWidthHintsOffTheGridAreIgnored() throws {
        var hinted = sheet(cell: CellAddress(row: 0, column: 0))
        hinted.options.minimumColumnWidths = [-3: 20, 99_999: 20]
        try ReportWriter().write(ReportDocument(sheets: [hinted]), to: folder.file("r.xlsx"))
        XCTAssertEqual(try folder.contents(), ["r.xlsx"])
    }
}
