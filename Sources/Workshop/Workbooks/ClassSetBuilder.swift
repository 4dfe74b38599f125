import Foundation
import Report
import ReportWriter

/// Writes a class set: one exercise workbook and one answer key per participant, plus one
/// instructor overview.
public struct ClassSetBuilder: Sendable {
    /// The exercise.
    public let spec: ExerciseSpec
    /// Whether existing files in the output folder may be replaced.
    public let overwrite: Bool

    /// Creates a builder.
    public init(spec: ExerciseSpec, overwrite: Bool = false) {
        self.spec = spec
        self.overwrite = overwrite
    }

    /// The files written, relative to the output folder, in writing order.
    public struct Output: Sendable, Equatable {
        /// Participant workbooks.
        public let exerciseWorkbooks: [String]
        /// Answer keys, one per participant.
        public let answerKeys: [String]
        /// ToolPak-style result workbooks of the tasks, for the analyses the `Report` module lays out.
        public let taskResults: [String]
        /// The class overview.
        public let overview: String
        /// Why some expected answers are missing from the keys (each distinct problem once).
        public let problems: [WorkshopError]
    }

    /// The folder of the hand-outs (the only folder to share with participants).
    public static let handOutFolder = "配布"
    /// The folder of everything holding answers: keys, task results, the overview.
    public static let answerFolder = "解答"

    /// Writes everything for `roster` into `folder` (created if needed): the hand-outs
    /// `配布/<id>-NN.xlsx`, and in `解答/` the keys `<id>-NN-解答.xlsx`, the ToolPak-style output of
    /// task k `<id>-NN-課題k.xlsx` (where available) and the overview `<id>-一覧.xlsx`. With
    /// `overwrite`, files this exercise wrote before (`<id>-*.xlsx` in those folders) are removed
    /// first, so a smaller class leaves no stale workbooks.
    /// Figures whose answers could not be computed are marked in the keys and listed in
    /// ``Output/problems``.
    /// - Throws: ``WorkshopError/outputFolderUnavailable(path:reason:)`` or ``WorkshopError/writeFailed(_:)``.
    public func build(roster: ClassRoster, into folder: URL) throws(WorkshopError) -> Output {
        let handOuts = folder.appendingPathComponent(Self.handOutFolder)
        let keyFolder = folder.appendingPathComponent(Self.answerFolder)
        for subfolder in [handOuts, keyFolder] {
            do {
                try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
            } catch {
                throw .outputFolderUnavailable(path: subfolder.path, reason: error.localizedDescription)
            }
        }
        if overwrite { removePreviousOutput(in: folder) }
        let writer = ReportWriter(overwrite: overwrite)
        var workbooks: [String] = [], keys: [String] = [], rows: [ClassOverview.Row] = []
        var problems: [WorkshopError] = []
        var results: [String] = []
        let answers = Self.answerFolder + "/"
        for participant in roster.participants {
            let dataset = try DatasetGenerator.generate(spec, variant: participant.variant)
            let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
            problems += key.problems.filter { !problems.contains($0) }
            let stem = roster.fileStem(for: participant, exerciseID: spec.id)
            let workbook = "\(Self.handOutFolder)/\(stem).xlsx", keyFile = "\(answers)\(stem)-解答.xlsx"
            try write(ExerciseWorkbook.document(spec: spec, dataset: dataset, participant: participant), to: folder,
                      workbook, writer)
            try write(AnswerKeyWorkbook.document(spec: spec, dataset: dataset, key: key, participant: participant),
                      to: folder, keyFile, writer)
            workbooks.append(workbook)
            keys.append(keyFile)
            for (index, task) in spec.tasks.enumerated() {
                guard let document = TaskResultWorkbook.document(spec: spec, task: task, dataset: dataset) else { continue }
                let resultFile = "\(answers)\(stem)-課題\(index + 1).xlsx"
                try write(document, to: folder, resultFile, writer)
                results.append(resultFile)
            }
            rows.append(ClassOverview.Row(participant: participant, file: workbook, key: key))
        }
        let overview = "\(answers)\(spec.id)-一覧.xlsx"
        try write(ClassOverview.document(spec: spec, rows: rows), to: folder, overview, writer)
        let manifest = (workbooks + keys + results + [overview]).joined(separator: "\n") + "\n"
        try? Data(manifest.utf8).write(to: manifestURL(in: folder), options: .atomic)
        return Output(exerciseWorkbooks: workbooks, answerKeys: keys, taskResults: results, overview: overview,
                      problems: problems)
    }

    /// The list of files a build wrote (hidden, in the output folder), so `--force` can remove exactly them.
    private func manifestURL(in folder: URL) -> URL {
        folder.appendingPathComponent(".\(spec.id).bunseki-build")
    }

    /// Removes the workbooks an earlier build of this exercise wrote into `folder`, as its manifest lists
    /// them; nothing else (no manifest: nothing is removed).
    private func removePreviousOutput(in folder: URL) {
        guard let data = try? Data(contentsOf: manifestURL(in: folder)) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let relative = String(line)
            guard relative.hasSuffix(".xlsx"), !relative.contains(".."), !relative.hasPrefix("/") else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(relative))
        }
    }

    private func write(_ document: ReportDocument, to folder: URL, _ name: String,
                       _ writer: ReportWriter) throws(WorkshopError) {
        do {
            try writer.write(document, to: folder.appendingPathComponent(name))
        } catch {
            throw .writeFailed(error)
        }
    }
}
