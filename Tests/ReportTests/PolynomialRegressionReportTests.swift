import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
@testable import XLSXReader
import TestSupport

/// `regress --degree K`: one raw x column on the data sheet, terms named x^2 …, formulas over `x^{1,2,…,K}`,
/// a polynomial trendline up to order 6, a reading of the curve; LibreOffice recalculates it all.
final class PolynomialRegressionReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let x = DataColumn(name: "処理件数", values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    private let y = DataColumn(name: "残業時間", values: [3.1, 4.9, 6.2, 6.8, 7.9, 7.7, 8.4, 8.1, 8.6, 7.9, 7.2, 6.8])

    private func document(degree: Int, intercept: Bool, language: Language = .ja) throws -> (ReportDocument, RegressionResult) {
        let result = try LinearRegression.polynomial(response: Variable(name: y.name, values: y.values),
                                                     x: Variable(name: x.name, values: x.values), degree: degree,
                                                     intercept: intercept, confidenceLevels: [0.95, 0.99])
        let document = try RegressionWorkbook.document(language: language, sourceRows: Array(2...13), response: y,
                                                       predictors: [x], result: result, confidenceLevel: 0.99,
                                                       polynomialDegree: degree)
        return (document, result)
    }

    private func part(_ name: String, of file: URL) throws -> String {
        let archive = try ZipArchive(path: file.path, limits: ReadLimits())
        return String(decoding: try archive.readAll(name), as: UTF8.self)
    }

    func testPolynomialFitsRecalculateInLibreOffice() throws {
        let (cubic, _) = try document(degree: 3, intercept: true)
        let (origin, _) = try document(degree: 2, intercept: false)
        var sheets = cubic.sheets
        var originRegression = origin.sheets[1]
        originRegression.name = "回帰分析 (定数 0)"
        sheets.append(originRegression)
        let compared = try assertFormulasRecalculate(ReportDocument(sheets: sheets), in: folder, fileName: "polynomial.xlsx")
        let n = 12
        // Per model the LINEST array formula (+ 1) that every other figure reads.
        let perModel = { (coefficients: Int) in 5 + 9 + 8 * coefficients + 5 * n + 1 }
        XCTAssertEqual(compared, perModel(4) + perModel(2) + 7)
    }

    func testTermsAreNamedAfterTheColumnAndFormulasRaiseItToArrayPowers() throws {
        let (document, result) = try document(degree: 3, intercept: true)
        XCTAssertEqual(document.sheets[0].laidOutCellsOrEmpty.filter { $0.address.row == 0 }.count, 3, "row number, y, x only")
        let cells = try document.sheets[1].laidOutCells()
        let texts = cells.compactMap { cell -> String? in if case .value(.text(let t)) = cell.cell.content { t } else { nil } }
        XCTAssertTrue(texts.contains("処理件数^2") && texts.contains("処理件数^3"), "\(texts)")
        XCTAssertEqual(result.coefficients.map(\.name), ["Intercept", "処理件数", "処理件数^2", "処理件数^3"])
        let formulas = cells.compactMap { cell -> String? in if case .formula(let f, _) = cell.cell.content { f.text } else { nil } }
        // One LINEST block (AF4:AI8) that every figure reads.
        XCTAssertEqual(formulas.filter { $0.contains("LINEST(") }, ["LINEST('データ'!$B$2:$B$13,'データ'!$C$2:$C$13^{1,2,3},TRUE,TRUE)"])
        // Predicted values read the coefficient cells (intercept B17, slopes B18:B20) instead of refitting per row.
        XCTAssertTrue(formulas.contains("$B$17+MMULT('データ'!$C$2^{1,2,3},$B$18:$B$20)"),
                      "\(formulas.filter { $0.contains("MMULT") }.prefix(2))")
        XCTAssertTrue(formulas.contains("F.DIST.RT($AF$7,3,$AG$7)"), "\(formulas.filter { $0.contains("F.DIST") })")
    }

    func testScatterChartCarriesAPolynomialTrendlineUpToOrderSix() throws {
        let (cubic, _) = try document(degree: 3, intercept: true)
        let charts = cubic.sheets[1].charts
        XCTAssertEqual(charts.count, 4, "scatter, residual plot, line-fit plot, normal probability plot: once, against x")
        XCTAssertEqual(charts[0].series[0].polynomialTrendlineOrder, 3)
        XCTAssertFalse(charts[0].series[0].showsLinearTrendline)
        let output = folder.file("cubic.xlsx")
        try ReportWriter().write(cubic, to: output)
        let xml = try part("xl/charts/chart1.xml", of: output)
        XCTAssertTrue(xml.contains(#"<c:trendlineType val="poly"/><c:order val="3"/>"#), xml)
        XCTAssertFalse(xml.contains("<c:intercept"), "with an intercept the trendline's is free")

        let (origin, _) = try document(degree: 2, intercept: false)
        XCTAssertTrue(origin.sheets[1].charts[0].series[0].trendlineThroughOrigin)
        let originFile = folder.file("origin.xlsx")
        try ReportWriter().write(origin, to: originFile)
        XCTAssertTrue(try part("xl/charts/chart1.xml", of: originFile).contains(#"<c:intercept val="0"/>"#),
                      "without an intercept the curve goes through the origin, as the model does")

        let (high, _) = try document(degree: 7, intercept: true, language: .en)
        XCTAssertNil(high.sheets[1].charts[0].series[0].polynomialTrendlineOrder)
        XCTAssertFalse(high.sheets[1].charts[0].series[0].showsLinearTrendline)
        let reading = try high.sheets[2].laidOutCells().compactMap { cell -> String? in
            if case .value(.text(let t)) = cell.cell.content { t } else { nil }
        }
        XCTAssertTrue(reading.contains { $0.contains("up to order 6") }, "\(reading)")
    }

    func testReadingDescribesTheCurveAndItsHighestTermNotSlopes() throws {
        let (document, _) = try document(degree: 2, intercept: true)
        let sentences = try document.sheets[2].laidOutCells().compactMap { cell -> String? in
            if case .value(.text(let t)) = cell.cell.content { t } else { nil }
        }
        XCTAssertTrue(sentences.contains { $0.hasPrefix("残業時間 を 処理件数 の 2 次式 (処理件数、処理件数^2) で表しました。") }, "\(sentences)")
        XCTAssertTrue(sentences.contains { $0.hasPrefix("最高次の項 処理件数^2 は 5% 水準で有意です") }, "\(sentences)")
        XCTAssertFalse(sentences.contains { $0.contains("が 1 大きいと") }, "\(sentences)")
        XCTAssertFalse(sentences.contains { $0.contains(" の VIF が ") }, "the powers' VIFs are replaced by one sentence")
        XCTAssertTrue(sentences.contains { $0.hasPrefix("処理件数 の累乗の項どうし") }, "\(sentences)")
    }
}

private extension ReportSheet {
    var laidOutCellsOrEmpty: [PositionedCell] { (try? laidOutCells()) ?? [] }
}
