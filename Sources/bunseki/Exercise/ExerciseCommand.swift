import Procedures
import ArgumentParser

/// `bunseki exercise …`: instructors' exercises — build a class set, grade returned workbooks.
struct ExerciseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "Build exercise workbooks and answer keys from a spec, and grade returned workbooks.",
        discussion: "Specs are YAML files described in Exercises/README.md.",
        subcommands: [ExerciseBuildCommand.self, ExerciseGradeCommand.self])
}
