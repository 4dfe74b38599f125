import Analysis
import Foundation
import Report
import XCTest

/// Readings that do not mislead (issue #15, item 3): cells read only after a significant overall test, the share of
/// sparse cells and what to do, why a weak association can be significant, the Welch df the ToolPak rounds to, no
/// advice that no longer applies, and the F-test's α note once. p-values of the tables below are SciPy's
/// `chi2_contingency(correction=False)` (1.17.1).
final class ReadingTrustTests: XCTestCase {
    private func texts(_ sheet: ReportSheet) throws -> [String] {
        try sheet.valuesByAddress().values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
    }

    /// Six sections of 20 staff, はい counts `yes`, the rest いいえ.
    private func crossTab(_ yes: [Int], _ language: Language) throws -> (ReportDocument, CrossTabulation) {
        var rowLabels: [String?] = [], columnLabels: [String?] = []
        for (index, count) in yes.enumerated() {
            for person in 0..<20 {
                rowLabels.append("課\(index + 1)")
                columnLabels.append(person < count ? "はい" : "いいえ")
            }
        }
        let table = try CrossTabulation.tabulate(rows: rowLabels, columns: columnLabels)
        let document = CrossTabWorkbook.document(language: language, sourceRows: Array(2...(rowLabels.count + 1)),
                                                 rows: .init(name: "所属", labels: rowLabels),
                                                 columns: .init(name: "研修受講", labels: columnLabels), table: table)
        return (document, table)
    }

    func testCellsAreNotReadWhenTheTableIsNotSignificant() throws {
        // SciPy: p = 0.3564, adjusted residual of 課6 × はい 2.207.
        let (document, table) = try crossTab([8, 10, 10, 10, 10, 15], .ja)
        XCTAssertEqual(table.pValue, 0.356_436_732_181_807_77, accuracy: 1e-12)
        XCTAssertGreaterThan(table.adjustedResiduals.flatMap { $0 }.map(abs).max() ?? 0, 1.96, "the case needs a cell beyond ±1.96")
        let reading = try texts(document.sheets.last!)
        XCTAssertFalse(reading.contains { $0.contains("現れています") }, "\(reading)")
        XCTAssertTrue(reading.contains("調整済み標準化残差が ±1.96 を超えるセルが 2 個ありますが、表全体の検定が有意ではないため個々のセルは解釈しません (セルが多いと偶然だけでも ±1.96 を超えるものが出ます)。"),
                      "\(reading)")
    }

    func testCellsAreNamedAsAdjustedResidualsWhenTheTableIsSignificant() throws {
        // SciPy: p = 0.004554, adjusted residuals of はい: 課1 −3.021, 課6 3.348.
        let (document, table) = try crossTab([4, 10, 10, 10, 10, 17], .en)
        XCTAssertEqual(table.pValue, 0.004_554_394_836_830_117, accuracy: 1e-12)
        let reading = try texts(document.sheets.last!)
        XCTAssertTrue(reading.contains("課1 × いいえ, 課6 × はい occur more often than expected if the two were independent (adjusted residual above 1.96, each at the 5% level)."),
                      "\(reading)")
        XCTAssertTrue(reading.contains("課1 × はい, 課6 × いいえ occur less often than expected if the two were independent (adjusted residual below −1.96, each at the 5% level)."),
                      "\(reading)")
    }

    func testSparseTableGivesTheShareOfSmallExpectedCountsLeavesOutVAndSuggestsMerging() throws {
        // 15 × 5 on 60 rows: every expected count below 5.
        let rows = (0..<60).map { "課\($0 % 15)" as String? }
        let columns = (0..<60).map { "区分\(($0 / 15 + $0) % 5)" as String? }
        let table = try CrossTabulation.tabulate(rows: rows, columns: columns)
        XCTAssertEqual(table.cellsWithExpectedBelowFive, 75)
        let document = CrossTabWorkbook.document(language: .ja, sourceRows: Array(2...61), rows: .init(name: "所属", labels: rows),
                                                 columns: .init(name: "区分", labels: columns), table: table)
        let reading = try texts(document.sheets.last!)
        XCTAssertTrue(reading.contains("期待度数が 5 未満のセルが 75 個中 75 個 (100%) あり、20% を超えるため、カイ二乗検定の P 値とクラメールの V は信頼できません。少ないカテゴリをまとめて (例: 小さな課を 1 つにして) 集計し直してください。"),
                      "\(reading)")
        XCTAssertFalse(reading.contains { $0.contains("クラメールの V =") }, "V is not quoted as a size where χ² fails: \(reading)")
    }

    func testAWeakButSignificantCorrelationSaysWhyBothHold() throws {
        // 1,000 pairs with r ≈ 0.1 (SciPy pearsonr on the same numbers: see the assertion on p).
        let x = (0..<1000).map { Double($0 % 100) }
        let y = (0..<1000).map { i in 0.05 * Double(i % 100) + 10 * sin(Double(i) * 1.7) }
        let matrix = try CorrelationMatrix.compute([Variable(name: "x", values: x), Variable(name: "y", values: y)])
        let r = try XCTUnwrap(matrix.pairs.first?.pearson)
        XCTAssertLessThan(abs(r), 0.4)
        XCTAssertLessThan(try XCTUnwrap(matrix.pairs.first?.pearsonPValue), 0.05)
        let document = AssociationWorkbook.document(language: .ja, tool: .correlation, sourceRows: Array(2...1001),
                                                    columns: [DataColumn(name: "x", values: x), DataColumn(name: "y", values: y)],
                                                    matrix: matrix)
        let reading = try texts(document.sheets.last!)
        XCTAssertTrue(reading.contains { $0.hasSuffix("相関は弱いものの、n = 1,000 と多いため 0 とは区別できます。有意とは「ρ は 0 ではない」という意味で、関係が強いという意味ではありません。") },
                      "\(reading)")
    }

    func testWelchSentenceGivesTheExactDfAndTheWholeNumberTheToolPakUses() throws {
        let welch = try XCTUnwrap(try EveryToolWorkbook.documents(.ja).first { $0.tool == "ttest" }?.document)
        let reading = try texts(welch.sheets.last!)
        let sentence = try XCTUnwrap(reading.first { $0.hasPrefix("Welch の自由度は") }, "\(reading)")
        let match = try XCTUnwrap(sentence.firstMatch(of: /自由度は ([0-9,.]+) で、分析ツールはこれを最も近い整数 ([0-9,]+) に丸めて P 値を計算します。/),
                                  sentence)
        XCTAssertNotEqual(String(match.1), String(match.2), "the exact df and the rounded one must read differently: \(sentence)")
        XCTAssertTrue(match.1.contains("."), sentence)
    }

    func testTheFTestAlphaNoteStandsOnceInTheWorkbook() throws {
        for language in [Language.ja, .en] {
            let ftest = try XCTUnwrap(try EveryToolWorkbook.documents(language).first { $0.tool == "ftest" }?.document)
            let note = Labels.Notes.fTestAlphaIsOneTail.text(language)
            let count = try ftest.sheets.flatMap { try texts($0) }.filter { $0 == note }.count
            XCTAssertEqual(count, 1, "\(language)")
        }
    }

    func testReportAdvisesCorrectingMisfitsOnlyWhileThereAreAny() throws {
        let values = DataColumn(name: "残業", values: [1, 2, 3, 4])
        let advice = "列の型に合わないセルは、ここでのどの数値にも含まれていません。元のシートで直してください。"
        for misfits in [[], ["C3 「１２」"]] {
            let document = OverviewWorkbook.document(language: .ja, sourceRows: [2, 3, 4, 5], numbers: [values],
                                                     statistics: [try DescriptiveStatistics.compute(Variable(name: "残業", values: values.values))],
                                                     categories: [], matrix: nil,
                                                     columns: [.init(name: "残業", filled: 4, empty: 0, misfits: misfits)])
            let reading = try texts(document.sheets.last!)
            XCTAssertEqual(reading.contains(advice), !misfits.isEmpty, "misfits \(misfits): \(reading)")
        }
    }
}
