import Analysis
import Foundation
import Report

/// `describe` for the terminal: the ToolPak's rows, one column per variable, the reading, then what was left out.
package struct DescribeText {
    package let outcome: CommandOutcome<DescribeOutcome>
    package let language: Language
    /// Per column, whether it holds dates: its date-valued figures (`DescriptiveLayout.dateValued`) print as dates.
    package var dates: [Bool] = []
    /// The Reading sheet's sentences, printed after the table as every other tool prints its reading.
    package let reading: ReportSheet

    package func render(writtenTo destination: URL?) -> String {
        let results = outcome.body.columns.map(\.statistics)
        // A date column's mean or minimum as 2011-09-12, not the serial 40798.71667.
        let shown = { (column: Int, statistic: Labels.Descriptive, value: Double?) -> String in
            guard column < dates.count, dates[column], DescriptiveLayout.dateValued.contains(statistic), let value else {
                return TextNumber.format(value)
            }
            return NumberFormat.date.approximateDisplay(of: value)
        }
        var rows: [[String]] = Labels.Descriptive.allCases.filter { $0 != .title }.map { statistic in
            [statistic.text(language)] + results.enumerated().map { shown($0, statistic, $1.value(of: statistic)) }
        }
        if let first = results.first {
            rows.append([Labels.largest(first.k, language)] + results.enumerated().map { shown($0, .maximum, $1.kthLargest) })
            rows.append([Labels.smallest(first.k, language)] + results.enumerated().map { shown($0, .minimum, $1.kthSmallest) })
            rows.append([Labels.confidenceLevel(first.confidenceLevel, language)]
                        + results.map { TextNumber.format($0.confidenceHalfWidth) })
        }
        let tests = outcome.body.columns.map(\.shapiroWilk)
        rows.append([Labels.Normality.shapiroWilkW.text(language)] + tests.map { TextNumber.format($0?.w) })
        rows.append([Labels.Normality.shapiroWilkP.text(language)] + tests.map { TextNumber.format($0?.pValue) })
        var lines = ["\(Labels.Descriptive.title.text(language)): \((outcome.file as NSString).lastPathComponent), "
                     + language.pick(ja: "シート \(outcome.sheet)", en: "sheet \(outcome.sheet)"), "",
                     TextTable(header: [""] + outcome.body.columns.map(\.column), rows: rows).render()]
        lines += ReportText.lines(of: reading)
        lines += ResultNotes.lines(selection: outcome.selection, writtenTo: destination, language: language)
        return lines.joined(separator: "\n")
    }
}
