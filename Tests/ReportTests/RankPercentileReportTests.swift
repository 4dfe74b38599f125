import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Rank and Percentile sheet: Microsoft's PERCENTRANK.INC example (toolpak.md §3.14), ties sharing
/// the best rank, and the formulas recalculated by LibreOffice.
final class RankPercentileReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // Microsoft's Japanese PERCENTRANK.INC help: PERCENTRANK.INC(…, 4) = 0.555 (5/9 truncated).
    private let example: [Double] = [13, 12, 11, 8, 4, 3, 2, 1, 1, 1]

    private func document(_ values: [Double], _ language: Language = .en) throws -> ReportDocument {
        RankPercentileWorkbook.document(language: language, sourceRows: values.indices.map { $0 + 2 }, values: values,
                                        ranking: try RankAndPercentile.compute(Variable(name: "score", values: values)))
    }

    private func cells(_ sheet: ReportSheet) throws -> [String: ReportCell.Content] {
        Dictionary(uniqueKeysWithValues: try sheet.laidOutCells().map { ($0.address.a1(), $0.cell.content) })
    }

    private func formula(_ text: String, _ value: Double) -> ReportCell.Content {
        .formula(Formula(text), cached: .number(value))
    }

    /// The table of ranked values is a run, made row by row when written (`RowRun`): the header and one row per value.
    func testTheRankedTableIsMadeAsItIsWritten() throws {
        let runs = try document(example).sheets[1].blocks.compactMap { block -> RowRun? in
            if case .rows(let run) = block.content { return run } else { return nil }
        }
        XCTAssertEqual(runs.map(\.rowCount), [11])
    }

    func testMicrosoftsExampleRanksAndTruncatedPercents() throws {
        let sheet = try cells(try document(example).sheets[1])
        XCTAssertEqual(["A2", "B2", "C2", "D2"].map { sheet[$0] }, ["Point", "score", "Rank", "Percent"].map { .value(.text($0)) })
        XCTAssertEqual(sheet["B3"], formula("LARGE(Data!$B$2:$B$11,1)", 13))
        XCTAssertEqual(sheet["D3"], formula("PERCENTRANK.INC(Data!$B$2:$B$11,B3)", 1))
        // 4 is the 5th largest: 5 of the 9 other values lie below it, 5/9 = 0.5556 truncated to 0.555.
        XCTAssertEqual(sheet["B7"], formula("LARGE(Data!$B$2:$B$11,5)", 4))
        XCTAssertEqual(sheet["C7"], formula("RANK.EQ(B7,Data!$B$2:$B$11,0)", 5))
        XCTAssertEqual(sheet["D7"], formula("PERCENTRANK.INC(Data!$B$2:$B$11,B7)", 0.555))
        // 8 (point 4): 6/9 = 0.6667 truncated to 0.666.
        XCTAssertEqual(sheet["D6"], formula("PERCENTRANK.INC(Data!$B$2:$B$11,B6)", 0.666))
        // The three 1s share rank 8 and keep their input order, points 8, 9, 10.
        XCTAssertEqual(["A10", "A11", "A12"].map { sheet[$0] }, [8, 9, 10].map { .value(.number($0)) })
        XCTAssertEqual(["C10", "C11", "C12"].map { sheet[$0] },
                       (10...12).map { formula("RANK.EQ(B\($0),Data!$B$2:$B$11,0)", 8) })
        let reading = try cells(try document(example).sheets[2])
        XCTAssertTrue(reading.values.contains(.value(.text("score: 10 values; the largest is 13 (point 1), the smallest 1 (point 8)."))))
    }

    func testASingleValueHasNoPercent() throws {
        let sheet = try cells(try document([7]).sheets[1])
        XCTAssertEqual(sheet["C3"], formula("RANK.EQ(B3,Data!$B$2,0)", 1))
        XCTAssertEqual(sheet["D3"], .value(.error(.notAvailable)))
        XCTAssertThrowsError(try document([]))
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let values: [Double] = [3.5, 7, 4, 9, 12, 7, 15, 0.25, 7, 1] + example
        let compared = try assertFormulasRecalculate(try document(values, .ja), in: folder, fileName: "rank.xlsx")
        XCTAssertEqual(compared, 3 * values.count, "LARGE, RANK.EQ and PERCENTRANK.INC per value")
    }
}
