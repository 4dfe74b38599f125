import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

extension XCTestCase {
    /// Writes `document`, recalculates it with LibreOffice (one conversion) and asserts that every
    /// formula comes back as the value we cached, and every error cell as a real error.
    ///
    /// - Returns: how many cells were compared, so callers can check nothing was overlooked.
    @discardableResult
    func assertFormulasRecalculate(_ document: ReportDocument, in folder: TemporaryFolder, fileName: String,
                                   file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let libreOffice = try LibreOfficeRecalculation.located()
        let output = folder.file(fileName)
        try ReportWriter().write(document, to: output)
        let recalculated = try libreOffice.recalculate(output, sheetNames: document.sheets.map(\.name))

        var compared = 0
        for sheet in document.sheets {
            let values = try XCTUnwrap(recalculated[sheet.name], file: file, line: line)
            for placed in try sheet.laidOutCells() {
                let text = values.text(row: placed.address.row, column: placed.address.column)
                let place = "\(sheet.name)!\(placed.address.a1())"
                switch placed.cell.content {
                case .formula(let formula, let cached) where RecalculatedValue.isPercentRank(formula):
                    RecalculatedValue.assertPercentRank(text, matches: cached, at: "\(place) \(formula)", file: file, line: line)
                case .formula(let formula, let cached):
                    RecalculatedValue.assert(text, matches: RecalculatedValue.libreOfficeResult(of: formula, cached: cached),
                                             at: "\(place) \(formula)", file: file, line: line)
                case .value(let value) where RecalculatedValue.isError(value.spreadsheetSafe):
                    // Errors and non-finite numbers are written as error-producing formulas; LibreOffice must see the error.
                    RecalculatedValue.assert(text, matches: value.spreadsheetSafe, at: place, file: file, line: line)
                default:
                    continue
                }
                compared += 1
            }
        }
        return compared
    }
}

/// Comparison of a LibreOffice result with the value we cached.
enum RecalculatedValue {
    static func isError(_ value: ReportValue) -> Bool {
        if case .error = value { return true }
        return false
    }

    /// What LibreOffice computes for a formula whose Excel result we cached. The one known divergence:
    /// for data where no value repeats, Excel's MODE.SNGL gives #N/A but LibreOffice 7.x gives #VALUE!.
    /// LibreOffice 7.x rounds PERCENTRANK.INC to 3 significant digits (1/19 → 0.0526) where Excel
    /// truncates to 3 decimals (0.052, toolpak.md §3.14); such cells agree to within 0.001 only.
    static func isPercentRank(_ formula: Formula) -> Bool {
        formula.text.hasPrefix("PERCENTRANK.INC(")
    }

    static func assertPercentRank(_ text: String?, matches cached: ReportValue, at place: String, file: StaticString, line: UInt) {
        guard case .number(let expected) = cached, let actual = text.flatMap(LibreOfficeRecalculation.number) else {
            return assert(text, matches: cached, at: place, file: file, line: line)
        }
        XCTAssertEqual(actual, expected, accuracy: 0.001 + 1e-12, "\(place): LibreOffice \(actual) vs cached \(expected)",
                       file: file, line: line)
    }

    static func libreOfficeResult(of formula: Formula, cached: ReportValue) -> ReportValue {
        if formula.text.hasPrefix("MODE.SNGL("), cached == .error(.notAvailable) { return .error(.value) }
        return cached
    }

    static func assert(_ text: String?, matches cached: ReportValue, at place: String, file: StaticString, line: UInt) {
        switch cached.spreadsheetSafe {
        case .number(let expected):
            guard let actual = text.flatMap(LibreOfficeRecalculation.number) else {
                return XCTFail("\(place): LibreOffice gave \(text ?? "nothing"), expected \(expected)", file: file, line: line)
            }
            XCTAssertTrue(agrees(actual, expected), "\(place): LibreOffice \(actual) vs cached \(expected)", file: file, line: line)
        case .text(let expected):
            XCTAssertEqual(text, expected, place, file: file, line: line)
        case .bool(let expected):
            XCTAssertEqual(text, expected ? "TRUE" : "FALSE", place, file: file, line: line)
        case .error(let expected):
            XCTAssertEqual(text, expected.literal, place, file: file, line: line)
        }
    }

    /// Relative agreement to 1e-9; figures that are mathematically zero (the skewness of symmetric
    /// data) may come back as rounding noise, so an absolute 1e-12 is accepted too.
    static func agrees(_ actual: Double, _ expected: Double) -> Bool {
        let difference = abs(actual - expected)
        return difference <= 1e-12 || difference <= 1e-9 * max(abs(actual), abs(expected))
    }
}
