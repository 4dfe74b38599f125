import Analysis
import Foundation
import Report
import ReportWriter
import XCTest
@testable import XLSXReader
import TestSupport

/// The overview workbook of `bunseki report`: frequency tables whose `COUNTIF`s count labels exactly (no
/// wildcards, no comparisons) as LibreOffice recomputes them, rare levels pooled, and correlations shaded.
final class OverviewReportTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private static let rows = 30
    private let numbers: [DataColumn] = {
        let x = (1...rows).map(Double.init)
        return [
            DataColumn(name: "x", values: x),
            DataColumn(name: "y", values: x.map { 2 * $0 + Double(Int($0) % 3) }),
            DataColumn(name: "z", values: x.map { $0 == 4 ? nil : -$0 + Double(Int($0) % 4) * 5 }),
        ]
    }()
    // Labels a naive COUNTIF would misread: wildcards (a* would also match ab, a?b would match axb), a
    // comparison (<5), a leading = and a quote.
    private static let tricky = ["a*", "ab", "a?b", "axb", "<5", "=x", "q\"t", "a*"]
    private let categories = [
        CategoryDataSheet.Column(name: "区分", labels: (0..<rows).map { $0 % 10 < tricky.count ? tricky[$0 % 10] : nil }),
        // 25 distinct identifiers, the first five twice: 20 listed, the last five pooled.
        CategoryDataSheet.Column(name: "ID", labels: (0..<rows).map { "id\($0 < 25 ? $0 + 1 : $0 - 24)" }),
    ]

    private func document(_ language: Language) throws -> ReportDocument {
        let variables = numbers.map { Variable(name: $0.name, values: $0.values) }
        let missing = numbers.map { column in
            OverviewMissingLayout.Column(name: column.name, filled: column.values.compactMap { $0 }.count,
                                         empty: column.values.filter { $0 == nil }.count, misfits: [])
        }
        return OverviewWorkbook.document(language: language, sourceRows: Array(2...(Self.rows + 1)), numbers: numbers,
                                         statistics: try variables.map { try DescriptiveStatistics.compute($0) },
                                         categories: categories, matrix: try CorrelationMatrix.compute(variables),
                                         columns: missing)
    }

    private func cells(_ sheet: ReportSheet) throws -> [String: ReportCell] {
        var cells: [String: ReportCell] = [:]
        for placed in try sheet.laidOutCells() { cells[placed.address.a1()] = placed.cell }
        return cells
    }

    func testFormulasRecalculateInLibreOffice() throws {
        let compared = try assertFormulasRecalculate(try document(.en), in: folder, fileName: "overview.xlsx")
        // Frequencies alone: 区分 has 7 levels + total, ID 20 levels + pooled + total, two formulas each.
        XCTAssertGreaterThan(compared, 2 * (8 + 22))
    }

    func testFrequencyTablesCountEachLabelExactlyAndPoolRareOnes() throws {
        let document = try document(.ja)
        XCTAssertEqual(document.sheets.map(\.name), ["データ", "基本統計量", "度数", "相関", "欠測", "解釈"])
        let frequencies = try cells(document.sheets[2])
        // 区分: each block of ten rows holds the eight labels once (a* twice), so three blocks give a* 6, the rest 3.
        XCTAssertEqual(frequencies["A4"]?.content, .value(.text("a*")))
        XCTAssertEqual(frequencies["B4"]?.content, .formula(Formula("COUNTIF('データ'!$E$2:$E$31,\"=a~*\")"), cached: .number(6)))
        XCTAssertEqual(frequencies["A10"]?.content, .value(.text("q\"t")))
        XCTAssertEqual(frequencies["B10"]?.content, .formula(Formula("COUNTIF('データ'!$E$2:$E$31,\"=q\"\"t\")"), cached: .number(3)))
        XCTAssertEqual(frequencies["A11"]?.content, .value(.text("合計")))
        XCTAssertEqual(frequencies["B11"]?.content, .formula(Formula("COUNTA('データ'!$E$2:$E$31)"), cached: .number(24)))
        // ID: id1…id5 twice, then id6…id20 once; id21…id25 pooled.
        XCTAssertEqual(frequencies["E4"]?.content, .value(.text("id1")))
        XCTAssertEqual(frequencies["F4"]?.content.cachedNumber, 2)
        XCTAssertEqual(frequencies["E23"]?.content, .value(.text("id20")))
        XCTAssertEqual(frequencies["E24"]?.content, .value(.text("(その他の値)")))
        XCTAssertEqual(frequencies["F24"]?.content.cachedNumber, 5)
        XCTAssertEqual(frequencies["G24"]?.content.cachedNumber, 5.0 / 30)
    }

    func testStrongCorrelationsAreShadedInTheWorkbook() throws {
        let document = try document(.en)
        let correlation = try cells(try XCTUnwrap(document.sheets.first { $0.name == "Correlation" }))
        XCTAssertEqual(correlation["B5"]?.style.fill, 0x5B9BD5, "x and y: strong positive")
        XCTAssertEqual(correlation["B6"]?.style.fill, 0xED7D31, "x and z: strong negative")
        XCTAssertNil(correlation["B4"]?.style.fill, "the diagonal is not shaded")
        XCTAssertNil(correlation["B11"]?.style.fill, "only the matrix of r is shaded")

        let output = folder.file("shaded.xlsx")
        try ReportWriter().write(document, to: output)
        let archive = try ZipArchive(path: output.path, limits: ReadLimits())
        let styles = String(decoding: try archive.readAll("xl/styles.xml"), as: UTF8.self)
        XCTAssertTrue(styles.contains("FF5B9BD5") && styles.contains("FFED7D31"), "the fills reach the file")
    }
}

private extension ReportCell.Content {
    var cachedNumber: Double? {
        if case .formula(_, cached: .number(let value)) = self { return value }
        return nil
    }
}
