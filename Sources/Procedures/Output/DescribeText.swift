import Analysis
import Foundation
import Report

/// `describe` for the terminal: the ToolPak's rows, one column per variable, then what was left out.
package struct DescribeText {
    package let outcome: CommandOutcome<DescribeOutcome>
    package let language: Language

    package func render(writtenTo destination: URL?) -> String {
        let results = outcome.body.columns.map(\.statistics)
        var rows: [[String]] = Labels.Descriptive.allCases.filter { $0 != .title }.map { statistic in
            [statistic.text(language)] + results.map { TextNumber.format($0.value(of: statistic)) }
        }
        if let first = results.first {
            rows.append([Labels.largest(first.k, language)] + results.map { TextNumber.format($0.kthLargest) })
            rows.append([Labels.smallest(first.k, language)] + results.map { TextNumber.format($0.kthSmallest) })
            rows.append([Labels.confidenceLevel(first.confidenceLevel, language)]
                        + results.map { TextNumber.format($0.confidenceHalfWidth) })
        }
        let tests = outcome.body.columns.map(\.shapiroWilk)
        rows.append([Labels.Normality.shapiroWilkW.text(language)] + tests.map { TextNumber.format($0?.w) })
        rows.append([Labels.Normality.shapiroWilkP.text(language)] + tests.map { TextNumber.format($0?.pValue) })
        var lines = ["\(Labels.Descriptive.title.text(language)): \((outcome.file as NSString).lastPathComponent), "
                     + language.pick(ja: "シート \(outcome.sheet)", en: "sheet \(outcome.sheet)"), "",
                     TextTable(header: [""] + outcome.body.columns.map(\.column), rows: rows).render()]
        lines += ResultNotes.lines(selection: outcome.selection, writtenTo: destination, language: language)
        return lines.joined(separator: "\n")
    }
}
