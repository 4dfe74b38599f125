import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

/// A real spreadsheet recomputes every formula we write to the value we cached.
final class LibreOfficeRecalculationTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testEveryFormulaRecalculatesToItsCachedValue() throws {
        let compared = try assertFormulasRecalculate(SampleReport.document(), in: folder, fileName: "sample.xlsx")
        let figures = SampleReport.descriptiveFigures.count + SampleReport.models.map(\.figures.count).reduce(0, +)
        XCTAssertEqual(compared, figures + 1, "every figure of the sample (plus the NaN cell) was compared")
    }

    /// Guards the harness itself: a formula cached with a wrong value must come back corrected, which
    /// only happens if LibreOffice really recalculated instead of echoing the cache.
    func testHarnessRecalculatesInsteadOfTrustingCachedValues() throws {
        let libreOffice = try LibreOfficeRecalculation.located()
        let cell = ReportCell.formula("1+1", cached: 5)
        let sheet = ReportSheet(name: "Check", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0),
                                                                   .cells([PositionedCell(CellAddress(row: 0, column: 0), cell)]))])
        let output = folder.file("stale.xlsx")
        try ReportWriter().write(ReportDocument(sheets: [sheet]), to: output)
        let values = try libreOffice.recalculate(output, sheetNames: ["Check"])
        XCTAssertEqual(values["Check"]?.number(row: 0, column: 0), 2)
    }
}
