import Procedures
import Accuracy
import ArgumentParser
import Foundation
import Report
import ReportWriter

/// `bunseki accuracy [-o FILE.xlsx] [--json]`: every NIST StRD set embedded in the program (univariate, linear
/// regression, one-way ANOVA) run through the library, with the LRE of every certified value and the least per
/// set; no input file (docs/ACCURACY.md).
struct AccuracyCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Check the statistics against the NIST StRD certified values (31 sets built in); the LRE counts correct digits.")

    @Option(name: [.short, .customLong("output")], help: "Also write the table as a workbook (.xlsx).")
    var outputFile: String?

    @Flag(name: .long, help: "Replace an existing workbook.")
    var force = false

    @OptionGroup var output: OutputOptions

    private typealias L = Labels.Accuracy

    func execute(language: Language) throws {
        let sets = try AccuracyCheck.run()
        var written: URL?
        if let outputFile {
            let destination = URL(fileURLWithPath: outputFile)
            try ReportWriter(overwrite: force).write(AccuracyWorkbook.document(language: language, sets: sets), to: destination)
            written = destination
        }
        if output.json {
            try emitJSON(AccuracyOutcome(sets: sets, output: written?.path))
        } else {
            emit(text(sets, language: language, writtenTo: written))
        }
    }

    private func text(_ sets: [SetAccuracy], language: Language, writtenTo destination: URL?) -> String {
        var lines = [L.title.text(language), L.definition.text(language), ""]
        for set in sets {
            let procedure = AccuracyWorkbook.procedure(set.procedure).text(language)
            let difficulty = AccuracyWorkbook.difficulty(set.difficulty).text(language)
            lines.append(language.pick(ja: "\(set.name) (\(procedure)、難易度 \(difficulty)、観測数 \(set.observations))",
                                       en: "\(set.name) (\(procedure), \(difficulty) difficulty, \(set.observations) observations)"))
            let rows = set.values.map { value in
                ["  " + value.quantity, Self.number(value.estimate), value.certified.map { Self.number($0) } ?? "+∞",
                 value.lre.map { String(format: "%.1f", $0) } ?? L.notScored.text(language)]
            }
            lines.append(TextTable(header: ["  " + L.quantity.text(language), L.estimate.text(language),
                                            L.certified.text(language), L.lre.text(language)], rows: rows).render())
            lines.append("")
        }
        let summary = sets.map { set in
            [set.name, AccuracyWorkbook.procedure(set.procedure).text(language),
             AccuracyWorkbook.difficulty(set.difficulty).text(language), String(set.observations),
             String(format: "%.1f", set.minimumLRE), set.minimumAt, set.ceiling.map { String(format: "%.2f", $0) } ?? "—"]
        }
        lines.append(TextTable(header: [L.dataset, .procedure, .difficulty, .observations, .minimumLRE, .minimumAt, .ceiling]
                                   .map { $0.text(language) }, rows: summary).render())
        lines += ["", L.ceilingNote.text(language), L.source.text(language)]
        if let destination {
            lines.append(language.pick(ja: "結果のブック: \(destination.path)", en: "Result workbook: \(destination.path)"))
        }
        return lines.joined(separator: "\n")
    }

    /// 15 significant digits: as many as NIST certifies.
    private static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.15g", value)
    }
}

/// What `accuracy --json` prints (docs/JSON.md).
struct AccuracyOutcome: Encodable {
    let tool = "accuracy"
    let source = "NIST Statistical Reference Datasets (https://www.itl.nist.gov/div898/strd/)"
    let sets: [SetAccuracy]
    /// The workbook written with `-o`.
    let output: String?
}
