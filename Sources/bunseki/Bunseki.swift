import ArgumentParser

@main
struct Bunseki: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bunseki",
        abstract: "Excel data analysis for EBPM workshops.",
        subcommands: [
            Inspect.self,
            Describe.self,
            Regress.self,
            TTestCommand.self,
            FTestCommand.self,
            ZTestCommand.self,
            HistogramCommand.self,
            CorrelCommand.self,
            CovarianceCommand.self,
            AnovaCommand.self,
            TwoFactorAnovaCommand.self,
            CrossTabCommand.self,
            GroupsCommand.self,
            Exercise.self,
        ])
}
