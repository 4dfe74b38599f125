import Procedures
import ArgumentParser
import Foundation
import Workshop

/// `bunseki exercise build SPEC`: one workbook and one answer key per participant, and the overview.
struct ExerciseBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write every participant's exercise workbook, its answer key, and the class overview.")

    @Argument(help: "The exercise spec (.yaml).")
    var spec: String

    @Option(name: .long, help: "Number of participants; each gets a different variant of the data.")
    var participants: Int?

    @Option(name: .long, help: "A roster workbook whose 氏名 column names the participants (instead of --participants).")
    var roster: String?

    @Option(name: [.short, .customLong("output")], help: "Output folder (default: the exercise id).")
    var outputFolder: String?

    @Flag(name: .long, help: "Replace the files of an earlier build of this exercise (removing those it no longer writes).")
    var force = false

    @Flag(name: .long, help: "Treat the build-time checks' warnings as errors (nothing is written).")
    var strict = false

    @Option(name: .long, help: "Language of messages: ja or en (default: ja when LANG starts with ja, else en).")
    var lang: Language?

    func validate() throws {
        switch (participants, roster) {
        case (nil, nil): throw ValidationError("Give --participants N or --roster FILE.xlsx.")
        case (.some, .some): throw ValidationError("Give either --participants or --roster, not both.")
        case (let count?, nil) where count < 1 || count > 1000:
            throw ValidationError("--participants must be between 1 and 1000.")
        default: break
        }
    }

    func run() throws {
        let language = Language.resolve(lang)
        try ErrorFunnel.reporting(in: language) {
            try InputFile.check(spec)
            if let roster { try InputFile.check(roster) }
            let exercise = try ExerciseSpecLoader.load(path: spec)
            let classRoster = try roster.map(ClassRoster.read(path:)) ?? ClassRoster(count: participants ?? 1)
            let folderName = outputFolder ?? exercise.id
            let folder = URL(fileURLWithPath: folderName, isDirectory: true)
            let yaml = (try? String(contentsOfFile: spec, encoding: .utf8)) ?? ""
            let warnings = try ExerciseChecks.warnings(spec: exercise, variants: classRoster.participants.count,
                                                       yaml: yaml, file: spec)
            for warning in warnings {
                FileHandle.standardError.write(Data((ExerciseMessages.warning(warning, language, strict: strict) + "\n").utf8))
            }
            if strict && !warnings.isEmpty { throw ExitCode(1) }
            let output = try ClassSetBuilder(spec: exercise, overwrite: force).build(roster: classRoster, into: folder)
            // Paths as the instructor gave the folder, so they read like the command that was typed.
            for file in output.exerciseWorkbooks + output.answerKeys + output.taskResults + [output.overview] {
                print((folderName as NSString).appendingPathComponent(file))
            }
            FileHandle.standardError.write(Data((language.pick(
                ja: "受講者に配るのは「\((folderName as NSString).appendingPathComponent(ClassSetBuilder.handOutFolder))」フォルダーだけです。「\(ClassSetBuilder.answerFolder)」フォルダーには解答が入っています。",
                en: "Share only the folder \((folderName as NSString).appendingPathComponent(ClassSetBuilder.handOutFolder)) with participants; \(ClassSetBuilder.answerFolder) holds the answers.") + "\n").utf8))
            for problem in output.problems {
                FileHandle.standardError.write(Data((ExerciseMessages.warning(problem, language) + "\n").utf8))
            }
        }
    }
}
