import Foundation
import XCTest
@testable import XLSXReader
import TestSupport

private extension CellValue {
    var textValue: String? { if case .text(let text) = self { text } else { nil } }
}

/// `histogram --pareto` on a text column (苦情の種類): its categories counted, largest first, with the cumulative %,
/// a Pareto chart named after the column; without `--pareto` a sentence that says what to do.
final class HistogramLevelsCommandTests: XCTestCase {
    /// Complaints as a city hall logs them; `その他*` and `<騒音>` would read as a wildcard and a comparison in a
    /// naive COUNTIF criterion, and the empty cell is no category.
    private let complaints = ["騒音", "ごみ", "騒音", "道路", "その他*", "ごみ", "騒音", "", "<騒音>", "騒音", "道路", "ごみ", "騒音"]

    private func csv(in folder: URL) throws -> String {
        let text = "受付番号,苦情の種類,対応日数\n" + complaints.enumerated().map { "\($0 + 1),\($1),\($0 % 4 + 1)" }.joined(separator: "\n") + "\n"
        let file = folder.appendingPathComponent("苦情.csv")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// The counts straight from the list above, largest first, ties in order of first appearance.
    private var expected: [(String, Int)] {
        var order: [String] = []
        for label in complaints where !label.isEmpty && !order.contains(label) { order.append(label) }
        let counted = order.map { label in (label, complaints.filter { $0 == label }.count) }
        return counted.enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
    }

    func testParetoOfATextColumnCountsItsCategoriesLargestFirst() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("p.xlsx")
        let run = try CommandRunner.run(["histogram", try csv(in: folder), "--columns", "苦情の種類", "--pareto", "--json",
                                         "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let levels = try XCTUnwrap((object["categories"] as? [[String: Any]])?.first?["levels"] as? [[String: Any]])
        XCTAssertEqual(levels.map { $0["label"] as? String }, expected.map(\.0))
        XCTAssertEqual(levels.map { $0["count"] as? Int }, expected.map(\.1))

        let written = try Workbook(path: out.path)
        let cells = try written.cellsByAddress(sheet: "Histogram", formulas: true)
        let total = Double(expected.map(\.1).reduce(0, +))
        var running = 0.0
        for (offset, (label, count)) in expected.enumerated() {
            let row = 3 + offset
            XCTAssertEqual(cells["A\(row)"]?.value.textValue, label)
            XCTAssertEqual(cells["B\(row)"]?.value.numericValue, Double(count), "B\(row)")
            XCTAssertTrue(cells["B\(row)"]?.formula?.hasPrefix("COUNTIF(") ?? false, "B\(row) counts with a live formula")
            running += Double(count)
            XCTAssertEqual(try XCTUnwrap(cells["C\(row)"]?.value.numericValue), running / total, accuracy: 1e-12)
        }
        XCTAssertEqual(cells["A2"]?.value.textValue, "苦情の種類", "the table's first header is the column's name")

        let archive = try ZipArchive(path: out.path, limits: ReadLimits())
        let columns = String(decoding: try archive.readAll("xl/charts/chart1.xml"), as: UTF8.self)
        let line = String(decoding: try archive.readAll("xl/charts/chart2.xml"), as: UTF8.self)
        XCTAssertTrue(columns.contains("<c:barChart>") && line.contains("<c:lineChart>"), "the columns and the cumulative line")
        XCTAssertTrue(columns.contains("Histogram!$A$3:$A$\(2 + expected.count)"), columns)
        XCTAssertTrue(line.contains("Histogram!$C$3:$C$\(2 + expected.count)"), line)
        XCTAssertTrue(columns.contains("<a:t>苦情の種類</a:t>"), "the category axis is named after the column")
        XCTAssertTrue(columns.contains("<a:t>Pareto chart: 苦情の種類</a:t>") && !columns.contains("sorted histogram"),
                      "categories are no histogram: \(columns)")
        XCTAssertTrue(line.contains(#"<c:max val="1"/>"#) && line.contains(#"formatCode="0%""#),
                      "the cumulative line's axis runs to 100 % and reads in percent")
    }

    func testTextColumnWithoutParetoSaysToAddIt() throws {
        let folder = try temporaryFolder()
        let run = try CommandRunner.run(["histogram", try csv(in: folder), "--columns", "苦情の種類", "--lang", "ja",
                                         "-o", folder.appendingPathComponent("h.xlsx").path])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("列「苦情の種類」は文字の列") && run.stderr.contains("--pareto"), run.stderr)
        XCTAssertFalse(run.stderr.contains("数値がありません"), run.stderr)
    }

    func testReadingNamesTheCommonestCategoryAndTheVitalFew() throws {
        let folder = try temporaryFolder()
        let run = try CommandRunner.run(["histogram", try csv(in: folder), "--columns", "苦情の種類", "--pareto", "--lang", "ja",
                                         "-o", folder.appendingPathComponent("r.xlsx").path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let reading = try Workbook(path: folder.appendingPathComponent("r.xlsx").path).cellsByAddress(sheet: "解釈")
            .values.compactMap(\.value.textValue).joined(separator: "\n")
        let (top, count) = expected[0]
        XCTAssertTrue(reading.contains("最も多いのは「\(top)」の \(count) 件"), reading)
        XCTAssertTrue(reading.contains("上位") && reading.contains("項目"), reading)
    }
}
