import CSVReader
import Foundation
import XCTest
import XLSXReader
@testable import Tabular

/// Layout detection on sheets laid out for people (Fixtures/Municipal, written by
/// scripts/make-municipal-fixtures.py; its README lists the facts asserted here).
final class MunicipalLayoutTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Municipal")

    func read(_ name: String, sheet: String? = nil, options: TableOptions = TableOptions()) throws -> Table {
        let path = MunicipalLayoutTests.folder.appendingPathComponent(name).path
        if name.hasSuffix(".csv") { return try Table.read(csv: try CSVFile(path: path), options: options) }
        let workbook = try Workbook(path: path)
        let chosen = try sheet.map { try workbook.sheet(named: $0) } ?? XCTUnwrap(workbook.firstVisibleWorksheet)
        return try Table.read(workbook, sheet: chosen, options: options)
    }

    private func numbers(_ column: Column) -> [Double] { column.values.compactMap(\.numeric) }

    private func leftOut(_ table: Table) -> [Int: TableLayout.LeftOutRow.Reason] {
        var rows: [Int: TableLayout.LeftOutRow.Reason] = [:]
        for row in table.layout?.leftOutRows ?? [] { for number in row.rows { rows[number] = row.reason } }
        return rows
    }

    // MARK: The sheet of the issue: title, unit line, header in row 4, 合計 and 平均 rows, notes.

    func testTitleUnitTotalsAndNotesAreNotData() throws {
        for file in ["overtime_by_section.xlsx", "overtime_by_section_lo.xlsx", "overtime_by_section.csv"] {
            let table = try read(file)
            XCTAssertEqual(table.headerRow, 4, file)
            XCTAssertEqual(table.rowNumbers, Array(5...28), file)
            XCTAssertEqual(table.columns.map(\.name), ["所属", "氏名"] + ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] + ["年計"], file)
            let may = try table.requireColumn("5月")
            let values = numbers(may)
            XCTAssertEqual(values.count, 24, file)
            XCTAssertEqual(values.reduce(0, +) / Double(values.count), 23.8, accuracy: 1e-12, file)
            XCTAssertEqual(leftOut(table), [1: .aboveHeader, 2: .aboveHeader, 29: .total, 30: .total, 32: .note, 33: .note], file)
            XCTAssertEqual(table.columns.filter(\.isTotal).map(\.name), ["年計"], file)
            XCTAssertEqual(table.layout?.range.a1, "A4:O30", file)
        }
    }

    func testWithoutDetectionEveryRowAfterTheHeaderIsData() throws {
        let table = try read("overtime_by_section.xlsx", options: TableOptions(headerRow: 4, detectLayout: false))
        XCTAssertNil(table.layout)
        XCTAssertEqual(table.rowNumbers, Array(5...30) + [32, 33])
        XCTAssertEqual(numbers(try table.requireColumn("5月")).count, 26)
    }

    func testAGivenHeaderRowStillLeavesTotalsOut() throws {
        let table = try read("overtime_by_section.xlsx", options: TableOptions(headerRow: 4))
        XCTAssertEqual(numbers(try table.requireColumn("5月")).count, 24)
    }

    // MARK: Two-row headers

    func testTwoRowHeaderJoinsParentAndChild() throws {
        let table = try read("two_row_header.xlsx")
        XCTAssertEqual(table.columns.map(\.name), ["窓口", "来庁者数_午前", "来庁者数_午後", "来庁者数_計",
                                                   "待ち時間（分）_平均", "待ち時間（分）_最長", "備考"])
        XCTAssertEqual(table.layout?.headerRows, 3...4)
        XCTAssertEqual(table.rowNumbers, Array(5...16))
        XCTAssertEqual(leftOut(table)[17], .total)
        XCTAssertEqual(table.columns.filter(\.isTotal).map(\.name), ["来庁者数_計"])
        XCTAssertEqual(numbers(try table.requireColumn("来庁者数_午前")).reduce(0, +), 19632)
        // The child's own text still finds its column when it is unique; the parent_child name always does.
        XCTAssertEqual(table.column("来庁者数_午後")?.letter, "C")
    }

    func testWithoutMergesAParentReachesOverTheChildrenThatFollowIt() {
        let names = HeaderNames.names(columns: [1, 2, 3, 4, 5], header: [2: "午前", 3: "午後", 4: "計"],
                                      parent: [1: "窓口", 2: "来庁者数", 5: "備考"], headerRow: 4, merges: [])
        XCTAssertEqual(names, ["窓口", "来庁者数_午前", "来庁者数_午後", "来庁者数_計", "備考"])
    }

    func testAHeaderRowInsideAMergeIsRefused() throws {
        XCTAssertThrowsError(try read("two_row_header.xlsx", options: TableOptions(headerRow: 3))) { error in
            XCTAssertEqual(error as? TableError, .headerInsideMerge(sheet: "来庁者", row: 3, merge: "A3:A4"))
        }
    }

    // MARK: Header text

    func testHeadersAreCleanedAndBothSpellingsFindTheColumn() throws {
        let table = try read("header_cleaning.xlsx")
        XCTAssertEqual(table.columns.map(\.name), ["ID", "氏名", "月間残業時間", "年齢", "所属"])
        XCTAssertEqual(table.column("ＩＤ")?.letter, "A")
        XCTAssertEqual(table.column("月間\n残業時間")?.letter, "C")
        XCTAssertEqual(table.column("氏　名")?.letter, "B")
        XCTAssertEqual(table.column(" 年齢 ")?.letter, "D")
        XCTAssertEqual(HeaderNames.clean("Total hours"), "Total hours")
        XCTAssertEqual(HeaderNames.clean("ｄａｔｅ１"), "date1")
    }

    // MARK: Rows that are not data

    func testSubtotalsFormulaTotalsAndNotesAreLeftOutButWordsContainingKeiAreData() throws {
        let table = try read("totals_and_notes.xlsx")
        XCTAssertEqual(table.rowNumbers, Array(4...8) + Array(10...13) + Array(15...19) + Array(21...23))
        let reasons = leftOut(table)
        XCTAssertEqual(reasons[9], .total)
        XCTAssertEqual(reasons[14], .total)
        XCTAssertEqual(reasons[20], .total)
        XCTAssertEqual(reasons[24], .formulaTotal)
        XCTAssertEqual(reasons[25], .total)
        XCTAssertEqual(reasons[27], .note)
        XCTAssertEqual(reasons[28], .note)
        XCTAssertEqual(numbers(try table.requireColumn("件数")).reduce(0, +), 901)
        let kinds = try table.requireColumn("区分").values.map(\.displayText)
        XCTAssertEqual(kinds.filter { $0 == "計画あり" }.count, 2)
        XCTAssertEqual(try table.requireColumn("課名").values.filter { $0.displayText == "会計課" }.count, 4)
    }

    func testEnglishSubtotalAndTotalRows() throws {
        let table = try read("totals_and_notes.xlsx", sheet: "English")
        XCTAssertEqual(table.rowNumbers, [2, 3, 4, 6, 7])
        XCTAssertEqual(leftOut(table), [5: .total, 8: .total])
        XCTAssertEqual(numbers(try table.requireColumn("Count")).reduce(0, +), 235)
    }

    func testRowLabels() {
        for total in ["合計", "合　計", "小計", "総計", "累計", "平均", "計", "Total", "Subtotal", "合計（4月～3月）", "総務部計"] {
            XCTAssertEqual(RowLabel(total), .total, total)
        }
        for note in ["※ 管理職を除く。", "（注）金額は千円単位。", "注1 速報値", "出典：人事課", "資料：財政課"] {
            XCTAssertEqual(RowLabel(note), .note, note)
        }
        for data in ["計画あり", "会計課", "会計", "注意報", "注文数", "資料室", "総務課", "平均寿命調査"] {
            XCTAssertNil(RowLabel(data), data)
        }
    }

    /// A table from rows of values (nil for an empty cell), read as a CSV file's cells would be.
    private func table(_ rows: [[CellValue?]], options: TableOptions = TableOptions()) throws -> Table {
        var builder = TableBuilder(options: options, system: .excel1900)
        for (r, row) in rows.enumerated() {
            for (c, value) in row.enumerated() {
                if let value { builder.add(Cell(address: CellAddress(rowNumber: r + 1, columnNumber: c + 1), value: value)) }
            }
        }
        return try builder.finish(sheet: "s")
    }

    func testDateAndUnitLinesAboveTheHeaderAreNotTheHeader() throws {
        let read = try table([
            [.text("窓口別 来庁者数"), nil, nil, .text("令和7年4月1日現在")],
            [nil, nil, nil, .text("（単位：人）")],
            [.text("窓口"), .text("午前"), .text("午後"), .text("備考")],
            [.text("市民課"), .number(10), .number(12), nil],
            [.text("税務課"), .number(7), .number(9), .text("移転")],
        ])
        XCTAssertEqual(read.headerRow, 3)
        XCTAssertEqual(read.rowNumbers, [4, 5])
        XCTAssertEqual(read.layout?.leftOutRows.map(\.reason), [.aboveHeader, .aboveHeader])
    }

    func testABlankRowInsideTheDataIsListedAndTheRowsAfterItStayData() throws {
        let read = try table([
            [.text("課"), .text("件数")],
            [.text("総務課"), .number(3)],
            [],
            [],
            [.text("企画課"), .number(5)],
            [.text("合計"), .number(8)],
        ])
        XCTAssertEqual(read.rowNumbers, [2, 5])
        XCTAssertEqual(read.layout?.leftOutRows.map(\.rows), [3...4, 6...6])
        XCTAssertEqual(read.layout?.leftOutRows.map(\.reason), [.blank, .total])
    }

    func testAFarCellLeavesOneRunOfColumnsOut() throws {
        var builder = TableBuilder(options: TableOptions(), system: .excel1900)
        for (address, value) in [("A1", CellValue.text("課")), ("B1", .text("件数")), ("A2", .text("総務課")), ("B2", .number(3)),
                                 ("A3", .text("企画課")), ("B3", .number(5)), ("XFD3", .text("メモ"))] {
            builder.add(Cell(address: try XCTUnwrap(CellAddress(a1: address)), value: value))
        }
        let read = try builder.finish(sheet: "s")
        XCTAssertEqual(read.columns.map(\.letter), ["A", "B", "XFD"])
        XCTAssertEqual(read.layout?.leftOutColumnRuns, ["C:XFC"])
    }

    func testANoteWrittenBesideTheTableIsNotAColumn() throws {
        let read = try table([
            [.text("課"), .text("件数"), nil, nil],
            [.text("総務課"), .number(3), nil, .text("※ 4月は速報値")],
            [.text("企画課"), .number(5), nil, nil],
        ])
        XCTAssertEqual(read.columns.map(\.name), ["課", "件数"])
        XCTAssertEqual(read.layout?.leftOutColumns, [4])
    }

    func testACSVTwoRowHeaderWithoutMergesJoinsParentsOverTheirChildren() throws {
        let read = try table([
            [.text("窓口"), .text("来庁者数"), nil, .text("備考")],
            [nil, .text("午前"), .text("午後"), nil],
            [.text("市民課"), .number(10), .number(12), nil],
            [.text("税務課"), .number(7), .number(9), .text("移転")],
        ])
        XCTAssertEqual(read.columns.map(\.name), ["窓口", "来庁者数_午前", "来庁者数_午後", "備考"])
        XCTAssertEqual(read.layout?.headerRows, 1...2)
    }

    func testUnlabelledLastRowOfColumnSumsIsLeftOutWithANote() throws {
        var builder = TableBuilder(options: TableOptions(), system: .excel1900)
        let rows: [[CellValue]] = [[.text("地区"), .text("人口")], [.text("北"), .number(10)], [.text("南"), .number(20)],
                                   [.text("東"), .number(5)], [.empty, .number(35)]]
        for (r, row) in rows.enumerated() {
            for (c, value) in row.enumerated() where value != .empty {
                builder.add(Cell(address: CellAddress(rowNumber: r + 1, columnNumber: c + 1), value: value))
            }
        }
        let table = try builder.finish(sheet: "s")
        XCTAssertEqual(table.rowNumbers, [2, 3, 4])
        XCTAssertEqual(table.layout?.notes, [.possibleTotal(row: 5)])
    }

    // MARK: Columns

    func testTotalColumnsByTheirSumsOrFormulas() throws {
        let table = try read("total_columns.xlsx")
        XCTAssertEqual(table.columns.filter(\.isTotal).map(\.name), ["総数", "合計"])
        XCTAssertFalse(try table.requireColumn("計画戸数").isTotal)
        let fake = try read("total_columns.xlsx", sheet: "偽の計")
        XCTAssertEqual(fake.columns.filter(\.isTotal).map(\.name), [])
        XCTAssertEqual(fake.layout?.notes, [.totalNameWithoutSum(column: "計")])
    }

    func testGridPaperReadsOneColumnPerField() throws {
        let table = try read("grid_paper.xlsx")
        XCTAssertEqual(table.columns.map(\.name), ["氏名", "所属", "残業時間", "備考"])
        XCTAssertEqual(table.columns.map(\.letter), ["B", "F", "I", "L"])
        XCTAssertEqual(table.layout?.leftOutColumns.map(CellAddress.columnLetters), ["C", "D", "E", "G", "H", "J", "K"])
        XCTAssertEqual(numbers(try table.requireColumn("残業時間")).reduce(0, +), 209.2, accuracy: 1e-9)
        XCTAssertEqual(table.rowNumbers, Array(4...11))
    }

    // MARK: Second tables

    func testATableBesideIsReportedAndReadableByRange() throws {
        let table = try read("two_tables.xlsx", sheet: "横")
        XCTAssertEqual(table.columns.map(\.name), ["地区", "人口", "世帯数"])
        XCTAssertEqual(table.rowNumbers, Array(3...10))
        XCTAssertEqual(table.layout?.otherTables.map(\.a1), ["F2:H7"])
        let other = try read("two_tables.xlsx", sheet: "横", options: TableOptions(range: CellRange(a1: "F2:H7")))
        XCTAssertEqual(other.columns.map(\.name), ["地区", "前年人口", "増減"])
        XCTAssertEqual(numbers(try other.requireColumn("前年人口")).reduce(0, +), 57465)
    }

    func testATableBelowIsReportedAndReadableByRange() throws {
        let table = try read("two_tables.xlsx", sheet: "縦")
        XCTAssertEqual(table.rowNumbers, Array(2...9))
        XCTAssertEqual(numbers(try table.requireColumn("件数")).reduce(0, +), 1330)
        XCTAssertEqual(table.layout?.otherTables.map(\.a1), ["A12:B21"])
        let other = try read("two_tables.xlsx", sheet: "縦", options: TableOptions(range: CellRange(a1: "A13:B21")))
        XCTAssertEqual(numbers(try other.requireColumn("件数")).reduce(0, +), 1082)
    }

    func testARangeWithoutValuesIsRefused() throws {
        XCTAssertThrowsError(try read("two_tables.xlsx", sheet: "縦", options: TableOptions(range: CellRange(a1: "K100:M120")))) { error in
            XCTAssertEqual(error as? TableError, .rangeOutsideSheet(sheet: "縦", range: "K100:M120", used: "A1:B21"))
        }
    }

    // MARK: Controls and doubts

    func testACleanTableReadsAsWithoutDetection() throws {
        let detected = try read("clean_control.xlsx")
        let plain = try read("clean_control.xlsx", options: TableOptions(detectLayout: false))
        XCTAssertEqual(detected.headerRow, plain.headerRow)
        XCTAssertEqual(detected.rowNumbers, plain.rowNumbers)
        XCTAssertEqual(detected.columns.map(\.name), plain.columns.map(\.name))
        for (a, b) in zip(detected.columns, plain.columns) { XCTAssertEqual(Array(a.values), Array(b.values)) }
        XCTAssertEqual(detected.layout?.leftOutRows, [])
        XCTAssertEqual(detected.layout?.notes, [])
        XCTAssertEqual(detected.columns.filter(\.isTotal).count, 0)
    }

    func testTwoCandidateHeaderRowsAreToldAndBothNameTheColumns() throws {
        let table = try read("ambiguous_header.xlsx")
        XCTAssertEqual(table.headerRow, 1)
        XCTAssertEqual(table.rowNumbers, Array(3...12))
        XCTAssertEqual(table.layout?.notes, [.twoHeaderCandidates(chosen: 1, other: 2)])
        XCTAssertEqual(table.column("人口")?.letter, "B")
        XCTAssertEqual(numbers(try XCTUnwrap(table.column("人口"))).reduce(0, +), 102205)
        let other = try read("ambiguous_header.xlsx", options: TableOptions(headerRow: 2))
        XCTAssertEqual(other.columns.map(\.name), ["地区", "人口", "世帯数"])
    }

    // MARK: Japanese conventions in cells

    func testConventionsAreReportedPerCellWithoutConversion() throws {
        let table = try read("conventions.xlsx")
        func kinds(_ name: String) throws -> [String: CellIssue.Kind] {
            Dictionary(uniqueKeysWithValues: try table.requireColumn(name).issues.map { ($0.address.a1, $0.kind) })
        }
        XCTAssertEqual(try kinds("人数")["D2"], .statisticalSymbol(.none))
        XCTAssertEqual(try kinds("人数")["D5"], .statisticalSymbol(.unknown))
        XCTAssertEqual(try kinds("人数")["D9"], .statisticalSymbol(.suppressed))
        XCTAssertEqual(try kinds("人数")["D10"], .statisticalSymbol(.asterisk))
        XCTAssertEqual(try table.requireColumn("人数").type, .number)
        XCTAssertEqual(try kinds("受付日")["E6"], .dateText(try XCTUnwrap(CivilDate(year: 2024, month: 4, day: 9))))
        XCTAssertEqual(try table.requireColumn("受付日").type, .date)
        guard case .numberLikeText(let reading) = try kinds("増減")["B2"] else { return XCTFail("B2 not number-like") }
        XCTAssertEqual(reading.value, -1234)
        XCTAssertEqual(table.coercedCells, [])
    }

    func testConversionTurnsEveryConventionIntoItsValue() throws {
        let table = try read("conventions.xlsx", options: TableOptions(coerceNumbers: true))
        let values = { (name: String) in try table.requireColumn(name).values.map { $0 } }
        XCTAssertEqual(Array(try values("増減").prefix(4)), [.number(-1234), .number(-56), .number(1234), .number(-12)])
        XCTAssertEqual(Array(try values("率").prefix(3)), [.number(0.855), .number(0.12), .number(0.0325)])
        XCTAssertEqual(try values("人数").prefix(9).filter { $0 != .empty }, [])
        XCTAssertEqual(numbers(try table.requireColumn("人数")).reduce(0, +), 203)
        let dates = try values("受付日").prefix(7).map(\.displayText)
        XCTAssertEqual(dates, ["2024-04-01", "2019-05-07", "2024-04-02", "2019-04-30", "2024-04-09", "2024-04-04", "2024-04-03"])
        let offices = try values("課名").map(\.displayText)
        XCTAssertEqual(offices.filter { $0 == "総務課" }.count, 8)
        XCTAssertEqual(offices.filter { $0 == "会 計 課" }.count, 2)
        XCTAssertEqual(try values("氏名").map(\.displayText).filter { $0.contains(" ") }.count, 14)
        let labels = table.coercedCells.filter { if case .label = $0.change { true } else { false } }.map(\.address.a1)
        XCTAssertEqual(labels, ["F2", "F3", "F4"])
    }

    func testTheDashCanCountAsZero() throws {
        let table = try read("conventions.xlsx", options: TableOptions(coerceNumbers: true, dashAsZero: true))
        let counts = try table.requireColumn("人数").values
        XCTAssertEqual(Array(counts.prefix(5)), [.number(0), .number(0), .number(0), .empty, .empty])
    }

    // MARK: Tidy

    func testLongFormLeavesTotalColumnsOutAndKeepsKeys() throws {
        let table = try read("two_row_header.xlsx")
        let long = try TidyTable(long: table, item: "項目", value: "値")
        XCTAssertEqual(long.columns.map(\.name), ["窓口", "備考", "項目", "値"])
        XCTAssertEqual(long.sourceRows.count, 12 * 4)
        XCTAssertFalse(long.columns[2].values.contains(.text("来庁者数_計")))
        let morning = zip(long.columns[2].values, long.columns[3].values).filter { $0.0 == .text("来庁者数_午前") }
        XCTAssertEqual(morning.compactMap(\.1.numeric).reduce(0, +), 19632)
    }

    func testChecklistFindsMergesFormulasErasAndSpacing() throws {
        let path = MunicipalLayoutTests.folder.appendingPathComponent("overtime_by_section.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try XCTUnwrap(workbook.firstVisibleWorksheet)
        let table = try Table.read(workbook, sheet: sheet)
        var checklist = SheetChecklist(table: table)
        var cursor = try workbook.cells(of: sheet, formulas: true)
        while let cell = try cursor.next() { checklist.add(cell) }
        let items = Dictionary(uniqueKeysWithValues: checklist.items(merges: try cursor.trailingMergedRanges(), table: table).map { ($0.check, $0) })
        XCTAssertEqual(items[.mergedCells]?.cells, ["A1:O1"])
        XCTAssertEqual(items[.formulas]?.count, 24 + 2 * 13)
        XCTAssertEqual(items[.formulas]?.cells, ["O5:O30", "C29:N30"])
        XCTAssertEqual(items[.eraWithoutWestern]?.cells, ["A1", "A33"])
        XCTAssertEqual(items[.alignmentSpaces]?.passed, true)
        XCTAssertTrue(SheetChecklist.hasAlignmentSpaces("総 務 課"))
        XCTAssertTrue(SheetChecklist.hasAlignmentSpaces("月間\n残業時間"))
        XCTAssertFalse(SheetChecklist.hasAlignmentSpaces("山田 太郎"))
        XCTAssertFalse(SheetChecklist.hasEraWithoutWestern("令和6年（2024年）"))
        XCTAssertTrue(SheetChecklist.hasEraWithoutWestern("R6.4.1"))
    }
}
