import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The logistic regression sheet on the textbook exam data (hours studied → passed), whose published
/// fit is b₀ = −4.0777 (SE 1.7610), b₁ = 1.5046 (SE 0.6287), p = 0.0206 / 0.0167, deviance 27.726 → 16.060
/// (Wikipedia, "Logistic regression", worked example); its derived figures recalculate in LibreOffice.
final class LogisticReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let hours: [Double?] = [0.50, 0.75, 1.00, 1.25, 1.50, 1.75, 1.75, 2.00, 2.25, 2.50, 2.75, 3.00, 3.25, 3.50, 4.00,
                                    4.25, 4.50, 4.75, 5.00, 5.50]
    private let passed: [Double?] = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1]

    private func document(_ language: Language) throws -> ReportDocument {
        let outcome = try LogisticRegression.fit(outcome: Variable(name: "pass", values: passed),
                                                 predictors: [Variable(name: "hours", values: hours)])
        let fit = try fitted(outcome, "the exam data")
        return LogisticWorkbook.document(language: language, sourceRows: Array(2...21),
                                         columns: [DataColumn(name: "pass", values: passed), DataColumn(name: "hours", values: hours)],
                                         fit: fit)
    }

    /// The fit. The data is committed here and is not separated, so any other outcome is a failure.
    private func fitted(_ outcome: LogisticOutcome, _ data: String,
                        file: StaticString = #filePath, line: UInt = #line) throws -> LogisticRegression {
        var fit: LogisticRegression?
        if case .fitted(let model) = outcome { fit = model }
        return try XCTUnwrap(fit, "\(data) must be fitted, not separated: \(outcome)", file: file, line: line)
    }

    private func numbers(_ sheet: ReportSheet) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for placed in try sheet.laidOutCells() {
            switch placed.cell.content {
            case .value(.number(let value)), .formula(_, cached: .number(let value)): result[placed.address.a1()] = value
            default: continue
            }
        }
        return result
    }

    /// The fitted-probability table is a run, made row by row when written (`RowRun`), not a cell per row held by the
    /// document: the header and one row per complete data row.
    func testTheFittedTableIsMadeAsItIsWritten() throws {
        let sheet = try document(.en).sheets[1]
        let runs = sheet.blocks.compactMap { block -> RowRun? in
            if case .rows(let run) = block.content { return run } else { return nil }
        }
        XCTAssertEqual(runs.map(\.rowCount), [21], "one run: the header and 20 rows")
        XCTAssertEqual(runs.first?.cells(ofRow: 20).first??.content, .value(.number(21)), "the last row's sheet row")
    }

    func testPublishedExamFit() throws {
        let sheet = try numbers(try document(.en).sheets[1])
        let published: [(String, Double, Double)] = [
            ("B4", -4.0777, 1e-4), ("B5", 1.5046, 1e-4), ("C4", 1.7610, 1e-4), ("C5", 0.6287, 1e-4),
            ("D4", -2.316, 1e-3), ("D5", 2.393, 1e-3), ("E4", 0.0206, 1e-4), ("E5", 0.0167, 1e-4),
            ("F5", exp(1.5046), 1e-3),
        ]
        for (cell, value, tolerance) in published {
            XCTAssertEqual(try XCTUnwrap(sheet[cell], cell), value, accuracy: tolerance, cell)
        }
        // Model fit from row 8: n, events, ln L, ln L₀, LR = 27.726 − 16.060, df.
        XCTAssertEqual(sheet["B8"], 20)
        XCTAssertEqual(sheet["B9"], 10)
        XCTAssertEqual(try XCTUnwrap(sheet["B10"]), -16.060 / 2, accuracy: 1e-3)
        XCTAssertEqual(try XCTUnwrap(sheet["B11"]), 20 * log(0.5), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(sheet["B12"]), 27.726 - 16.060, accuracy: 1e-3)
        XCTAssertEqual(sheet["B13"], 1)
    }

    func testReadingGivesTheOddsRatioInPlainWords() throws {
        let reading = try document(.ja).sheets[2].laidOutCells().compactMap { placed -> String? in
            if case .value(.text(let text)) = placed.cell.content { return text }
            return nil
        }
        XCTAssertTrue(reading.contains { $0.hasPrefix("hours が 1 大きいと、pass = 1 のオッズは 4.503 倍です") }, "\(reading)")
    }

    func testTextOutcomeAndCategoryAreReadInTheirOwnTerms() throws {
        let labels = passed.map { $0 == 1 ? "はい" : "いいえ" }
        let binary = try BinaryOutcome(variable: "pass", labels: labels)
        let group = try DummyCoding(variable: "group", labels: (0..<20).map { $0 % 3 == 0 ? "B" : "A" })
        let outcome = try LogisticRegression.fit(outcome: binary.coded,
                                                 predictors: [Variable(name: "hours", values: hours)] + group.indicators)
        let fit = try fitted(outcome, "the exam data with a group")
        func reading(_ language: Language) throws -> [String] {
            let document = LogisticWorkbook.document(language: language, sourceRows: Array(2...21),
                                                     columns: ([binary.coded, Variable(name: "hours", values: hours)] + group.indicators)
                                                         .map { DataColumn(name: $0.name, values: $0.values) },
                                                     fit: fit, outcome: binary, categories: [group])
            return try document.sheets[2].laidOutCells().compactMap { placed in
                if case .value(.text(let text)) = placed.cell.content { text } else { nil }
            }
        }
        let ja = try reading(.ja)
        XCTAssertTrue(ja.contains("pass は はい を 1、いいえ を 0 としています。モデルは pass = はい のオッズを表します。"), "\(ja)")
        XCTAssertTrue(ja.contains { $0.hasPrefix("hours が 1 大きいと、pass = はい のオッズは") }, "\(ja)")
        XCTAssertTrue(ja.contains { $0.hasPrefix("group が B の場合、A と比べて pass = はい のオッズは") }, "\(ja)")
        let en = try reading(.en)
        XCTAssertTrue(en.contains("pass is coded 1 for はい and 0 for いいえ: the model describes the odds of pass = はい."), "\(en)")
        XCTAssertTrue(en.contains { $0.hasPrefix("group B compared with A: the odds of pass = はい are") && $0.hasSuffix("the other predictors held fixed.") },
                      "\(en)")
        XCTAssertFalse(en.contains { $0.contains("group=B: each additional 1") }, "an indicator is not read as a slope")
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(try document(.ja), in: folder, fileName: "logistic.xlsx")
        // Per coefficient z, p, odds ratio and two bounds; LR, its p, McFadden, AIC; accuracy; 20 fitted probabilities;
        // over those, the counts of rows and events, both log-likelihoods and the four classification counts.
        XCTAssertEqual(compared, 2 * 5 + 4 + 1 + 20 + 2 + 2 + 4)
    }

    /// The published table of the worked example: 2 hours → 0.26, 4 hours → 0.87, as live formulas of the coefficient cells.
    func testFittedProbabilitiesAreFormulasOfTheCoefficients() throws {
        let sheet = try document(.en).sheets[1]
        var byRow: [Double: (Formula, Double)] = [:]
        let cells = try sheet.laidOutCells()
        for placed in cells {
            guard case .formula(let formula, .number(let p)) = placed.cell.content, formula.text.hasPrefix("1/(1+EXP(") else { continue }
            let label = try XCTUnwrap(cells.first { $0.address == CellAddress(row: placed.address.row, column: placed.address.column - 2) })
            guard case .value(.number(let row)) = label.cell.content else { return XCTFail("no row number beside \(placed.address.a1())") }
            byRow[row] = (formula, p)
        }
        XCTAssertEqual(byRow.count, 20)
        XCTAssertEqual(try XCTUnwrap(byRow[9]).1, 0.26, accuracy: 0.005, "2.00 hours is data row 9")
        XCTAssertEqual(try XCTUnwrap(byRow[16]).1, 0.87, accuracy: 0.005, "4.00 hours is data row 16")
        XCTAssertEqual(try XCTUnwrap(byRow[9]).0.text, "1/(1+EXP(-($B$4+$B$5*Data!C9)))")
    }
}
