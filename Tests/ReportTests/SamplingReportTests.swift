import Analysis
import Foundation
import Report
import XCTest
import TestSupport

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

    /// The sampled values are a run, made row by row when written (`RowRun`): the header and one row per value.
    func testTheSampleIsMadeAsItIsWritten() throws {
        let runs = document(.random(count: 3, seed: 1), sample: [3, 1, 4]).sheets[1].blocks.compactMap { block -> RowRun? in
            if case .rows(let run) = block.content { return run } else { return nil }
        }
        XCTAssertEqual(runs.map(\.rowCount), [4])
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

    private func readingTexts(_ document: ReportDocument, _ language: Language) throws -> [String] {
        XCTAssertEqual(document.sheets.count, 3, "data, sampling and reading sheets")
        XCTAssertEqual(document.sheets.last?.name, Labels.Common.readingSheet.text(language))
        return try document.sheets[2].laidOutCells().compactMap { placed in
            if case .value(.text(let text)) = placed.cell.content { text } else { nil }
        }
    }

    func testPeriodicReadingSaysWhatWasTakenAndHowToRedoIt() throws {
        let en = try readingTexts(document(.periodic(period: 3), sample: [15, 42]), .en)
        XCTAssertTrue(en.contains("件数: periodic sampling with period 3 took 2 of the 7 values, those at positions 3, 6, 9, … (blank cells skipped), as the ToolPak's Periodic method does."), en.joined(separator: "\n"))
        XCTAssertTrue(en.contains("To redo it in Excel, enter =INDEX(Data!$B$2:$B$8,3*ROW(A1)) and fill it down 2 rows; the sampling sheet holds the same INDEX formulas."), en.joined(separator: "\n"))
        let ja = try readingTexts(document(.periodic(period: 3), sample: [15, 42], language: .ja), .ja)
        XCTAssertTrue(ja.contains("件数: 周期 3 のサンプリングで、7 個の値から 3、6、9、… 番目 (空欄は除く) の 2 個を取り出しました (分析ツールの「周期」と同じ)。"), ja.joined(separator: "\n"))
        XCTAssertTrue(ja.contains { $0.contains("周期 (日別データの曜日など)") })
    }

    func testRandomReadingNamesReplacementSeedAndExcelsLimits() throws {
        let en = try readingTexts(document(.random(count: 4, seed: 99), sample: [8, 8, 42, 4]), .en)
        XCTAssertTrue(en.contains { $0.hasPrefix("件数: 4 values drawn at random from the 7 values with replacement") && $0.contains("Seed 99") },
                      en.joined(separator: "\n"))
        XCTAssertTrue(en.contains { $0.contains("=INDEX(Data!$B$2:$B$8,RANDARRAY(4,1,1,7,TRUE))") })
        XCTAssertTrue(en.contains { $0.contains("cannot take a seed") && $0.contains("--seed 99") })
        let ja = try readingTexts(document(.random(count: 4, seed: 99), sample: [8, 8, 42, 4], language: .ja), .ja)
        XCTAssertTrue(ja.contains { $0.hasPrefix("件数: 7 個の値から 4 個を無作為に復元抽出しました") && $0.contains("シード 99") },
                      ja.joined(separator: "\n"))
        XCTAssertTrue(ja.contains { $0.contains("=INDEX('データ'!$B$2:$B$8,RANDBETWEEN(1,7))") })
        XCTAssertTrue(ja.contains { $0.contains("シードを指定できず") && $0.contains("--seed 99") })
    }

    func testPeriodicFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(document(.periodic(period: 2), sample: [8, 16, 42]), in: folder,
                                                     fileName: "sample.xlsx")
        XCTAssertEqual(compared, 3)
    }
}
