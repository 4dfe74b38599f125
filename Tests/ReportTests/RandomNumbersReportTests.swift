import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The random numbers' Reading sheet (what was drawn, the seed and generator) and the Moments sheet (the
/// numbers' mean and SD beside the distribution's, as formulas LibreOffice recomputes to our figures).
final class RandomNumbersReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    /// The cells of the named sheet, checking the workbook's sheets: numbers, Moments (unless patterned), Reading.
    private func cells(_ document: ReportDocument, sheet: String, _ language: Language, moments: Bool = true) throws
        -> [String: ReportCell.Content] {
        let names = [Labels.Sampling.randomTitle.text(language)] + (moments ? [Labels.RandomMoments.sheet.text(language)] : [])
            + [Labels.Common.readingSheet.text(language)]
        XCTAssertEqual(document.sheets.map(\.name), names)
        let chosen = try XCTUnwrap(document.sheets.first { $0.name == sheet })
        return Dictionary(try chosen.laidOutCells().map { ($0.address.a1(), $0.cell.content) }, uniquingKeysWith: { $1 })
    }

    private func reading(_ document: ReportDocument, _ language: Language = .en, moments: Bool = true) throws
        -> [String: ReportCell.Content] {
        try cells(document, sheet: Labels.Common.readingSheet.text(language), language, moments: moments)
    }

    private func moments(_ document: ReportDocument, _ language: Language = .en) throws -> [String: ReportCell.Content] {
        try cells(document, sheet: Labels.RandomMoments.sheet.text(language), language)
    }

    private func texts(_ cells: [String: ReportCell.Content]) -> [String] {
        cells.values.compactMap { if case .value(.text(let text)) = $0 { text } else { nil } }
    }

    /// The numbers are a run, made row by row when written (`RowRun`): the header and one row per draw.
    func testTheNumbersAreMadeAsTheyAreWritten() throws {
        let document = RandomNumbersWorkbook.document(language: .en, distribution: .binomial(trials: 4, probability: 0.5),
                                                      seed: 7, variables: [[0, 1, 2], [3, 4, 2]])
        let runs = document.sheets[0].blocks.compactMap { block -> RowRun? in
            if case .rows(let run) = block.content { return run } else { return nil }
        }
        XCTAssertEqual(runs.map(\.rowCount), [4])
        XCTAssertEqual(runs.first?.cells(ofRow: 3).count, 2, "the last draw of both variables")
    }

    func testReadingNamesDistributionSeedAndMomentsInBothLanguages() throws {
        // Mean 2 and SD √2.5 (n − 1) of 0, 1, 2, 3, 4 by hand; binomial(4, 0.5): mean 2, SD 1.
        let distribution = RandomDistribution.binomial(trials: 4, probability: 0.5)
        let en = try reading(RandomNumbersWorkbook.document(language: .en, distribution: distribution, seed: 7,
                                                            variables: [[0, 1, 2], [3, 4, 2]]))
        XCTAssertEqual(en["A3"], .value(.text("3 rows × 2 columns of numbers from binomial(trials 4, p 0.5).")))
        XCTAssertTrue(texts(en).contains { $0.hasPrefix("Seed 7, generator xoshiro256** seeded through SplitMix64") })
        XCTAssertTrue(texts(en).contains("The 6 numbers have mean 2.000 and standard deviation 1.414 (STDEV.S); the distribution's are 2.000 and 1.000. They differ by chance, less the more numbers are drawn (the Moments sheet computes both)."),
                      texts(en).joined(separator: "\n"))
        XCTAssertTrue(texts(en).contains { $0.contains("--seed 7") && $0.contains("RAND") })

        let japanese = RandomNumbersWorkbook.document(language: .ja, distribution: distribution, seed: 7,
                                                      variables: [[0, 1, 2], [3, 4, 2]])
        let ja = try reading(japanese, .ja)
        XCTAssertEqual(ja["A3"], .value(.text("二項分布 (試行回数 4、確率 p 0.5) の数を 3 行 × 2 列 作りました。")))
        XCTAssertTrue(texts(ja).contains { $0.hasPrefix("シード 7、生成器は xoshiro256**") })
        XCTAssertTrue(texts(ja).contains { $0.hasPrefix("6 個の数の平均は 2.000、標準偏差は 1.414 (STDEV.S) で、分布の理論値は平均 2.000、標準偏差 1.000 です。")
            && $0.hasSuffix("(「理論値との比較」シートで両方を計算しています)。") })
        let jaMoments = try moments(japanese, .ja)
        XCTAssertTrue(jaMoments.values.contains(.value(.text("試行回数"))))
        XCTAssertTrue(jaMoments.values.contains { if case .formula(let formula, _) = $0 { formula.text.hasPrefix("STDEV.S('乱数発生'!$A$5:$B$7)") } else { false } })
    }

    func testPatternedRunHasNoSeedAndNoMomentTable() throws {
        let cells = try reading(RandomNumbersWorkbook.document(language: .en, distribution: .patterned(from: 1, to: 3, step: 1, each: 1,
                                                                                                      sequence: 1),
                                                               seed: nil, variables: [[1, 2, 3]]), moments: false)
        XCTAssertTrue(texts(cells).contains { $0.contains("there is no seed") })
        XCTAssertFalse(cells.values.contains { if case .formula = $0 { true } else { false } })
    }

    func testMomentTablesSitBesideTheirLabelsOnTheirOwnSheet() throws {
        // Binomial(10, 0.3): mean np = 3, SD √(np(1−p)) = √2.1; the parameters sit one row each under their header.
        let document = RandomNumbersWorkbook.document(language: .en, distribution: .binomial(trials: 10, probability: 0.3),
                                                      seed: 1, variables: [[2, 3, 4]])
        let cells = try moments(document)
        XCTAssertEqual(cells["A4"], .value(.text("Number of trials")))
        XCTAssertEqual(cells["B4"], .value(.number(10)))
        XCTAssertEqual(cells["A5"], .value(.text("Probability p")))
        XCTAssertEqual(cells["B5"], .value(.number(0.3)))
        XCTAssertEqual(cells["A8"], .value(.text("Mean")))
        XCTAssertEqual(cells["C8"], .formula(Formula("$B$4*$B$5"), cached: .number(3)))
        XCTAssertEqual(cells["A9"], .value(.text("Standard deviation")))
        guard case .formula(let sd, .number(let cached))? = cells["C9"] else { return XCTFail("C9 holds no formula") }
        XCTAssertEqual(sd.text, "SQRT($B$4*$B$5*(1-$B$5))")
        XCTAssertEqual(cached, 2.1.squareRoot(), accuracy: 1e-15)
        // The label column is sized by its labels, not the Reading sheet's wide sentence column.
        let sheet = try XCTUnwrap(document.sheets.first { $0.name == "Moments" })
        let widths = ColumnWidths.estimate(for: try sheet.laidOutCells(), hints: sheet.options.minimumColumnWidths)
        XCTAssertLessThan(try XCTUnwrap(widths[0]), 30)
    }

    /// Each distribution is named in Japanese with no English word in it (p and λ are the symbols).
    func testDistributionsAreNamedInJapanese() {
        let distributions: [RandomDistribution] = [
            .uniform(lower: 2, upper: 8), .normal(mean: -1, sd: 3), .bernoulli(probability: 0.2),
            .binomial(trials: 10, probability: 0.3), .poisson(mean: 2.25), .discrete(values: [1, 5], weights: [1, 2]),
            .patterned(from: 1, to: 2, step: 0.5, each: 2, sequence: 3),
        ]
        for distribution in distributions {
            let text = Labels.distribution(distribution, .ja)
            let latin = text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
            XCTAssertTrue(latin.allSatisfy { $0 == "p" }, text)
            XCTAssertEqual(Labels.distribution(distribution, .en), distribution.description)
        }
        XCTAssertEqual(Labels.distribution(.normal(mean: -1, sd: 3), .ja), "正規分布 (平均 -1、標準偏差 3)")
    }

    func testMomentFormulasRecalculateInLibreOffice() throws {
        let distributions: [RandomDistribution] = [
            .uniform(lower: 2, upper: 8), .normal(mean: -1, sd: 3), .bernoulli(probability: 0.2),
            .binomial(trials: 10, probability: 0.3), .poisson(mean: 2.25), .discrete(values: [1, 5, 9], weights: [1, 2, 1]),
        ]
        var compared = 0
        for (index, distribution) in distributions.enumerated() {
            var generator = Xoshiro256StarStar(seed: UInt64(index))
            let numbers = try distribution.draw(count: 20, using: &generator)
            let document = RandomNumbersWorkbook.document(language: .ja, distribution: distribution, seed: UInt64(index),
                                                          variables: [numbers])
            compared += try assertFormulasRecalculate(document, in: folder, fileName: "random-\(index).xlsx")
        }
        XCTAssertEqual(compared, 6 * 4, "sample and theoretical mean and SD of every distribution")
    }
}
