import Foundation
import Report
import ReportWriter
import XCTest
@testable import XLSXReader
import TestSupport

/// The evidence worksheet (根拠シート) of `bunseki ebpm-sheet`: every section and stage labelled, yellow input cells,
/// one A4 landscape page, and the 結果 rows either blank inputs or the given figures with their source.
final class EvidenceSheetReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func texts(_ sheet: ReportSheet) throws -> Set<String> {
        Set(try sheet.laidOutCells().compactMap { placed -> String? in
            if case .value(.text(let text)) = placed.cell.content { return text }
            return nil
        })
    }

    func testEverySectionStageAndHintIsLabelledInBothLanguages() throws {
        for language in [Language.ja, .en] {
            let sheet = EvidenceSheetLayout.sheet(language: language)
            let shown = try texts(sheet)
            let arrowed = Set(shown.map { $0.hasPrefix("→ ") ? String($0.dropFirst(2)) : $0 })
            let designs: Set<Labels.EvidenceSheet> = [.sheet, .designDiD, .designBeforeAfter, .designComparison]
            for label in Labels.EvidenceSheet.allCases where !designs.contains(label) {
                XCTAssertTrue(arrowed.contains(label.text(language)), "\(language): \(label.text(language)) is on the sheet")
            }
            for hint in Labels.EvidenceHint.allCases {
                XCTAssertTrue(shown.contains(hint.text(language)), "\(language): hint \(hint)")
            }
            XCTAssertEqual(sheet.name, Labels.EvidenceSheet.sheet.text(language))
        }
        XCTAssertEqual(EvidenceSheetLayout.sheet(language: .ja).name, "根拠シート")
    }

    func testInputCellsAndTheDesignChoices() throws {
        let cells = try EvidenceSheetLayout.sheet(language: .ja).laidOutCells()
        let inputs = cells.filter { $0.cell.style.role == .input }
        // 課題 2, 仮説 1, データ 2, 分析 2, 施策案 1, 効果 3 rows of 4 inputs; 5 stages of 4; 4 blank result rows of 5.
        XCTAssertEqual(inputs.count, 11 * 4 + 5 * 4 + EvidenceSheetLayout.blankResultRows * 5)
        XCTAssertTrue(inputs.allSatisfy { $0.cell.content == .empty }, "input cells start blank")
        let designs = inputs.compactMap(\.cell.validation)
        XCTAssertEqual(designs, [.list(["差の差分析 (DiD)", "前後比較", "比較群との比較"])])
        XCTAssertFalse(cells.contains { if case .formula = $0.cell.content { return true } else { return false } },
                       "the worksheet has no formulas (figures from --from are values with their source beside)")
    }

    func testFiguresFillTheResultRowsWithTheirSource() throws {
        let figure = EvidenceFigure(item: "推定値 (処置×事後)", value: -5.207136015325671, format: .decimals(3),
                                    file: "did.xlsx", sheet: "差の差分析", cell: "B14")
        let cells = try EvidenceSheetLayout.sheet(language: .ja, figures: [figure]).laidOutCells()
        let row = try XCTUnwrap(cells.first { $0.cell.content == .value(.text("推定値 (処置×事後)")) }).address.row
        let line = Dictionary(uniqueKeysWithValues: cells.filter { $0.address.row == row }.map { ($0.address.column, $0.cell) })
        XCTAssertEqual(line[2]?.content, .value(.number(-5.207136015325671)))
        XCTAssertEqual(line[3]?.content, .value(.text("did.xlsx 差の差分析!B14")))
        XCTAssertEqual(line[4]?.style.role, .input, "what the figure says is written by hand")
    }

    func testPrintsOnOneA4LandscapePage() throws {
        let output = folder.file("ebpm.xlsx")
        try ReportWriter().write(EvidenceSheetWorkbook.document(language: .ja), to: output)
        let archive = try ZipArchive(path: output.path, limits: ReadLimits())
        let worksheet = String(decoding: try archive.readAll("xl/worksheets/sheet1.xml"), as: UTF8.self)
        XCTAssertTrue(worksheet.contains(#"<pageSetup paperSize="9" orientation="landscape"/>"#), worksheet)
        // fitToWidth and fitToHeight default to 1 in SpreadsheetML, so fitToPage alone means one page.
        XCTAssertTrue(worksheet.contains(#"<pageSetUpPr fitToPage="1"/>"#))
        XCTAssertFalse(worksheet.contains("fitToHeight=\"0\""), "not only one page wide but one page tall")
    }

    func testSheetsWithoutAPageSetupPrintAsBefore() throws {
        let output = folder.file("plain.xlsx")
        let sheet = ReportSheet(name: "S", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .notes(["x"]))])
        try ReportWriter().write(ReportDocument(sheets: [sheet]), to: output)
        let archive = try ZipArchive(path: output.path, limits: ReadLimits())
        let worksheet = String(decoding: try archive.readAll("xl/worksheets/sheet1.xml"), as: UTF8.self)
        XCTAssertTrue(worksheet.contains(#"<pageSetup fitToHeight="0" orientation="landscape"/>"#), worksheet)
    }
}
