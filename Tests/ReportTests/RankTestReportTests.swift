import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Mann–Whitney, Wilcoxon and Kruskal–Wallis workbooks: ranks on the data sheet, the figures in their
/// rows (hand-counted or from SciPy), every formula recalculated by LibreOffice, a chart, and a reading.
final class RankTestReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // By hand: ranks of a = 1, 3, 5, 6 among a ∪ b, R1 = 15, U1 = 15 − 10 = 5, U2 = 15; no ties and n1 = 4, so the
    // exact p = 2·P(U ≤ 5) = 2·18/126 (SciPy 0.2857142857), rank-biserial (5 − 15)/20 = −0.5; σ_U = √(4·5/12·10),
    // z = −4.5/σ_U = −1.10, r = z/3 = −0.37.
    private let a = DataColumn(name: "旧窓口", values: [1.5, 3, nil, 7, 8])
    private let b = DataColumn(name: "新窓口", values: [2, 4, 9, 10, 11])
    // Ties and a blank: the normal approximation (SciPy U = 12, p = 0.0723374897).
    private let tiedA = DataColumn(name: "A", values: [12, 15, 15, 18, 20, 22, 9, nil])
    private let tiedB = DataColumn(name: "B", values: [14, 16, 19, 19, 25, 27, 30, 28])
    // By hand: d = 2, 0, 4, −1, 4, 0, 3, 4 (and a pair missing its second value); |d| ranks 2, 5, 1, 5, 3, 5, so
    // R+ = 20, R− = 1, T = 1; zeros and ties → all 2⁶ sign changes: p = 2·2/64 = 0.0625 (SciPy).
    private let before = DataColumn(name: "導入前", values: [10, 12, 15, 11, 14, 9, 13, 16, 12])
    private let after = DataColumn(name: "導入後", values: [8, 12, 11, 12, 10, 9, 10, 12, nil])
    // SciPy: H = 8.519379844961243, p = 0.014126682097649439.
    private let groups = [DataColumn(name: "A", values: [1, 2, 3, 3]), DataColumn(name: "B", values: [3, 5, nil, 5]),
                          DataColumn(name: "C", values: [6, 7, 8, 9])]

    private func variables(_ columns: [DataColumn]) -> [Variable] { columns.map { Variable(name: $0.name, values: $0.values) } }

    private func mannWhitney(_ first: DataColumn, _ second: DataColumn, _ language: Language = .ja) throws -> ReportDocument {
        let v = variables([first, second])
        return RankTestWorkbook.mannWhitney(language: language, sourceRows: Array(2...(1 + first.values.count)), first: first,
                                            second: second, test: try MannWhitneyU.compute(v[0], v[1]))
    }

    private func wilcoxon(_ language: Language = .ja) throws -> ReportDocument {
        let v = variables([before, after])
        return RankTestWorkbook.wilcoxon(language: language, sourceRows: Array(2...10), first: before, second: after,
                                         test: try WilcoxonSignedRank.compute(v[0], v[1]))
    }

    private func kruskal(_ language: Language = .ja) throws -> ReportDocument {
        let test = try KruskalWallis.compute(variables(groups))
        return RankTestWorkbook.kruskal(language: language, sourceRows: [2, 3, 4, 5], groups: groups, test: test,
                                        dunn: DunnTest.compute(test))
    }

    private func number(_ cells: [String: ReportValue], _ address: String, file: StaticString = #filePath, line: UInt = #line) -> Double {
        guard case .number(let value)? = cells[address] else {
            XCTFail("\(address) holds \(String(describing: cells[address])), not a number", file: file, line: line)
            return .nan
        }
        return value
    }

    /// Every data sheet of the rank tests holds its values and its ranks (or differences) as runs, made row by row
    /// when written (`RowRun`), not as a cell per row held by the document.
    func testDataSheetsAreMadeAsTheyAreWritten() throws {
        for document in [try mannWhitney(groups[0], groups[2]), try wilcoxon(), try kruskal()] {
            let kinds = document.sheets[0].blocks.map { block -> String in
                if case .rows = block.content { return "rows" } else { return "other" }
            }
            XCTAssertEqual(kinds, ["rows", "rows"], document.sheets[0].name)
        }
    }

    func testMannWhitneySheetHoldsTheHandCountedFigures() throws {
        let document = try mannWhitney(a, b, .en)
        XCTAssertEqual(document.sheets.map(\.name), ["Data", "Mann-Whitney", "Reading"])
        let data = try document.sheets[0].valuesByAddress()
        XCTAssertEqual(["D1", "E1"].map { data[$0] }, [.text("Rank of 旧窓口"), .text("Rank of 新窓口")])
        XCTAssertEqual(["D2", "D3", "D5", "D6"].map { number(data, $0) }, [1, 3, 5, 6])
        XCTAssertNil(data["D4"], "a blank gets no rank")
        XCTAssertEqual(try document.sheets[0].formulasByAddress()["D2"], "RANK.AVG(B2,Data!$B$2:$C$6,1)")
        let sheet = try document.sheets[1].valuesByAddress()
        XCTAssertEqual(sheet["A1"], .text("Mann-Whitney U Test (Wilcoxon Rank-Sum Test)"))
        XCTAssertEqual((4...15).map { sheet["A\($0)"] },
                       ["Observations", "Median", "Rank Sum", "Mean Rank", "U", "Expected U (n1*n2/2)",
                        "Standard deviation of U (tie-corrected)", "z (continuity-corrected)", "P-value (two-tail)",
                        "How the P-value was found", "Effect size r (z/√N)", "Rank-biserial correlation"].map { .text($0) })
        XCTAssertEqual(["B4", "C4", "B6", "C6", "B8", "C8", "B9"].map { number(sheet, $0) }, [4, 5, 15, 30, 5, 15, 10])
        XCTAssertEqual(number(sheet, "B12"), 36.0 / 126, accuracy: 1e-15)
        XCTAssertEqual(sheet["B13"], .text("Exact distribution (no ties)"))
        XCTAssertEqual(number(sheet, "B15"), -0.5)
        XCTAssertNil(try document.sheets[1].formulasByAddress()["B12"], "the exact p-value is a value")
        _ = try document.sheets[1].onlyChart(.scatter, values: ["Data!$B$2:$B$6", "Data!$C$2:$C$6"],
                                             categories: ["Data!$D$2:$D$6", "Data!$E$2:$E$6"], names: ["旧窓口", "新窓口"])
        try document.sheets[1].assertChartsCoverNothing()
    }

    func testWilcoxonSheetHoldsTheHandCountedFigures() throws {
        let document = try wilcoxon(.en)
        let data = try document.sheets[0].valuesByAddress()
        XCTAssertEqual(data["A9"], .number(9), "the incomplete pair (sheet row 10) is left off the data sheet")
        XCTAssertNil(data["A10"])
        XCTAssertEqual(["D1", "E1", "F1"].map { data[$0] }, [.text("Difference (導入前 - 導入後)"), .text("|Difference|"),
                                                             .text("Rank of |difference|")])
        XCTAssertNil(data["F3"], "a zero difference gets no rank")
        XCTAssertEqual(["F2", "F4", "F5", "F8"].map { number(data, $0) }, [2, 5, 1, 3])
        let sheet = try document.sheets[1].valuesByAddress()
        XCTAssertEqual(sheet["A1"], .text("Wilcoxon Signed-Rank Test"))
        let figures: [String: Double] = ["B4": 8, "B6": 2.5, "B7": 2, "B8": 6, "B9": 20, "B10": 1, "B11": 1, "B12": 10.5,
                                         "B15": 0.0625, "B18": 19.0 / 21]
        for (address, value) in figures { XCTAssertEqual(number(sheet, address), value, accuracy: 1e-14, address) }
        XCTAssertEqual(sheet["B16"], .text("All sign changes (exact given the ties)"))
        _ = try document.sheets[1].onlyChart(.column, values: ["Data!$D$2:$D$9"], categories: ["Data!$A$2:$A$9"])
    }

    func testKruskalSheetMatchesSciPyAndAdjustsDunnByHolm() throws {
        let document = try kruskal(.en)
        let sheet = try document.sheets[1].valuesByAddress()
        XCTAssertEqual(sheet["A1"], .text("Kruskal-Wallis Test"))
        XCTAssertEqual(["A3", "B3", "C3", "D3", "E3"].map { sheet[$0] },
                       ["Groups", "Observations", "Median", "Rank Sum", "Mean Rank"].map { .text($0) })
        XCTAssertEqual(number(sheet, "B8"), 8.519379844961243, accuracy: 1e-12)
        XCTAssertEqual(number(sheet, "B10"), 0.014126682097649439, accuracy: 1e-15)
        XCTAssertEqual(sheet["A14"], .text("Dunn's test, P-values adjusted by Holm's method"))
        XCTAssertEqual(["A16", "A17", "A18"].map { sheet[$0] }, ["A - B", "A - C", "B - C"].map { .text($0) })
        // Mean ranks 2.75, 17/3, 9.5: A - C differs most, then B - C (fewer values, larger SE), then A - B. Holm: the
        // smallest p × 3, the next × 2, the largest × 1, none below the one before.
        let p = ["E16", "E17", "E18"].map { number(sheet, $0) }
        XCTAssertEqual(["F16", "F17", "F18"].map { number(sheet, $0) }, [1, 3, 2])
        XCTAssertEqual(number(sheet, "G17"), 3 * p[1], accuracy: 1e-15)
        XCTAssertEqual(number(sheet, "G18"), max(3 * p[1], 2 * p[2]), accuracy: 1e-15)
        XCTAssertEqual(number(sheet, "G16"), min(1, max(3 * p[1], 2 * p[2], p[0])), accuracy: 1e-15)
        try document.sheets[1].assertChartsCoverNothing()
    }

    func testEveryFormulaRecalculatesInLibreOffice() throws {
        let tied = try assertFormulasRecalculate(mannWhitney(tiedA, tiedB), in: folder, fileName: "mannwhitney.xlsx")
        // Data sheet: 15 ranks; sheet: 2 × 5 per-sample rows, expected U, σ, z, p (normal), r, rank-biserial.
        XCTAssertEqual(tied, 15 + 10 + 6)
        let exact = try assertFormulasRecalculate(mannWhitney(a, b), in: folder, fileName: "exact.xlsx")
        XCTAssertEqual(exact, 9 + 10 + 5, "the exact p-value is a value")
        let paired = try assertFormulasRecalculate(wilcoxon(), in: folder, fileName: "wilcoxon.xlsx")
        // Data sheet: 8 differences, 6 sizes, 6 ranks; sheet: counts and medians 4, then 12 figures less the exact p.
        XCTAssertEqual(paired, 8 + 6 + 6 + 4 + 11)
        let groupsCompared = try assertFormulasRecalculate(kruskal(), in: folder, fileName: "kruskal.xlsx")
        // Data sheet: 11 ranks; summary 3 × 4; test 5; Dunn 3 pairs × 6.
        XCTAssertEqual(groupsCompared, 11 + 12 + 5 + 18)
    }

    func testReadingsSayWhichWayAndHowStrongly() throws {
        let mannWhitney = try self.mannWhitney(a, b).sheets[2].valuesByAddress()
        XCTAssertEqual(mannWhitney["A5"], .text("旧窓口 (中央値 5.00) と 新窓口 (中央値 9.00) の値の大きさ (U = 5、両側 p = 0.286、P-値は正確な分布 (同順位なし)、5% 水準では有意ではなく、差があるとは言えません（データからは判断できません）)。"))
        XCTAssertEqual(mannWhitney["A6"], .text("旧窓口 と 新窓口 から 1 つずつ値を選ぶと、旧窓口 の方が大きい確率は 25% です (同じ値は半分と数えます。順位双列相関 -0.50、効果量 r = -0.37)。"))
        let wilcoxon = try self.wilcoxon(.en).sheets[2].valuesByAddress()
        // p = 0.0625 exactly (2/32): three decimals round half away from zero, as the sheet shows it.
        XCTAssertEqual(wilcoxon["A5"], .text("Over the 8 pairs, 導入前 against 導入後 (median difference 2.50) (T = 1, two-tailed p = 0.063, P-value: all sign changes (exact given the ties); not significant at the 5% level, so the data do not show a difference (they cannot tell))."))
        let kruskal = try self.kruskal().sheets[2].valuesByAddress()
        XCTAssertEqual(kruskal["A5"], .text("グループの間で値の大きさに 5% 水準で有意な差があります (クラスカル・ウォリスの H = 8.52、自由度 2、p = 0.014)。"))
    }
}
