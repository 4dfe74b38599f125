import Foundation
import Report
import ReportWriter
import XCTest
@testable import XLSXReader
import TestSupport

/// What the writer puts into the package parts: protection, input cells, validation, panes, properties.
final class WorkbookPartsTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func part(_ name: String, of file: URL) throws -> String {
        let archive = try ZipArchive(path: file.path, limits: ReadLimits())
        return String(decoding: try archive.readAll(name), as: UTF8.self)
    }

    func testExerciseSheetIsProtectedWithUnlockedValidatedInputs() throws {
        let input = CellStyle(role: .input)
        let cells = [
            PositionedCell(CellAddress(row: 0, column: 0), .text("有意ですか")),
            PositionedCell(CellAddress(row: 0, column: 1), ReportCell(.empty, style: input, validation: .list(["はい", "いいえ"]))),
            PositionedCell(CellAddress(row: 1, column: 0), .text("p 値")),
            PositionedCell(CellAddress(row: 1, column: 1), ReportCell(.empty, style: input, validation: .decimal(minimum: 0, maximum: 1))),
            PositionedCell(CellAddress(row: 2, column: 1), ReportCell(.empty, style: input, validation: .wholeNumber(minimum: 1, maximum: 9))),
        ]
        let sheet = ReportSheet(name: "演習", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                                options: SheetOptions(frozenRows: 1, isProtected: true))
        let output = folder.file("exercise.xlsx")
        try ReportWriter().write(ReportDocument(sheets: [sheet]), to: output)

        let worksheet = try part("xl/worksheets/sheet1.xml", of: output)
        XCTAssertTrue(worksheet.contains("<sheetProtection"), "the sheet is protected")
        XCTAssertTrue(worksheet.contains(#"<dataValidation type="list""#), worksheet)
        XCTAssertTrue(worksheet.contains(#"<formula1>"はい,いいえ"</formula1>"#), "the choices, in Japanese")
        XCTAssertTrue(worksheet.contains(#"<dataValidation type="decimal""#))
        XCTAssertTrue(worksheet.contains(#"<dataValidation type="whole""#))
        XCTAssertTrue(worksheet.contains(#"state="frozen""#), "the header row is frozen")
        let styles = try part("xl/styles.xml", of: output)
        XCTAssertTrue(styles.contains(#"locked="0""#), "input cells are unlocked")
        XCTAssertTrue(styles.contains("FFF2CC"), "input cells are highlighted")
    }

    func testCreationTimeIsTheDocumentsFixedTime() throws {
        let output = folder.file("props.xlsx")
        try ReportWriter().write(ReportDocument(sheets: [ReportSheet(name: "S")], properties: .init(title: "分析結果")), to: output)
        let core = try part("docProps/core.xml", of: output)
        XCTAssertTrue(core.contains("2000-01-01T00:00:00Z"), core)
        XCTAssertTrue(core.contains("<dc:title>分析結果</dc:title>"), core)
    }

    func testFutureFunctionsAreStoredWithPrefixAndCachedValue() throws {
        let cell = ReportCell.formula(.call("STDEV.S", "A2:A4"), cached: 1)
        let sheet = ReportSheet(name: "S", blocks: [ReportBlock(at: CellAddress(row: 0, column: 1),
                                                               .cells([PositionedCell(CellAddress(row: 0, column: 0), cell)]))])
        let output = folder.file("formula.xlsx")
        try ReportWriter().write(ReportDocument(sheets: [sheet]), to: output)
        let worksheet = try part("xl/worksheets/sheet1.xml", of: output)
        XCTAssertTrue(worksheet.contains("<f>_xlfn.STDEV.S(A2:A4)</f><v>1</v>"), worksheet)
    }
}

extension WorkbookPartsTests {
    func testChartAxisMinimumIsWrittenOnTheValueAxisOnly() throws {
        let cells = (0..<3).map { PositionedCell(CellAddress(row: $0, column: 0), .number(Double(10 + $0))) }
        let values = CellRange.column(0, rows: 0..<3, on: "S")
        let chart = { (minimum: Double?) in
            ChartSpec(kind: .column, title: "t", series: [.init(values: values)], yAxisMinimum: minimum,
                      anchor: CellAddress(row: 0, column: 2))
        }
        for (minimum, expected) in [(0.0 as Double?, true), (nil, false)] {
            let sheet = ReportSheet(name: "S", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                                    charts: [chart(minimum)])
            let output = folder.file("axis-\(expected).xlsx")
            try ReportWriter().write(ReportDocument(sheets: [sheet]), to: output)
            let xml = try part("xl/charts/chart1.xml", of: output)
            XCTAssertEqual(xml.contains(#"<c:min val="0"/>"#), expected, xml)
        }
    }
}
