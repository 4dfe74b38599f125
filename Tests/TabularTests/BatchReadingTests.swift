import CSVReader
import Foundation
import XCTest
import XLSXReader
@testable import Tabular

/// `Table.read` takes cells in compact batches and tallies each column while appending. These tests hold it
/// to the cell-by-cell path and to the column rules as stated before the tally existed: type = the most
/// common kind ignoring errors (ties to the earlier `ColumnType` case), and per value in row order —
/// errors are `errorValue`, number-like text is `numberLikeText`, other text outside a text column and any
/// other kind than the type is `typeMismatch`.
final class BatchReadingTests: XCTestCase {
    private static let corpus = FixtureFiles.folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/xlsx")

    func testBatchedReadEqualsCellByCellReadOnFixturesAndCorpus() throws {
        var urls = try FileManager.default.contentsOfDirectory(at: FixtureFiles.folder, includingPropertiesForKeys: nil)
            + FileManager.default.contentsOfDirectory(at: MunicipalLayoutTests.folder, includingPropertiesForKeys: nil)
        if let corpusFiles = try? FileManager.default.contentsOfDirectory(at: BatchReadingTests.corpus, includingPropertiesForKeys: nil) {
            urls += corpusFiles
        } else {
            print("BatchReadingTests: shared corpus absent at \(BatchReadingTests.corpus.path); comparing on the fixtures only")
        }
        var columnsCompared = 0
        for url in urls.filter({ $0.pathExtension == "xlsx" }).sorted(by: { $0.path < $1.path }) {
            guard let workbook = try? Workbook(path: url.path) else { continue }
            for sheet in workbook.sheets where sheet.kind == .worksheet {
                for options in [TableOptions(), TableOptions(coerceNumbers: true), TableOptions(detectLayout: false)] {
                    let label = "\(url.lastPathComponent) \(sheet.name) coerce=\(options.coerceNumbers) detect=\(options.detectLayout)"
                    columnsCompared += compare(workbook, sheet, options, label)
                }
            }
        }
        XCTAssertGreaterThan(columnsCompared, 50)
    }

    /// Reads the sheet both ways and compares; returns how many columns were compared.
    private func compare(_ workbook: Workbook, _ sheet: SheetInfo, _ options: TableOptions, _ label: String) -> Int {
        let batched = Result { try Table.read(workbook, sheet: sheet, options: options) }
        let single = Result { try cellByCell(workbook, sheet, options) }
        switch (batched, single) {
        case (.success(let table), .success(let reference)):
            XCTAssertEqual(table.rowNumbers, reference.rowNumbers, label)
            XCTAssertEqual(table.coercedCells, reference.coercedCells, label)
            XCTAssertEqual(table.columns.count, reference.columns.count, label)
            for (column, expected) in zip(table.columns, reference.columns) {
                XCTAssertEqual(column.name, expected.name, label)
                XCTAssertEqual(Array(column.values), Array(expected.values), "\(label) \(column.name)")
                XCTAssertEqual(column.count, expected.count, "\(label) \(column.name)")
                XCTAssertEqual(column.emptyCount, expected.emptyCount, "\(label) \(column.name)")
                let rules = ColumnRules(values: Array(column.values), rowNumbers: table.rowNumbers, column: column.index)
                XCTAssertEqual(column.type, rules.type, "\(label) \(column.name)")
                XCTAssertEqual(column.issues, rules.issues, "\(label) \(column.name)")
            }
            return table.columns.count
        case (.failure(let error), .failure(let expected)):
            XCTAssertEqual("\(error)", "\(expected)", label)
        default:
            XCTFail("\(label): one way failed, the other did not: \(batched) / \(single)")
        }
        return 0
    }

    private func cellByCell(_ workbook: Workbook, _ sheet: SheetInfo, _ options: TableOptions) throws -> Table {
        var cursor = try workbook.cells(of: sheet, formulas: options.detectLayout)
        var builder = TableBuilder(options: options, system: workbook.dateSystem)
        while let cell = try cursor.next() { builder.add(cell) }
        return try builder.finish(sheet: sheet.name, merges: options.detectLayout ? try cursor.trailingMergedRanges() : [])
    }

    func testMismatchesAreMergedWithFindingsInRowOrder() throws {
        // A number column with a date, number-like text and plain text among its values.
        let csv = try CSVFile(bytes: Array("n\n1\n2020-01-05\n１２\nabc\n2\n3\n".utf8), name: "mixed.csv")
        let table = try Table.read(csv: csv)
        let column = try XCTUnwrap(table.columns.first)
        XCTAssertEqual(column.type, .number)
        XCTAssertEqual(column.issues.map(\.address.a1), ["A3", "A4", "A5"])
        XCTAssertEqual(column.issues.map(\.kind), [.typeMismatch(found: .date), .numberLikeText(try XCTUnwrap(NumberLikeText("１２"))),
                                                  .typeMismatch(found: .text)])
        XCTAssertEqual(column.issues, ColumnRules(values: Array(column.values), rowNumbers: table.rowNumbers, column: 1).issues)
    }
}

/// The column rules restated value by value, independently of `ColumnTally`: a date typed as text counts
/// as a date and a statistical symbol (`－`, `…`, `x`) as no kind at all when the type is settled; both are
/// issues of their own, as number-like text is (a symbol only outside text columns).
private struct ColumnRules {
    let type: ColumnType
    let issues: [CellIssue]

    init(values: [TableValue], rowNumbers: [Int], column: Int) {
        let kindForType = { (value: TableValue) -> ColumnType? in
            guard case .text(let text) = value else { return value.kind }
            if NumberLikeText(text) != nil { return .text }
            if StatisticalSymbol(text) != nil { return nil }
            return TextDate.date(from: text) != nil ? .date : .text
        }
        let counted = ColumnType.allCases.filter { $0 != .error && $0 != .empty }
            .map { kind in (kind, values.filter { kindForType($0) == kind }.count) }
        let most = counted.map(\.1).max() ?? 0
        let type = most == 0 ? ColumnType.empty : counted.first { $0.1 == most }?.0 ?? .empty
        self.type = type
        // Number-like texts among category labels are labels: most texts do not read as numbers, or every number-like
        // text names a band (`20代`, `60代以上`).
        let readings = values.compactMap { value -> NumberLikeText? in
            guard case .text(let text) = value else { return nil }
            return NumberLikeText(text)
        }
        let bands = readings.filter { reading in ["代", "以上", "以下", "未満", "超"].contains { reading.unit?.contains($0) == true } }
        let plainTexts = values.filter { kindForType($0) == .text }.count - readings.count
        let labels = type == .text && !readings.isEmpty && (plainTexts > readings.count || bands.count == readings.count)
        self.issues = zip(values, rowNumbers).compactMap { value, row in
            let address = CellAddress(rowNumber: row, columnNumber: column)
            switch value {
            case .empty: return nil
            case .error: return CellIssue(address: address, text: value.displayText, kind: .errorValue)
            case .text(let text):
                if let reading = NumberLikeText(text) {
                    return labels ? nil : CellIssue(address: address, text: text, kind: .numberLikeText(reading))
                }
                if let symbol = StatisticalSymbol(text) {
                    // A symbol is a missing figure among figures; in a text column it is a remark.
                    return type == .text || type == .empty ? nil : CellIssue(address: address, text: text, kind: .statisticalSymbol(symbol))
                }
                if let date = TextDate.date(from: text) { return CellIssue(address: address, text: text, kind: .dateText(date)) }
                return type == .text ? nil : CellIssue(address: address, text: text, kind: .typeMismatch(found: .text))
            default:
                guard let kind = value.kind, kind != type else { return nil }
                return CellIssue(address: address, text: value.displayText, kind: .typeMismatch(found: kind))
            }
        }
    }
}
