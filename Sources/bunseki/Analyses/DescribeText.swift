import Analysis
import Foundation
import Report

/// `describe` for the terminal: the ToolPak's rows, one column per variable, then what was left out.
struct DescribeText {
    let outcome: DescribeOutcome
    let language: Language

    func render(writtenTo destination: URL?) -> String {
        let results = outcome.columns.map(\.statistics)
        var rows: [[String]] = Labels.Descriptive.allCases.filter { $0 != .title }.map { statistic in
            [statistic.text(language)] + results.map { TextNumber.format($0.value(of: statistic)) }
        }
        if let first = results.first {
            rows.append([Labels.largest(first.k, language)] + results.map { TextNumber.format($0.kthLargest) })
            rows.append([Labels.smallest(first.k, language)] + results.map { TextNumber.format($0.kthSmallest) })
            rows.append([Labels.confidenceLevel(first.confidenceLevel, language)]
                        + results.map { TextNumber.format($0.confidenceHalfWidth) })
        }
        var lines = ["\(Labels.Descriptive.title.text(language)): \((outcome.file as NSString).lastPathComponent), "
                     + language.pick(ja: "シート \(outcome.sheet)", en: "sheet \(outcome.sheet)"), "",
                     TextTable(header: [""] + outcome.columns.map(\.column), rows: rows).render()]
        if !outcome.ignoredCells.isEmpty {
            let cells = outcome.ignoredCells.prefix(10).map { "\($0.cell) \"\($0.text)\"" }.joined(separator: ", ")
            let more = outcome.ignoredCells.count > 10 ? " …" : ""
            lines.append("")
            lines.append(language.pick(ja: "数値でないため除外したセル (\(outcome.ignoredCells.count) 個): \(cells)\(more)",
                                       en: "Cells left out as not numbers (\(outcome.ignoredCells.count)): \(cells)\(more)"))
        }
        if !outcome.coercedCells.isEmpty {
            lines.append(language.pick(ja: "数値に変換したセル: \(outcome.coercedCells.joined(separator: ", "))",
                                       en: "Cells converted to numbers: \(outcome.coercedCells.joined(separator: ", "))"))
        }
        if let destination {
            lines.append("")
            lines.append(language.pick(ja: "結果のブック: \(destination.path)", en: "Result workbook: \(destination.path)"))
        }
        return lines.joined(separator: "\n")
    }
}
