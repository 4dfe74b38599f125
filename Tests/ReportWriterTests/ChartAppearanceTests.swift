import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
@testable import XLSXReader
import TestSupport

/// What a participant sees of the regression charts in the written workbook: one colour per series, tick labels at
/// the low end of the axes, trendline labels to four significant digits.
final class ChartAppearanceTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private let x = DataColumn(name: "処理件数", values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    private let y = DataColumn(name: "残業時間", values: [3.1, 4.9, 6.2, 6.8, 7.9, 7.7, 8.4, 8.1, 8.6, 7.9, 7.2, 6.8])

    /// The written regression workbook's chart parts, in the order of the sheet's charts.
    private func chartParts() throws -> (charts: [ChartSpec], xml: [String]) {
        let result = try LinearRegression.fit(response: Variable(name: y.name, values: y.values),
                                              predictors: [Variable(name: x.name, values: x.values)])
        let document = try RegressionWorkbook.document(language: .ja, sourceRows: Array(2...13), response: y,
                                                       predictors: [x], result: result)
        let output = folder.file("regress.xlsx")
        try ReportWriter().write(document, to: output)
        let archive = try ZipArchive(path: output.path, limits: ReadLimits())
        let charts = document.sheets[1].charts
        let xml = try (1...charts.count).map { String(decoding: try archive.readAll("xl/charts/chart\($0).xml"), as: UTF8.self) }
        return (charts, xml)
    }

    /// The `srgbClr` values of a chart part, in order of appearance.
    private func colours(in xml: String) -> [String] {
        xml.components(separatedBy: #"<a:srgbClr val=""#).dropFirst().map { String($0.prefix(6)) }
    }

    func testLineFitPlotDrawsActualAndPredictedInTwoColours() throws {
        let (charts, xml) = try chartParts()
        let index = try XCTUnwrap(charts.firstIndex { $0.series.count == 2 }, "the line-fit plot")
        XCTAssertNotEqual(charts[index].colour(ofSeries: 0), charts[index].colour(ofSeries: 1))
        let written = Set(colours(in: xml[index]))
        XCTAssertTrue(written.contains("4472C4") && written.contains("ED7D31"), "\(written)")
    }

    func testTickLabelsSitAtTheLowEndNotOnTheZeroLine() throws {
        let (charts, xml) = try chartParts()
        let residual = try XCTUnwrap(charts.firstIndex { $0.title.contains("残差") }, "\(charts.map(\.title))")
        XCTAssertEqual(xml[residual].components(separatedBy: #"<c:tickLblPos val="low"/>"#).count - 1, 2, xml[residual])
    }

    func testTrendlineIsLabelledWithItsEquationToFourSignificantDigits() throws {
        let (charts, xml) = try chartParts()
        let scatter = try XCTUnwrap(charts.firstIndex { $0.series.first?.showsLinearTrendline == true })
        let label = try XCTUnwrap(charts[scatter].series[0].trendlineLabel)
        XCTAssertTrue(xml[scatter].contains("<c:trendline><c:name>\(label)</c:name>"), xml[scatter])
        XCTAssertFalse(xml[scatter].contains("<c:dispEq"), "the spreadsheet's own label has no number format")
        XCTAssertTrue(charts[scatter].showsLegend, "the equation is read in the legend")

        // Least squares by the textbook formulas (b = Sxy/Sxx, a = ȳ − b x̄, R² = Sxy²/(Sxx Syy)), rounded to 4 digits.
        let xs = x.values.compactMap { $0 }, ys = y.values.compactMap { $0 }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = ys.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        let slope = sxy / sxx, intercept = my - slope * mx, r2 = sxy * sxy / (sxx * syy)
        let figures = label.replacingOccurrences(of: "R²", with: "R").components(separatedBy: CharacterSet(charactersIn: "y=x+-() R"))
            .filter { !$0.isEmpty }
        XCTAssertEqual(figures.count, 3, label)
        for (text, reference) in zip(figures, [slope, intercept, r2]) {
            let digits = text.filter(\.isNumber).drop { $0 == "0" }
            XCTAssertEqual(digits.count, 4, "\(text) in \(label)")
            let value = try XCTUnwrap(Double(text.replacingOccurrences(of: ",", with: "")), label)
            XCTAssertEqual(value, reference, accuracy: abs(reference) * 5e-4, label)
        }
        XCTAssertTrue(label.hasPrefix("y = "), label)
    }

    func testPolynomialLabelWritesPowersHighestFirst() {
        // y = 2x² − 3x + 1 exactly: the least-squares curve is the polynomial itself, R² = 1.
        let xs: [Double] = [0, 1, 2, 3, 4, 5]
        let label = TrendlineLabel.text(x: xs, y: xs.map { 2 * $0 * $0 - 3 * $0 + 1 }, order: 2)
        XCTAssertEqual(label, "y = 2.000x² - 3.000x + 1.000 (R² = 1.000)")
        let origin = TrendlineLabel.fit(x: [1000, 2000, 3000], y: [1, 2, 3], order: 1, throughOrigin: true)
        XCTAssertEqual(origin?.coefficients[0], 0)
        XCTAssertEqual(origin?.coefficients[1] ?? 0, 0.001, accuracy: 1e-15)
    }
}
