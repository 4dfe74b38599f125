import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

/// The t-, F- and z-test and histogram sheets: the ToolPak's rows in its order, figures that LibreOffice
/// recomputes to our cached values, and the reference figures of toolpak.md §7.3.
final class ToolSheetReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // toolpak.md §7.3.
    private let a = DataColumn(name: "旧方式", values: [6, 7, 9, 15, 21])
    private let b = DataColumn(name: "新方式", values: [20, 28, 31, 38, 40])

    private func variables(_ first: DataColumn, _ second: DataColumn) -> (Variable, Variable) {
        (Variable(name: first.name, values: first.values), Variable(name: second.name, values: second.values))
    }

    private func document(_ test: TwoSampleTest, _ language: Language = .ja,
                          first: DataColumn? = nil, second: DataColumn? = nil) -> ReportDocument {
        TwoSampleTestWorkbook.document(language: language, sourceRows: Array(2...(1 + (first ?? a).values.count)),
                                       first: first ?? a, second: second ?? b, test: test)
    }

    private struct NotANumber: Error {
        let address: String
        let found: ReportValue?
    }

    private func number(_ cells: [String: ReportValue], _ address: String) throws -> Double {
        guard case .number(let value)? = cells[address] else { throw NotANumber(address: address, found: cells[address]) }
        return value
    }

    func testEveryToolSheetRecalculatesInLibreOffice() throws {
        let (x, y) = variables(a, b)
        let tests: [TwoSampleTest] = [
            .t(try TTest.paired(x, y)),
            .t(try TTest.twoSample(x, y, equalVariances: true, hypothesizedDifference: -10)),
            .t(try TTest.twoSample(x, y, equalVariances: false)),
            .f(try FTest.compute(x, y)),
            .z(try ZTest.compute(x, y, knownVariances: (40, 60), hypothesizedDifference: 1, alpha: 0.01)),
        ]
        let documents = tests.map { document($0) }
        var sheets = [documents[0].sheets[0]]
        for (index, document) in documents.enumerated() {
            var sheet = document.sheets[1]
            sheet.name += " \(index + 1)"
            sheets.append(sheet)
        }
        // The histogram of the same columns shares the data sheet, so one conversion checks every tool.
        let histogram = Self.histogram(a, b, edges: [20.5, 8, 15, 8], pareto: true)
        XCTAssertEqual(histogram.sheets[0], sheets[0])
        sheets.append(histogram.sheets[1])
        let compared = try assertFormulasRecalculate(ReportDocument(sheets: sheets), in: folder, fileName: "tests.xlsx")
        // Formula cells: paired 13, pooled 13, Welch 14, F 12, z 9; histogram 2 columns × 4 rows × 2, twice with Pareto.
        XCTAssertEqual(compared, 13 + 13 + 14 + 12 + 9 + 32)
    }

    /// The grouped layout (`--value/--group`): each group's column is blank on the other group's rows, and every
    /// worksheet function (AVERAGE, VAR.S, COUNT, T.TEST, F.TEST …) must skip those blanks as our figures do.
    func testGroupedColumnsWithBlanksRecalculateInLibreOffice() throws {
        let interleaved = (0..<10).map { $0 % 2 == 0 ? a.values[$0 / 2] : nil }
        let other = (0..<10).map { $0 % 2 == 1 ? b.values[$0 / 2] : nil }
        let (first, second) = (DataColumn(name: "はい", values: interleaved), DataColumn(name: "いいえ", values: other))
        let (x, y) = variables(first, second)
        let tests: [TwoSampleTest] = [
            .t(try TTest.twoSample(x, y, equalVariances: true)),
            .t(try TTest.twoSample(x, y, equalVariances: false, hypothesizedDifference: 2)),
            .f(try FTest.compute(x, y)),
            .z(try ZTest.compute(x, y, knownVariances: (40, 60))),
        ]
        let grouping = SampleGrouping(value: "件数", group: "研修受講", levels: ["はい", "いいえ"])
        let documents = tests.map {
            TwoSampleTestWorkbook.document(language: .ja, sourceRows: Array(2...11), first: first, second: second, test: $0,
                                           grouping: grouping)
        }
        var sheets = [documents[0].sheets[0]]
        for (index, document) in documents.enumerated() {
            var sheet = document.sheets[1]
            sheet.name += " \(index + 1)"
            sheets.append(sheet)
        }
        let compared = try assertFormulasRecalculate(ReportDocument(sheets: sheets), in: folder, fileName: "grouped.xlsx")
        // Pooled 13, Welch 13 (with Δ = 2 its exact p is a value: T.TEST has no Δ), F 12, z 9.
        XCTAssertEqual(compared, 13 + 13 + 12 + 9)
    }

    func testWelchAndFTestMatchTheReferenceFigures() throws {
        let (x, y) = variables(a, b)
        let welch = try document(.t(try TTest.twoSample(x, y, equalVariances: false)), .en).sheets[1].valuesByAddress()
        XCTAssertEqual(welch["A1"], .text("t-Test: Two-Sample Assuming Unequal Variances"))
        let rows = (4...15).map { welch["A\($0)"] }
        XCTAssertEqual(rows, ["Mean", "Variance", "Observations", "Hypothesized Mean Difference", "df", "t Stat",
                              "P(T<=t) one-tail", "t Critical one-tail", "P(T<=t) two-tail", "t Critical two-tail",
                              "df, not rounded (Welch)", "P(T<=t) two-tail, df not rounded (T.TEST)"].map { .text($0) })
        XCTAssertEqual(try number(welch, "B8"), 8)
        XCTAssertEqual(try number(welch, "B9"), -4.328968, accuracy: 5e-7)
        XCTAssertEqual(try number(welch, "B12"), 0.0025155, accuracy: 5e-8)
        XCTAssertEqual(try number(welch, "B14"), 7.5677, accuracy: 5e-5)
        XCTAssertEqual(try number(welch, "B15"), 0.0028663, accuracy: 5e-8)

        let f = try document(.f(try FTest.compute(x, y)), .ja).sheets[1].valuesByAddress()
        XCTAssertEqual(f["A1"], .text("F-検定: 2 標本を使った分散の検定"))
        XCTAssertEqual((4...11).map { f["A\($0)"] }, ["平均", "分散", "観測数", "自由度", "観測された分散比", "P(F<=f) 片側",
                                                      "F 境界値 片側", "P 両側 (F.TEST)"].map { .text($0) })
        XCTAssertEqual(try number(f, "B8"), 0.614198, accuracy: 5e-7)
        XCTAssertEqual(try number(f, "B9"), 0.324159, accuracy: 5e-7)
        XCTAssertEqual(try number(f, "B10"), 0.156538, accuracy: 5e-7)
        XCTAssertEqual(try number(f, "B11"), 0.648318, accuracy: 5e-7)
    }

    func testPairedSheetUsesOnlyCompletePairsAndTheReadingSaysSo() throws {
        let before = DataColumn(name: "before", values: [10, 12, nil, 15, 11, 14])
        let after = DataColumn(name: "after", values: [9, 11, 13, 12, nil, 12])
        let (x, y) = variables(before, after)
        let test = try TTest.paired(x, y)
        let document = document(.t(test), .en, first: before, second: after)
        let data = try document.sheets[0].valuesByAddress()
        XCTAssertEqual(["A2", "A3", "A4", "A5"].map { data[$0] }, [2, 3, 5, 7].map { .number($0) },
                       "source rows 4 and 6 lack one value of their pair")
        XCTAssertNil(data["A6"])
        let sheet = try document.sheets[1].valuesByAddress()
        XCTAssertEqual(sheet["B6"], .number(4), "Observations counts pairs")
        let reading = try document.sheets[2].valuesByAddress().values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
        XCTAssertTrue(reading.contains { $0.hasPrefix("2 rows with one value of the pair missing were left out") }, "\(reading)")
        XCTAssertTrue(reading.contains { $0.hasPrefix("Over the 4 pairs, before (mean 12.8) is on average 1.75 higher than after") },
                      "\(reading)")
    }

    func testReadingStatesSignificanceInBothLanguages() throws {
        let (x, y) = variables(a, b)
        let test = TwoSampleTest.t(try TTest.twoSample(x, y, equalVariances: true))
        let ja = try document(test, .ja).sheets[2].valuesByAddress()
        XCTAssertEqual(ja["A5"], .text("旧方式 の平均 (11.6) は 新方式 の平均 (31.4) より 19.8 低くなっています (t = -4.33、両側 p = 0.003、5% 水準で有意です)。"))
        let en = try document(test, .en).sheets[2].valuesByAddress()
        XCTAssertEqual(en["A5"], .text("The mean of 旧方式 (11.6) is 19.8 lower than the mean of 新方式 (31.4) (t = -4.33, two-tailed p = 0.003; significant at the 5% level)."))
    }

    func testHistogramCountsWithTheUsersEdgesByTheToolPaksRule() throws {
        // Counted by hand: a = 6 7 | 9 15 | – | 21, b = – | – | 20 | 28 31 38 40 for edges 8, 15, 20.5.
        let document = ToolSheetReportTests.histogram(a, b, edges: [20.5, 8, 15, 8])
        let sheet = try document.sheets[1].valuesByAddress()
        XCTAssertEqual(["A3", "A4", "A5", "A6"].map { sheet[$0] }, [.number(8), .number(15), .number(20.5), .text("次の級")])
        XCTAssertEqual(["B3", "B4", "B5", "B6"].map { sheet[$0] }, [2, 2, 0, 1].map { .number($0) })
        let second = sheet.filter { $0.value == .text("新方式") }.map(\.key)
        XCTAssertEqual(second.count, 1)
        let reading = try document.sheets[2].valuesByAddress()
        XCTAssertEqual(reading["A3"], .text("旧方式: 5 個の値があり、最小 6、最大 21 です。"))
        // Edges in sentences are written as in the table, with the decimals the finest edge needs.
        XCTAssertEqual(reading["A4"], .text("最も多いのは 8.0 以下 の区間で、2 個 (40.0%) です。"))
        XCTAssertTrue(reading.values.contains(.text("新方式: 4 個の値が最後の区間の上限 20.5 を超えています (「次の級」の行)。必要なら区間を追加してください。")))
        XCTAssertNil(HistogramBins(values: [1, 2], upperEdges: [.nan]), "no finite edge, no bins")
    }

    func testParetoReadingNamesTheRowsHoldingMostValues() throws {
        // a counts 2 2 0 1 for edges 8, 15, 20.5: sorted 2 2 1 0, so the first 2 of 4 rows hold 4 of 5 values.
        let ja = try Self.histogram(a, b, edges: [8, 15, 20.5], pareto: true).sheets[2].valuesByAddress()
        XCTAssertTrue(ja.values.contains(.text("旧方式: 頻度の多い順 (パレート図の表) では、全 4 行のうち上位 2 行で値の 80.0% を占めます。")))
        let en = try Self.histogram(a, b, edges: [8, 15, 20.5], pareto: true, language: .en).sheets[2].valuesByAddress()
        XCTAssertTrue(en.values.contains(.text("旧方式: sorted by frequency (the Pareto table), the first 2 of 4 rows hold 80.0% of the values.")))
        let plain = try Self.histogram(a, b, edges: [8, 15, 20.5]).sheets[2].valuesByAddress()
        XCTAssertFalse(plain.values.contains { if case .text(let text) = $0 { text.contains("パレート") } else { false } })
    }

    private static func histogram(_ first: DataColumn, _ second: DataColumn, edges: [Double], pareto: Bool = false,
                                  language: Language = .ja) -> ReportDocument {
        HistogramWorkbook.document(language: language, sourceRows: Array(2...6), columns: [first, second], upperEdges: edges,
                                   pareto: pareto)
    }
}
