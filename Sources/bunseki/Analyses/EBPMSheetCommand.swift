import Procedures
import ArgumentParser
import Foundation
import Report
import ReportWriter

/// `bunseki ebpm-sheet [-o FILE.xlsx] [--from RESULT.xlsx …]`: the evidence worksheet (根拠シート), a one-page
/// logic-model form from the problem to how the measure's effect will be measured; no input file.
struct EBPMSheetCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "ebpm-sheet",
        abstract: "The evidence worksheet (根拠シート): problem, hypothesis, logic model, data, analysis, results, measure and how to measure its effect, on one A4 landscape page.")

    @Option(name: .customLong("from"), parsing: .upToNextOption,
            help: "Result workbooks of describe, regress or did whose key figures fill the 結果 rows (value and source cell).")
    var from: [String] = []

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let figures = try from.flatMap { try EvidenceFigures.read($0) }
        let document = EvidenceSheetWorkbook.document(language: language, figures: figures)
        var written: URL?
        if !output.json || result.output != nil {
            let destination = result.destination(for: "bunseki", analysis: "ebpm-sheet")
            try ReportWriter(inputs: from.map { URL(fileURLWithPath: $0) }, overwrite: result.force).write(document, to: destination)
            written = destination
        }
        if output.json {
            try emitJSON(EBPMSheetOutcome(figures: figures.map(EBPMSheetOutcome.Figure.init)))
        } else {
            emit(language.pick(ja: "根拠シートを \(written?.path ?? "") に書きました (結果の数値 \(figures.count) 個)。",
                               en: "Wrote the evidence worksheet to \(written?.path ?? "") (\(figures.count) result figures)."))
        }
    }
}

/// What `ebpm-sheet --json` prints (docs/JSON.md).
struct EBPMSheetOutcome: Encodable {
    let tool = "ebpm-sheet"
    let figures: [Figure]

    struct Figure: Encodable {
        let item: String
        let value: Double
        let file: String
        let sheet: String
        let cell: String

        init(_ figure: EvidenceFigure) {
            item = figure.item
            value = figure.value
            file = figure.file
            sheet = figure.sheet
            cell = figure.cell
        }
    }
}
