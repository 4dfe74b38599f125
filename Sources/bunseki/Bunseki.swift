import ArgumentParser

@main
struct Bunseki: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bunseki",
        abstract: "Excel data analysis for EBPM workshops.",
        subcommands: [Inspect.self, Describe.self, Regress.self, Export.self, Exercise.self])
}
