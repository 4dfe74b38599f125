import Analysis
import Foundation
import Report
import XCTest
import TestSupport

/// The Correlation and Covariance sheets: the ToolPak's lower triangles, formulas LibreOffice recomputes
/// to our values (with a blank cell, so pairwise deletion is exercised), and a reading of each pair.
final class AssociationReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // toolpak.md §7.1 x and y, with x2 and one blank in x2 so the pairs use different rows.
    private let columns = [
        DataColumn(name: "x", values: ReferenceValues.x.map { $0 }),
        DataColumn(name: "y", values: ReferenceValues.y.map { $0 }),
        DataColumn(name: "x2", values: ReferenceValues.x2.enumerated().map { $0.offset == 3 ? nil : $0.element }),
    ]

    private func document(_ language: Language) throws -> (ReportDocument, CorrelationMatrix) {
        let matrix = try CorrelationMatrix.compute(columns.map { Variable(name: $0.name, values: $0.values) })
        return (AssociationWorkbook.document(language: language, tool: .correlation, sourceRows: Array(2...10),
                                             columns: columns, matrix: matrix), matrix)
    }

    func testMatricesRecalculateInLibreOffice() throws {
        let (document, _) = try document(.en)
        let compared = try assertFormulasRecalculate(document, in: folder, fileName: "association.xlsx")
        // Correlation: 3 r + 3 n + 3 p, Spearman's ρ of the one complete pair (x, y; x2 has a blank) and 3 Spearman
        // p-values; covariance: 6 population + 6 sample entries.
        XCTAssertEqual(compared, 9 + 1 + 3 + 12)
    }

    func testSheetsFollowTheToolPakAndTheReferenceValues() throws {
        let (document, matrix) = try document(.ja)
        XCTAssertEqual(document.sheets.map(\.name), ["データ", "相関", "共分散", "解釈"])
        var correlation: [String: ReportCell] = [:]
        for placed in try document.sheets[1].laidOutCells() { correlation[placed.address.a1()] = placed.cell }
        XCTAssertEqual(correlation["A1"]?.content, .value(.text("相関")))
        XCTAssertEqual(["B3", "C3", "D3"].map { correlation[$0]?.content }, ["x", "y", "x2"].map { .value(.text($0)) })
        XCTAssertEqual(correlation["B4"]?.content, .value(.number(1)))
        XCTAssertNil(correlation["C4"], "the upper triangle stays blank")
        // toolpak.md §7.1: r of y and x is the simple regression's Multiple R, 0.883333 = 53/60 by hand
        // (Σ(x−x̄)(y−ȳ) = 53, Σ(x−x̄)² = Σ(y−ȳ)² = 60).
        guard case .formula(let formula, .number(let r))? = correlation["B5"]?.content else { return XCTFail("B5 is not a formula") }
        XCTAssertEqual(formula.text, "CORREL('データ'!$C$2:$C$10,'データ'!$B$2:$B$10)")
        XCTAssertEqual(r, 53.0 / 60.0, accuracy: 1e-15)
        XCTAssertEqual(matrix.pair(2, 0)?.count, 8, "x2's blank leaves 8 pairs")
        // Spearman's ρ is Pearson's r of the midranks, a live array formula where both columns are complete; with
        // x2's blank RANK.AVG would rank over other rows than the 8 pairs, so that ρ stays our value.
        let spearmanOfYAndX = try XCTUnwrap(correlation.first { _, cell in
            if case .formula(let f, _) = cell.content { return f.isArray } else { return false }
        })
        guard case .formula(let rho, .number(let cachedRho)) = spearmanOfYAndX.value.content else { return XCTFail("ρ is no formula") }
        XCTAssertEqual(rho.text, "CORREL(RANK.AVG('データ'!$C$2:$C$10,'データ'!$C$2:$C$10),RANK.AVG('データ'!$B$2:$B$10,'データ'!$B$2:$B$10))")
        XCTAssertEqual(cachedRho, try XCTUnwrap(matrix.pair(1, 0)?.spearman))
        XCTAssertEqual(correlation.values.filter { if case .formula(let f, _) = $0.content { f.isArray } else { false } }.count, 1)
        let reading = try document.sheets[3].laidOutCells().compactMap { placed -> String? in
            if case .value(.text(let text)) = placed.cell.content { return text }
            return nil
        }
        XCTAssertTrue(reading.contains { $0.hasPrefix("y と x: r = 0.88、強い正の相関 (p = 0.002、n = 9、95% 信頼区間 0.53〜0.98、5% 水準で有意です)") }, "\(reading)")
        XCTAssertTrue(reading.contains("スピアマンの順位相関の P 値は SciPy の spearmanr と同じ t 分布による近似です。10 組未満では近似にすぎず、ρ の正確な検定とは異なることがあります。"),
                      "9 and 8 pairs are below 10")
    }

    func testTenPairsNeedNoSpearmanCaveat() throws {
        let ten = [DataColumn(name: "a", values: (1...10).map { Double($0) }),
                   DataColumn(name: "b", values: [2, 1, 4, 3, 6, 5, 8, 7, 10, 9])]
        let matrix = try CorrelationMatrix.compute(ten.map { Variable(name: $0.name, values: $0.values) })
        let document = AssociationWorkbook.document(language: .en, tool: .correlation, sourceRows: Array(2...11),
                                                    columns: ten, matrix: matrix)
        let reading = try XCTUnwrap(document.sheets.last).laidOutCells().compactMap { placed -> String? in
            if case .value(.text(let text)) = placed.cell.content { return text }
            return nil
        }
        XCTAssertTrue(reading.contains { $0.hasPrefix("b and a: r = 0.94") }, "\(reading)")
        XCTAssertFalse(reading.contains(Labels.Notes.spearmanPValueApproximate.text(.en)))
    }
}

extension AssociationReportTests {
    func testScatterChartPerPairReadsTheDataSheetColumnsWithATrendline() throws {
        let (document, _) = try document(.ja)
        let sheet = document.sheets[1]
        XCTAssertEqual(sheet.charts.count, 3)
        XCTAssertEqual(Set(sheet.charts.map(\.kind)), [.scatter])
        XCTAssertEqual(sheet.charts.map(\.series.count), [1, 1, 1])
        let series = sheet.charts.map { $0.series[0] }
        XCTAssertEqual(series.map { $0.categories?.reference() }, ["'データ'!$B$2:$B$10", "'データ'!$B$2:$B$10", "'データ'!$C$2:$C$10"])
        XCTAssertEqual(series.map { $0.values.reference() }, ["'データ'!$C$2:$C$10", "'データ'!$D$2:$D$10", "'データ'!$D$2:$D$10"])
        XCTAssertEqual(series.map(\.showsLinearTrendline), [true, true, true])
        XCTAssertEqual(sheet.charts.map(\.xAxisTitle), ["x", "x", "y"])
        XCTAssertEqual(sheet.charts.map(\.yAxisTitle), ["y", "x2", "x2"])
        let data = try document.sheets[0].valuesByAddress()
        XCTAssertEqual(["B1", "C1", "D1"].map { data[$0] }, ["x", "y", "x2"].map { .text($0) })
        XCTAssertEqual(data["B2"], .number(ReferenceValues.x[0]))
        XCTAssertEqual(data["D10"], .number(ReferenceValues.x2[8]))
        XCTAssertNil(data["B11"], "the ranges end at the last data row")
        try sheet.assertChartsCoverNothing()
    }

    func testFiveVariablesGetNoScatterCharts() throws {
        let five = (1...5).map { k in DataColumn(name: "v\(k)", values: ReferenceValues.x.map { $0 * Double(k) + Double(k * k) }) }
        let matrix = try CorrelationMatrix.compute(five.map { Variable(name: $0.name, values: $0.values) })
        let document = AssociationWorkbook.document(language: .en, tool: .correlation, sourceRows: Array(2...10),
                                                    columns: five, matrix: matrix)
        XCTAssertEqual(document.sheets[1].charts, [])
    }
}
