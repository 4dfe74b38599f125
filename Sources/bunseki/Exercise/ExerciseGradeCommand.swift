import ArgumentParser
import Foundation
import ReportWriter
import Workshop

/// `bunseki exercise grade SPEC SUBMISSIONS…`: reads each returned workbook (never modifying it),
/// grades it against its variant's key, and writes the grade workbook.
struct ExerciseGradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade returned exercise workbooks and write a grade workbook.")

    @Argument(help: "The exercise spec (.yaml).")
    var spec: String

    @Argument(help: "Returned workbooks (.xlsx).")
    var submissions: [String]

    @Option(name: [.short, .customLong("output")], help: "The grade workbook to write (default: <exercise id>-採点結果.xlsx).")
    var outputFile: String?

    @Flag(name: .long, help: "Replace the grade workbook if it exists.")
    var force = false

    @Option(name: .long, help: "Language of messages: ja or en (default: ja when LANG starts with ja, else en).")
    var lang: Language?

    func run() throws {
        let language = Language.resolve(lang)
        try ExerciseFailure.reporting(in: language) {
            try InputFile.check(spec)
            let exercise = try ExerciseSpecLoader.load(path: spec)
            let reader = SubmissionReader(spec: exercise), grader = SubmissionGrader(spec: exercise)
            var grades: [SubmissionGrade] = []
            for path in submissions {
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
            let writer = ReportWriter(inputs: submissions.map { URL(fileURLWithPath: $0) }, overwrite: force)
            do throws(ReportWriterError) {
                try writer.write(GradeWorkbook.document(spec: exercise, grades: grades), to: destination)
            } catch {
                throw WorkshopError.writeFailed(error)
            }
            print(destination.path)
        }
    }
}
