import Analysis
import Report
import XCTest

/// Every tool with a test, on small data whose p is above 0.05: its reading says what a test can say
/// ("差があるとは言えません（データからは判断できません）"), and never reads the result as proof of none.
final class ReadingWordingTests: XCTestCase {
    /// Phrases a reading must never contain: a non-significant result read as "no difference", or an
    /// association read as an effect.
    static let forbidden = ["差がない", "効果がない", "関連がない", "影響がない", "差はない", "効果はない", "関連はない", "影響はない",
                            "no difference", "no effect", "no association", "no relation"]

    private static let notShown: [ReadingSentences.Claim: (ja: String, en: String)] = [
        .difference: ("差があるとは言えません（データからは判断できません）", "the data do not show a difference (they cannot tell)"),
        .association: ("関連があるとは言えません（データからは判断できません）", "the data do not show an association (they cannot tell)"),
        .interaction: ("交互作用があるとは言えません（データからは判断できません）", "the data do not show an interaction (they cannot tell)"),
        .departure: ("正規分布から外れているとは言えません（データからは判断できません）",
                     "the data do not show a departure from the normal distribution (they cannot tell)"),
    ]

    private let a = DataColumn(name: "旧方式", values: [6, 7, 9, 15, 21])
    private let c = DataColumn(name: "新方式", values: [8, 10, 12, 14, 16])

    private func variable(_ column: DataColumn) -> Variable { Variable(name: column.name, values: column.values) }

    /// The text of a document's Reading sheet.
    private func reading(_ document: ReportDocument, _ language: Language) throws -> [String] {
        let sheet = try XCTUnwrap(document.sheets.first { $0.name == Labels.Common.readingSheet.text(language) })
        return try sheet.laidOutCells().compactMap { placed in
            if case .value(.text(let text)) = placed.cell.content { return text }
            return nil
        }
    }

    /// Each tool's document on data where nothing is significant, with the claims its reading must leave open.
    private func documents(_ language: Language) throws -> [(tool: String, document: ReportDocument, claims: [ReadingSentences.Claim])] {
        let rows = Array(2...6)
        let (x, y) = (variable(a), variable(c))
        func twoSample(_ test: TwoSampleTest) -> ReportDocument {
            TwoSampleTestWorkbook.document(language: language, sourceRows: rows, first: a, second: c, test: test)
        }
        var result: [(String, ReportDocument, [ReadingSentences.Claim])] = [
            ("t (pooled)", twoSample(.t(try TTest.twoSample(x, y, equalVariances: true))), [.difference]),
            ("t (Welch)", twoSample(.t(try TTest.twoSample(x, y, equalVariances: false))), [.difference]),
            ("t (paired)", twoSample(.t(try TTest.paired(x, y))), [.difference]),
            ("z", twoSample(.z(try ZTest.compute(x, y, knownVariances: (40, 10)))), [.difference]),
            ("F", twoSample(.f(try FTest.compute(x, y))), [.difference]),
        ]

        let groups = [DataColumn(name: "A", values: [1, 2, 3]), DataColumn(name: "B", values: [2, 3, 4]),
                      DataColumn(name: "C", values: [1.5, 2.5, 3.5])]
        let anova = try OneWayANOVA.compute(groups.map(variable))
        result.append(("anova", AnovaWorkbook.document(language: language, sourceRows: [2, 3, 4], groups: groups, anova: anova,
                                                       tukey: try TukeyKramer.compute(anova), equalVariances: []), [.difference]))

        let square = [DataColumn(name: "A", values: [1, 2, 3]), DataColumn(name: "B", values: [3, 1, 2]),
                      DataColumn(name: "C", values: [2, 3, 1])]
        let grid = (0..<3).map { row in square.map { $0.values[row] ?? 0 } }
        let withoutReplication = try TwoWayANOVAWithoutReplication.compute(grid: grid, rowNames: ["月", "火", "水"], columnNames: ["A", "B", "C"])
        result.append(("anova2", TwoFactorAnovaWorkbook.document(language: language, sourceRows: [2, 3, 4], columns: square,
                                                                 anova: withoutReplication), [.difference]))

        let replicated = try TwoWayANOVA.compute(cells: [[[1, 3], [2, 4]], [[2, 4], [1, 3]]], rowNames: ["S1", "S2"], columnNames: ["A", "B"])
        result.append(("anova2 --replication", ReplicatedAnovaWorkbook.document(
            language: language, sourceRows: [2, 3, 4, 5], columns: [DataColumn(name: "A", values: [1, 3, 2, 4]), DataColumn(name: "B", values: [2, 4, 1, 3])],
            replicates: 2, anova: replicated), [.difference, .interaction]))

        let office = CategoryDataSheet.Column(name: "窓口", labels: ["本庁", "本庁", "本庁", "本庁", "支所", "支所", "支所", "支所"])
        let day = CategoryDataSheet.Column(name: "曜日", labels: ["月", "月", "火", "火", "月", "月", "火", "火"])
        let minutes = DataColumn(name: "待ち時間", values: [1, 3, 3, 1, 3, 1, 1, 3])
        let longFormat = try LeastSquaresTwoWayANOVA.compute(value: variable(minutes), first: CategoricalVariable(name: office.name, labels: office.labels),
                                                             second: CategoricalVariable(name: day.name, labels: day.labels), interaction: true)
        result.append(("anova2 --factors", LeastSquaresAnovaWorkbook.document(language: language, sourceRows: Array(2...9), value: minutes,
                                                                                first: office, second: day, anova: longFormat),
                       [.difference, .interaction]))

        let training = CategoryDataSheet.Column(name: "研修", labels: ["受講", "受講", "受講", "受講", "未受講", "未受講", "未受講", "未受講"])
        let passed = CategoryDataSheet.Column(name: "合格", labels: ["合", "合", "否", "否", "合", "合", "否", "否"])
        result.append(("crosstab", CrossTabWorkbook.document(language: language, sourceRows: Array(2...9), rows: training, columns: passed,
                                                             table: try CrossTabulation.tabulate(rows: training.labels, columns: passed.labels)),
                       [.association]))

        let u = DataColumn(name: "u", values: [1, 2, 3, 4, 5, 6]), v = DataColumn(name: "v", values: [3, 1, 2, 3, 1, 2])
        result.append(("correlation", AssociationWorkbook.document(language: language, tool: .correlation, sourceRows: Array(2...7),
                                                                   columns: [u, v], matrix: try CorrelationMatrix.compute([u, v].map(variable))),
                       [.association]))

        let fit = try LinearRegression.fit(response: variable(v), predictors: [variable(u)], intercept: true, confidenceLevels: [0.95])
        result.append(("regress", try RegressionWorkbook.document(language: language, sourceRows: Array(2...7), response: v, predictors: [u],
                                                                  result: fit), [.association]))

        let polynomial = try LinearRegression.polynomial(response: variable(v), x: variable(u), degree: 2, intercept: true,
                                                         confidenceLevels: [0.95])
        result.append(("regress --degree 2", try RegressionWorkbook.document(language: language, sourceRows: Array(2...7), response: v,
                                                                             predictors: [u], result: polynomial, polynomialDegree: 2),
                       [.association]))

        let hours = DataColumn(name: "hours", values: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
        let pass = DataColumn(name: "pass", values: [0, 1, 0, 1, 1, 0, 0, 1, 1, 0])
        guard case .fitted(let logistic) = try LogisticRegression.fit(outcome: variable(pass), predictors: [variable(hours)]) else {
            throw XCTSkip("the logistic data separated")
        }
        result.append(("logistic", LogisticWorkbook.document(language: language, sourceRows: Array(2...11), columns: [pass, hours], fit: logistic),
                       [.association]))

        result.append(("mannwhitney", RankTestWorkbook.mannWhitney(language: language, sourceRows: rows, first: a, second: c,
                                                                   test: try MannWhitneyU.compute(x, y)), [.difference]))
        result.append(("wilcoxon", RankTestWorkbook.wilcoxon(language: language, sourceRows: rows, first: a, second: c,
                                                             test: try WilcoxonSignedRank.compute(x, y)), [.difference]))
        let kruskal = try KruskalWallis.compute(groups.map(variable))
        result.append(("kruskal", RankTestWorkbook.kruskal(language: language, sourceRows: [2, 3, 4], groups: groups, test: kruskal,
                                                           dunn: DunnTest.compute(kruskal)), [.difference]))

        let even = DataColumn(name: "値", values: [2, 4, 5, 6, 7, 8, 10])
        result.append(("normality", NormalityWorkbook.document(language: language, sourceRows: Array(2...8), columns: [even],
                                                               checks: [try NormalityCheck.compute(variable(even))]), [.departure]))
        return result
    }

    func testNoReadingOfANonSignificantResultClaimsThereIsNone() throws {
        for language in [Language.ja, .en] {
            for (tool, document, _) in try documents(language) {
                let text = try reading(document, language).joined(separator: "\n")
                for phrase in Self.forbidden where text.localizedCaseInsensitiveContains(phrase) {
                    XCTFail("\(tool) (\(language)) reads \"\(phrase)\":\n\(text)")
                }
            }
        }
    }

    func testEveryToolReadsANonSignificantResultAsTheDataCannotTell() throws {
        for language in [Language.ja, .en] {
            for (tool, document, claims) in try documents(language) {
                let text = try reading(document, language).joined(separator: "\n")
                for claim in claims {
                    let expected = try XCTUnwrap(Self.notShown[claim])
                    XCTAssertTrue(text.contains(language == .ja ? expected.ja : expected.en), "\(tool) (\(language)):\n\(text)")
                }
                if claims.isEmpty { continue }
                XCTAssertTrue(text.contains(language == .ja ? "帰無仮説" : "null hypothesis"), "\(tool) (\(language)) names its hypotheses:\n\(text)")
            }
        }
    }

    func testTheSharedSentencesKeepTheirWording() {
        XCTAssertEqual(ReadingSentences.verdict(.difference, significant: false, level: "5%", .ja),
                       "5% 水準では有意ではなく、差があるとは言えません（データからは判断できません）")
        XCTAssertEqual(ReadingSentences.verdict(.difference, significant: false, level: "5%", .en),
                       "not significant at the 5% level, so the data do not show a difference (they cannot tell)")
        XCTAssertEqual(ReadingSentences.interval("平均の差", level: "95%", lower: "-3.1", upper: "12.4", nullValue: "0",
                                                 containsNull: true, largest: "12.4", .ja),
                       "平均の差 の 95% 信頼区間は -3.1〜12.4 で、0 を含むため、データからは判断できません。平均の差 の真の値は 0 かもしれず、最大で ±12.4 まであり得ます。これより小さな効果はこのデータでは見分けられません。")
    }

    func testIntervalsInTheDataUnitsSayHowLargeAnUnshownEffectCouldBe() throws {
        let ja = try documents(.ja).reduce(into: [String: String]()) { $0[$1.tool] = try reading($1.document, .ja).joined(separator: "\n") }
        // Pooled SE √(24.9 · 2/5) = 3.156, t(0.975; 8) = 2.306: -0.4 ± 7.28.
        XCTAssertTrue(try XCTUnwrap(ja["t (pooled)"]).contains("平均の差 (旧方式 − 新方式) の 95% 信頼区間は -7.68〜6.88 で、0 を含むため、データからは判断できません。平均の差 (旧方式 − 新方式) の真の値は 0 かもしれず、最大で ±7.68 まであり得ます。"))
        // F = 3.98 on (4, 4) df, F(0.95; 4, 4) = 6.388: the 90% interval (each tail α, as the one-tailed test) is 3.98/6.388 to 3.98·6.388.
        XCTAssertTrue(try XCTUnwrap(ja["F"]).contains("母分散の比 (旧方式 / 新方式) の 90% 信頼区間は 0.623〜25.4 で、1 を含むため、データからは判断できません。"))
        XCTAssertTrue(try XCTUnwrap(ja["anova"]).contains("最大で ±3.51 まであり得ます"))
        // Shares 2/4 and 2/4: 0 ± 1.96·√(0.25/4 + 0.25/4) = ±69.3 points.
        XCTAssertTrue(try XCTUnwrap(ja["crosstab"]).contains("差は 0.0 ポイントです。割合の差 (ポイント) の 95% 信頼区間は -69.3〜69.3 で、0 を含むため、データからは判断できません。割合の差 (ポイント) の真の値は 0 かもしれず、最大で ±69.3 まであり得ます。"), ja["crosstab"] ?? "")
        XCTAssertTrue(try XCTUnwrap(ja["correlation"]).contains("95% 信頼区間 -0.88〜0.71"))
        XCTAssertTrue(try XCTUnwrap(ja["regress"]).contains("u の係数 の 95% 信頼区間は -0.759〜0.530 で、0 を含むため"))
    }
}
