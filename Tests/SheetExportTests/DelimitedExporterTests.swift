import CSVReader
import SheetExport
import XCTest
import XLSXReader

final class DelimitedExporterTests: XCTestCase {
    /// The roster sheet of the fixture, written out by hand from scripts/make-export-fixtures.py.
    private let rosterCSV = "氏名,入庁日,残業,メモ,有効\r\n"
        + "髙橋①,2024-04-01,36:00:00,\"a,\"\"b\"\"\nc\",TRUE\r\n"
        + ",,,,\r\n"
        + "0.1,2024-04-01T12:00:00,#DIV/0!,,1.2345678901234568e+16\r\n"
        + "-3,,𠮷野家,,\r\n"

    private func export(_ options: DelimitedOptions, sheet: Int = 0) throws -> (MemorySink, DelimitedSummary) {
        let workbook = try TestFiles.fixture()
        let sink = MemorySink()
        let summary = try DelimitedExporter(options: options).export(workbook.sheets[sheet], of: workbook, to: sink)
        return (sink, summary)
    }

    func testCSVFillsSparseRowsToTheUsedWidthDespiteALyingDimension() throws {
        let (sink, summary) = try export(DelimitedOptions())
        XCTAssertEqual(String(decoding: sink.bytes, as: UTF8.self), rosterCSV)
        XCTAssertEqual([summary.rows, summary.columns, summary.reads, summary.outOfOrderCells], [5, 5, 2, 0])
    }

    func testSheetNotStartingAtA1KeepsItsPosition() throws {
        let (sink, summary) = try export(DelimitedOptions(), sheet: 2)
        XCTAssertEqual(String(decoding: sink.bytes, as: UTF8.self), ",\r\n,1\r\n")
        XCTAssertEqual(summary.columns, 2)
    }

    func testTSVQuotesOnlyWhatNeedsIt() throws {
        let (sink, _) = try export(DelimitedOptions(format: .tsv))
        let lines = String(decoding: sink.bytes, as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "氏名\t入庁日\t残業\tメモ\t有効")
        XCTAssertEqual(lines[1], "髙橋①\t2024-04-01\t36:00:00\t\"a,\"\"b\"\"\nc\"\tTRUE")
    }

    func testByteOrderMarkPrecedesTheFirstRow() throws {
        let (sink, _) = try export(DelimitedOptions(encoding: .utf8BOM))
        XCTAssertEqual(Array(sink.bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: sink.bytes.dropFirst(3), as: UTF8.self), rosterCSV)
    }

    func testShiftJISRefusesAnUnmappableCharacterNamingTheCell() throws {
        XCTAssertThrowsError(try export(DelimitedOptions(encoding: .shiftJIS))) { error in
            XCTAssertEqual(error as? ExportError,
                           .unmappableCharacter(sheet: "名簿", cell: "C5", character: "𠮷", encoding: "shift_jis"))
        }
    }

    func testShiftJISWithReplaceWritesAQuestionMarkAndDecodesBack() throws {
        let (sink, _) = try export(DelimitedOptions(encoding: .shiftJIS, replaceUnmappable: true))
        let expected = Array(rosterCSV.replacingOccurrences(of: "𠮷", with: "?").utf8)
        XCTAssertEqual(try records(sink.bytes, .shiftJIS), try records(expected, .utf8))
        XCTAssertEqual(try records(sink.bytes, .shiftJIS)[4], ["-3", "", "?野家", "", ""])
    }

    func testJapaneseTextSurvivesShiftJISAndBack() throws {
        // JIS X 0208 kana and kanji plus the NEC/IBM extensions Windows adds (①, Ⅱ, ㈱, 髙, 﨑, ｶﾅ).
        let text = "分析・ＥＢＰＭ　ｶﾅ①Ⅱ㈱髙﨑～―＼"
        let bytes = try TextEncoder.encode(text, as: .shiftJIS)
        XCTAssertEqual(try records(bytes, .shiftJIS), [[text]])
    }

    private func records(_ bytes: [UInt8], _ encoding: TextEncoding) throws -> [[String]] {
        let file = try CSVFile(bytes: bytes, name: "export.csv", options: CSVOptions(encoding: encoding, delimiter: .comma))
        var cursor = file.records()
        return try cursor.readAll().map(\.texts)
    }
}
