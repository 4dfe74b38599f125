import CSVReader
import XCTest
@testable import Tabular

/// ID-like columns (issue #15, item 5): every value distinct, and a header naming an identifier or, past 10 values,
/// texts or one run of whole numbers. A measure whose values happen to differ is not one.
final class IdentifierColumnTests: XCTestCase {
    private func table(_ rows: [[String]]) throws -> Table {
        let text = rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        return try Table.read(csv: try CSVFile(bytes: Array(text.utf8), name: "職員.csv"), options: TableOptions())
    }

    /// 12 rows: 職員番号 1001…1012 (shuffled), 氏名 all different, 所属 repeating, 人口 all different but no run,
    /// 連番 1…12 under a plain header, コード with one repeat.
    private func staff() throws -> Table {
        let numbers = [1005, 1001, 1012, 1003, 1002, 1010, 1004, 1006, 1011, 1008, 1007, 1009]
        let header = ["職員番号", "氏名", "所属", "人口", "行", "コード", "備考"]
        let rows = numbers.indices.map { i in
            [String(numbers[i]), "職員\(i)", ["総務課", "企画課", "税務課"][i % 3], String(1000 + i * i * 7), String(i + 1),
             i == 11 ? "C00" : "C0\(i)", i < 3 ? "メモ\(i)" : ""]
        }
        return try table([header] + rows)
    }

    func testDistinctCodesNamesAndRunsAreIdentifiers() throws {
        let table = try staff()
        XCTAssertEqual(table.columns.filter(\.isIdentifier).map(\.name), ["職員番号", "氏名", "行"])
    }

    func testRepeatsMeasuresAndShortListsAreNot() throws {
        let table = try staff()
        for name in ["所属", "人口", "コード", "備考"] {
            XCTAssertFalse(try table.requireColumn(name).isIdentifier, name)
        }
        // Five sections of a summary table, one row each: a short list of categories, not an identifier…
        let summary = try self.table([["所属", "件数"], ["総務課", "3"], ["企画課", "5"], ["税務課", "2"]])
        XCTAssertFalse(try summary.requireColumn("所属").isIdentifier)
        // …unless its header says it is one.
        let short = try self.table([["ID", "件数"], ["A1", "3"], ["A2", "5"], ["A3", "2"]])
        XCTAssertTrue(try short.requireColumn("ID").isIdentifier)
    }

    func testHeaderWordsAreMatchedAsWords() {
        for header in ["職員番号", "ID", "職員ID", "No.", "no", "№", "郵便コード", "氏名"] {
            XCTAssertTrue(Column.namesIdentifier(header), header)
        }
        for header in ["UUID", "Note", "CASINO", "年代", "残業時間"] {
            XCTAssertFalse(Column.namesIdentifier(header), header)
        }
    }
}
