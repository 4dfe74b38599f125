import Foundation
import Report
import Workshop

/// Classroom mode (`--exercise`): hands each participant their own exercise workbook and grades what comes
/// back, with the very code of `bunseki exercise build` and `exercise grade` (Workshop); keeps who has
/// downloaded and submitted, and the latest grade of each, for the instructor page.
final class Classroom: Sendable {
    let spec: ExerciseSpec
    let roster: ClassRoster
    let instructorCode: String
    /// Whether participants had a roster (names) or only numbers.
    let named: Bool
    private let state = ClassroomState()

    init(configuration: ClassroomConfiguration, language: Language) throws {
        spec = try ExerciseSpecLoader.load(path: configuration.specPath)
        if let rosterPath = configuration.rosterPath {
            roster = try ClassRoster.read(path: rosterPath)
            named = true
        } else {
            roster = ClassRoster(count: configuration.participants ?? 40)
            named = false
        }
        instructorCode = configuration.instructorCode
    }

    func participant(_ number: Int) -> ClassRoster.Participant? {
        roster.participants.first { $0.number == number }
    }

    /// The exercise workbook of `number`, as `exercise build` writes it to 配布/, and its file name there.
    func workbook(for number: Int) async throws -> (bytes: Data, fileName: String) {
        guard let participant = participant(number) else { throw WorkbenchError.missingFile }
        let dataset = try DatasetGenerator.generate(spec, variant: participant.variant)
        let document = ExerciseWorkbook.document(spec: spec, dataset: dataset, participant: participant)
        let bytes = try WorkbookBytes.write(document)
        await state.markDownloaded(number)
        return (bytes, roster.fileStem(for: participant, exerciseID: spec.id) + ".xlsx")
    }

    /// Grades a returned workbook as `exercise grade` does; the file lives in a private folder only while
    /// it is read.
    func grade(_ bytes: Data, fileName: String, session: String,
               explain: @Sendable (any Error) -> String) async -> SubmissionGrade {
        let grader = SubmissionGrader(spec: spec)
        var grade: SubmissionGrade
        do {
            let folder = try PrivateFolder()
            defer { folder.remove() }
            let path = folder.url.appendingPathComponent("submission.xlsx").path
            try bytes.write(to: URL(fileURLWithPath: path))
            let read = try SubmissionReader(spec: spec).read(path: path)
            grade = try grader.grade(read)
        } catch {
            grade = grader.unreadable(file: fileName, reason: explain(error))
        }
        // The grade names the participant's own file, not the private folder's.
        grade = SubmissionGrade(file: fileName, outcome: grade.outcome, dataReview: grade.dataReview,
                                typedName: grade.typedName, earlierSpec: grade.earlierSpec)
        await state.record(grade, session: session)
        return grade
    }

    func lastGrade(session: String) async -> SubmissionGrade? { await state.bySession[session] }
    var released: Bool { get async { await state.released } }
    func setReleased(_ value: Bool) async { await state.setReleased(value) }
    func snapshot() async -> (downloaded: Set<Int>, grades: [Int: SubmissionGrade], unidentified: [SubmissionGrade]) {
        (await state.downloaded, await state.byVariant, await state.unidentified)
    }

    /// The grade workbook of everything submitted so far, as `exercise grade` writes it.
    func gradeWorkbook() async throws -> Data {
        let (_, grades, others) = await snapshot()
        let ordered = grades.keys.sorted().compactMap { grades[$0] } + others
        return try WorkbookBytes.write(GradeWorkbook.document(spec: spec, grades: ordered, roster: roster))
    }

    func debrief() async -> ClassDebrief {
        let (_, grades, others) = await snapshot()
        return ClassDebrief(spec: spec, grades: grades.keys.sorted().compactMap { grades[$0] } + others, roster: roster)
    }

    /// Nothing of the class is kept on disk; the state goes with the process.
    func removeFiles() {}
}

/// What the class has done so far (in memory only).
actor ClassroomState {
    var downloaded: Set<Int> = []
    /// The latest graded submission of each variant.
    var byVariant: [Int: SubmissionGrade] = [:]
    /// Submissions that could not be tied to a variant (another file, unreadable), latest 50.
    var unidentified: [SubmissionGrade] = []
    var bySession: [String: SubmissionGrade] = [:]
    var released = false

    func markDownloaded(_ number: Int) { downloaded.insert(number) }
    func setReleased(_ value: Bool) { released = value }

    func record(_ grade: SubmissionGrade, session: String) {
        bySession[session] = grade
        if let variant = grade.variant {
            byVariant[variant] = grade
        } else {
            unidentified = Array((unidentified + [grade]).suffix(50))
        }
    }
}
