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

    /// Writes everything for `roster` into `folder` (created if needed): `<id>-NN.xlsx`,
    /// `解答/<id>-NN-解答.xlsx`, `解答/<id>-NN-課題k.xlsx` (the ToolPak-style output of task k, where
    /// available) and `<id>-一覧.xlsx`.
    /// Figures whose answers could not be computed are marked in the keys and listed in
    /// ``Output/problems``.
    /// - Throws: ``WorkshopError/outputFolderUnavailable(path:reason:)`` or ``WorkshopError/writeFailed(_:)``.
    public func build(roster: ClassRoster, into folder: URL) throws(WorkshopError) -> Output {
        let keyFolder = folder.appendingPathComponent("解答")
        do {
            try FileManager.default.createDirectory(at: keyFolder, withIntermediateDirectories: true)
        } catch {
            throw .outputFolderUnavailable(path: keyFolder.path, reason: error.localizedDescription)
        }
        let writer = ReportWriter(overwrite: overwrite)
        var workbooks: [String] = [], keys: [String] = [], rows: [ClassOverview.Row] = []
        var problems: [WorkshopError] = []
        var results: [String] = []
        for participant in roster.participants {
            let dataset = try DatasetGenerator.generate(spec, variant: participant.variant)
            let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
            problems += key.problems.filter { !problems.contains($0) }
            let stem = roster.fileStem(for: participant, exerciseID: spec.id)
            let workbook = stem + ".xlsx", keyFile = "解答/\(stem)-解答.xlsx"
            try write(ExerciseWorkbook.document(spec: spec, dataset: dataset), to: folder, workbook, writer)
            try write(AnswerKeyWorkbook.document(spec: spec, dataset: dataset, key: key), to: folder, keyFile, writer)
            workbooks.append(workbook)
            keys.append(keyFile)
            for (index, task) in spec.tasks.enumerated() {
                guard let document = TaskResultWorkbook.document(spec: spec, task: task, dataset: dataset) else { continue }
                let resultFile = "解答/\(stem)-課題\(index + 1).xlsx"
                try write(document, to: folder, resultFile, writer)
                results.append(resultFile)
            }
            rows.append(ClassOverview.Row(participant: participant, file: workbook, key: key))
        }
        let overview = "\(spec.id)-一覧.xlsx"
        try write(ClassOverview.document(spec: spec, rows: rows), to: folder, overview, writer)
        return Output(exerciseWorkbooks: workbooks, answerKeys: keys, taskResults: results, overview: overview,
                      problems: problems)
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
