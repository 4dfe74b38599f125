import Procedures
import ArgumentParser
import Foundation
import ReportWriter
import SafeOutput
import Workshop

/// `bunseki exercise grade SPEC SUBMISSIONS…`: reads each returned workbook (never modifying it),
/// grades it against its variant's key, and writes the grade workbook (採点結果, 振り返り, 詳細), one
/// feedback workbook per graded file, and a CSV of scores.
struct ExerciseGradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade returned exercise workbooks; write the grade workbook, feedback workbooks and a CSV of scores.")

    @Argument(help: "The exercise spec (.yaml).")
    var spec: String

    @Argument(help: "Returned workbooks (.xlsx), or folders holding them.")
    var submissions: [String] = []

    @Option(name: [.short, .customLong("output")], help: "The grade workbook to write (default: <exercise id>-採点結果.xlsx).")
    var outputFile: String?

    @Option(name: .long, help: "The roster used for build: names in every file, and who has not submitted (未提出).")
    var roster: String?

    @Option(name: .long, help: "Number of participants built (without a roster): lists who has not submitted.")
    var participants: Int?

    @Option(name: .long, help: "An earlier version of the spec, as handed out (repeatable): files made from it are graded against it.")
    var earlierSpec: [String] = []

    @Flag(name: .long, help: "Replace the grade workbook, feedback workbooks and CSV if they exist.")
    var force = false

    @Option(name: .long, help: "Language of messages: ja or en (default: ja when LANG starts with ja, else en).")
    var lang: Language?

    func run() throws {
        let language = Language.resolve(lang)
        try ErrorFunnel.reporting(in: language) {
            try InputFile.check(spec)
            if let roster { try InputFile.check(roster) }
            let exercise = try ExerciseSpecLoader.load(path: spec)
            let classRoster = try roster.map(ClassRoster.read(path:)) ?? participants.map(ClassRoster.init(count:))
            let files = try collect(language)
            let earlier = try earlierSpec.map { path in
                try InputFile.check(path)
                return (name: (path as NSString).lastPathComponent, spec: try ExerciseSpecLoader.load(path: path))
            }
            let reader = SubmissionReader(spec: exercise), grader = SubmissionGrader(spec: exercise, earlier: earlier)
            var grades: [SubmissionGrade] = []
            for path in files {
                let grade: SubmissionGrade
                do {
                    try InputFile.check(path)
                    grade = try grader.grade(reader.read(path: path))
                } catch let error as WorkshopError {
                    throw error
                } catch {
                    grade = grader.unreadable(file: path, reason: ErrorMessages.sentence(for: error, language: language))
                }
                grades.append(grade)
                print(ExerciseMessages.line(for: grade, language))
            }
            let destination = URL(fileURLWithPath: outputFile ?? "\(exercise.id)-採点結果.xlsx")
            let inputs = files.map { URL(fileURLWithPath: $0) }
            let writer = ReportWriter(inputs: inputs, overwrite: force)
            do throws(ReportWriterError) {
                try writer.write(GradeWorkbook.document(spec: exercise, grades: grades, roster: classRoster), to: destination)
            } catch {
                throw WorkshopError.writeFailed(error)
            }
            print(destination.path)
            let folder = destination.deletingLastPathComponent()
            let csv = folder.appendingPathComponent("\(exercise.id)-得点.csv")
            try writeText(ScoresCSV.text(spec: exercise, grades: grades, roster: classRoster), to: csv, inputs: files)
            print(csv.path)
            let feedbackFolder = folder.appendingPathComponent("\(exercise.id)-フィードバック")
            try FileManager.default.createDirectory(at: feedbackFolder, withIntermediateDirectories: true)
            var used: Set<String> = []
            let widest = ClassRoster(count: grades.compactMap(\.variant).max() ?? 1)
            for grade in grades {
                let name = GradeWorkbook.name(of: grade, roster: classRoster)
                guard let variant = grade.variant,
                      let document = FeedbackWorkbook.document(spec: exercise, grade: grade, name: name) else { continue }
                let participant = ClassRoster.Participant(number: variant, name: name)
                let stem = (classRoster ?? widest).fileStem(for: participant, exerciseID: exercise.id)
                var file = stem + "-フィードバック.xlsx", copy = 2
                while used.contains(file) {
                    file = "\(stem)-フィードバック-\(copy).xlsx"
                    copy += 1
                }
                used.insert(file)
                do throws(ReportWriterError) {
                    try writer.write(document, to: feedbackFolder.appendingPathComponent(file))
                } catch {
                    throw WorkshopError.writeFailed(error)
                }
            }
            print(feedbackFolder.path + "/")
            let debrief = ClassDebrief(spec: exercise, grades: grades, roster: classRoster)
            print(language.pick(ja: debrief.summaryJapanese, en: debrief.summaryEnglish))
        }
    }

    /// The files to grade: folders expanded to their .xlsx files; spreadsheet lock files (`~$…`,
    /// `.~lock…#`) and temporary files skipped with a note. An empty result is an error.
    private func collect(_ language: Language) throws -> [String] {
        let (kept, skipped) = SubmissionFiles.collect(submissions)
        for file in skipped {
            FileHandle.standardError.write(Data((language.pick(
                ja: "「\(file)」は Excel などの一時ファイル（ロックファイル）なので飛ばします。",
                en: "\(file): skipped, a spreadsheet program's lock or temporary file.") + "\n").utf8))
        }
        guard !kept.isEmpty else {
            let given = submissions.joined(separator: " ")
            FileHandle.standardError.write(Data((language.pick(
                ja: "採点するファイルがありません（指定: \(given.isEmpty ? "なし" : given)）。提出された .xlsx ファイルかそのフォルダーを指定してください。",
                en: "No files to grade (given: \(given.isEmpty ? "none" : given)); name the returned .xlsx files or their folder.") + "\n").utf8))
            throw ExitCode(1)
        }
        return kept
    }

    /// Writes `text` atomically (SafeOutput), never over an input and not over an existing file without --force.
    private func writeText(_ text: String, to url: URL, inputs: [String]) throws {
        let destination = try OutputDestination(path: url.path, inputs: inputs, replacesExisting: force)
        let temporary = destination.temporaryPath()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw OutputError.writeFailed(path: url.path, reason: error.localizedDescription)
        }
        try destination.commit(temporary: temporary)
    }
}
