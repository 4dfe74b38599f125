import Analysis
import Foundation
import Report

/// `regress` for the terminal: the ToolPak's summary blocks (statistics, ANOVA, coefficients), then
/// what was left out and where the workbook is.
package struct RegressText {
    package let outcome: CommandOutcome<RegressOutcome>
    package let language: Language

    private typealias L = Labels.Regression

    package func render(writtenTo destination: URL?) -> String {
        let fit = outcome.body.regression
        let statistics = TextTable(header: [L.regressionStatistics.text(language), ""], rows: [
            [L.multipleR.text(language), TextNumber.format(fit.multipleR)],
            [L.rSquare.text(language), TextNumber.format(fit.rSquared)],
            [L.adjustedRSquare.text(language), TextNumber.format(fit.adjustedRSquared)],
            [L.standardError.text(language), TextNumber.format(fit.standardError)],
            [L.observations.text(language), String(fit.observations)],
        ])
        let anovaRows: [(L, AnovaRow)] = [(.regression, fit.anova.regression), (.residual, fit.anova.residual), (.total, fit.anova.total)]
        let anova = TextTable(
            header: [L.anova.text(language)] + [L.df, L.ss, L.ms, L.f, L.significanceF].map { $0.text(language) },
            rows: anovaRows.map { label, row in
                [label.text(language), String(row.degreesOfFreedom), TextNumber.format(row.sumOfSquares),
                 TextNumber.format(row.meanSquare), TextNumber.format(row.f), TextNumber.format(row.significanceF)]
            })
        var lines = ["\(L.title.text(language)): \((outcome.file as NSString).lastPathComponent), "
                     + language.pick(ja: "シート \(outcome.sheet)", en: "sheet \(outcome.sheet)"), "",
                     statistics.render(), "", anova.render(), "", coefficientTable(fit).render()]
        // An indicator's coefficient means nothing without the level it is measured from.
        for category in outcome.body.categories {
            lines.append(language.pick(
                ja: "\(category.variable) の基準: \(category.reference) (\(category.variable)=… の係数は \(category.reference) との差です)",
                en: "\(category.variable): reference level \(category.reference) (each \(category.variable)=… coefficient is the difference from \(category.reference))"))
        }
        if !fit.droppedRows.isEmpty {
            let rows = fit.droppedRows.prefix(10).map(\.label).joined(separator: ", ")
            lines.append("")
            lines.append(language.pick(ja: "欠測のため除外した行 (\(fit.droppedRows.count) 行): \(rows)",
                                       en: "Rows left out for missing values (\(fit.droppedRows.count)): \(rows)"))
        }
        lines += ResultNotes.lines(selection: outcome.selection, writtenTo: destination, language: language)
        return lines.joined(separator: "\n")
    }

    private func coefficientTable(_ fit: RegressionResult) -> TextTable {
        var header = ["", L.coefficients.text(language), L.coefficientStandardError.text(language), L.tStat.text(language),
                      L.pValue.text(language)]
        let levels = fit.coefficients.first?.intervals.map(\.level) ?? []
        for level in levels {
            header += [Labels.lowerBound(level, decimals: 0, language), Labels.upperBound(level, decimals: 0, language)]
        }
        let robustLabels: (Labels.Extras, Labels.Extras)? = switch outcome.body.robustStandardErrors {
        case "hc1": (.robustStandardErrorHC1, .robustPValueHC1)
        case "hc3": (.robustStandardErrorHC3, .robustPValueHC3)
        default: nil
        }
        if let (se, p) = robustLabels { header += [se.text(language), p.text(language)] }
        let rows = fit.coefficients.enumerated().map { index, c in
            var row = [c.name == "Intercept" ? L.intercept.text(language) : c.name, TextNumber.format(c.estimate),
                       TextNumber.format(c.standardError), TextNumber.format(c.tStat), TextNumber.format(c.pValue)]
            row += c.intervals.flatMap { [TextNumber.format($0.lower), TextNumber.format($0.upper)] }
            if robustLabels != nil, let robust = outcome.body.robustCoefficients?[index] {
                row += [TextNumber.format(robust.standardError), TextNumber.format(robust.pValue)]
            }
            return row
        }
        return TextTable(header: header, rows: rows)
    }
}
