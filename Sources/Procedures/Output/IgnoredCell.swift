import Report
import Foundation
import Tabular

/// A cell of an analysed column that was not a number and so counted as missing.
package struct IgnoredCell: Encodable {
    package let cell: String
    package let text: String

    package init(_ issue: CellIssue) {
        cell = issue.address.a1
        text = issue.text
    }
}

extension NumericSelection? {
    /// The cells the selection left out, as the JSON and the text list them (none without a selection).
    package var ignoredCellsListed: [IgnoredCell] { self?.ignoredCells.map(IgnoredCell.init) ?? [] }
    /// The addresses of the cells it converted to numbers.
    package var coercedCellsListed: [String] { self?.coercedCells.map(\.address.a1) ?? [] }
}

/// `--columns A,B,C` / `--x A,B`: names separated by commas (also the Japanese 、 and full-width ，).
package enum ColumnList {
    package static func split(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// The lines every analysis prints after its figures: cells left out, cells converted, where the workbook is.
package enum ResultNotes {
    package static func lines(selection: NumericSelection?, writtenTo destination: URL?, language: Language) -> [String] {
        let (ignored, coerced) = (selection.ignoredCellsListed, selection.coercedCellsListed)
        var lines: [String] = []
        let layoutLines = LayoutText.analysisNote(selection?.layout, language)
        if !layoutLines.isEmpty { lines += [""] + layoutLines }
        if !ignored.isEmpty {
            let cells = ignored.prefix(10).map { "\($0.cell) \"\($0.text)\"" }.joined(separator: ", ")
            let more = ignored.count > 10 ? " …" : ""
            lines += ["", language.pick(ja: "数値でないため除外したセル (\(ignored.count) 個): \(cells)\(more)",
                                        en: "Cells left out as not numbers (\(ignored.count)): \(cells)\(more)")]
        }
        if !coerced.isEmpty {
            let cells = coerced.joined(separator: ", ")
            lines.append(language.pick(ja: "数値に変換したセル: \(cells)", en: "Cells converted to numbers: \(cells)"))
        }
        if let destination {
            lines += ["", language.pick(ja: "結果のブック: \(destination.relativePath)", en: "Result workbook: \(destination.relativePath)")]
        }
        return lines
    }
}
