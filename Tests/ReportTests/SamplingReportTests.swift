import Analysis
import Foundation
import Report
import XCTest

/// The Sampling sheet: a periodic sample is live INDEX formulas that recalculate to the same values, a
/// random one is plain numbers with the seed in its note.
final class SamplingReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let values: [Double] = [4, 8, 15, 16, 23, 42, 7]

    private func document(_ method: SamplingMethod, sample: [Double], language: Language = .en) -> ReportDocument {
        SamplingWorkbook.document(language: language, sourceRows: Array(2...8), name: "件数", values: values,
                                  method: method, sample: sample)
    }

    private func cells(_ document: ReportDocument) throws -> [String: ReportCell.Content] {
        Dictionary(try document.sheets[1].laidOutCells().map { ($0.address.a1(), $0.cell.content) }, uniquingKeysWith: { $1 })
    }

    func testPeriodicSampleIndexesTheDataSheet() throws {
        // Period 3 of 7 values: positions 3 and 6.
        let cells = try cells(document(.periodic(period: 3), sample: [15, 42]))
        XCTAssertEqual(cells["A1"], .value(.text("Sampling: 件数")))
        XCTAssertEqual(cells["A4"], .value(.text("件数")))
        guard case .formula(let formula, let cached)? = cells["A6"] else { return XCTFail("A6 holds no formula") }
        XCTAssertTrue(formula.text.hasPrefix("INDEX(") && formula.text.hasSuffix(",6)"), formula.text)
        XCTAssertEqual(cached, .number(42))
    }

    func testRandomSampleNamesItsSeedAndGenerator() throws {
        let cells = try cells(document(.random(count: 2, seed: 20261127), sample: [8, 8], language: .ja))
        XCTAssertEqual(cells["A1"], .value(.text("サンプリング: 件数")))
        guard case .value(.text(let note))? = cells["A2"] else { return XCTFail("A2 holds no note") }
        XCTAssertTrue(note.contains("シード 20261127") && note.contains("xoshiro256**"), note)
        XCTAssertEqual(cells["A6"], .value(.number(8)))
    }

    func testPeriodicFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(.periodic(period: 2), sample: [8, 16, 42]), in: folder,
                                                     fileName: "sample.xlsx")
        XCTAssertEqual(compared, 3)
    }
}
