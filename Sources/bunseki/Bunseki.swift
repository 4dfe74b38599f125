import Procedures
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Bunseki: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bunseki",
        abstract: "Excel data analysis for EBPM workshops.",
        subcommands: [
            InspectCommand.self,
            DescribeCommand.self,
            RegressCommand.self,
            TTestCommand.self,
            FTestCommand.self,
            ZTestCommand.self,
            MannWhitneyCommand.self,
            WilcoxonCommand.self,
            KruskalCommand.self,
            NormalityCommand.self,
            HistogramCommand.self,
            SmoothCommand.self,
            RankCommand.self,
            LogisticCommand.self,
            CorrelCommand.self,
            CovarianceCommand.self,
            AnovaCommand.self,
            TwoFactorAnovaCommand.self,
            SampleCommand.self,
            RandomCommand.self,
            CrossTabCommand.self,
            GroupsCommand.self,
            DiDCommand.self,
            EBPMSheetCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            TidyCommand.self,
            ExerciseCommand.self,
            AccuracyCommand.self,
            ServeCommand.self,
        ])

    static func main() {
        // Past a file-size limit (ulimit -f) the kernel would kill the process with SIGXFSZ before the
        // writer could remove its temporary file; ignored, the write fails with EFBIG and is reported.
        signal(SIGXFSZ, SIG_IGN)
        let arguments = NegativeValues.joined(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // The parser's own errors in Japanese when Japanese is chosen; everything else (help, exit codes) as usual.
            let status = exitCode(for: error).rawValue
            if ParserMessages.language(arguments: arguments) == .ja,
               let text = ParserMessages.japanese(fullMessage: fullMessage(for: error), status: status) {
                FileHandle.standardError.write(Data((text + "\n").utf8))
                Glibc.exit(status)
            }
            exit(withError: error)
        }
    }
}
