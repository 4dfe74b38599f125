import Procedures
import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki random --distribution D --count N [--variables K] [--seed S] [parameters…] -o OUT.xlsx`: the
/// ToolPak's Random Number Generation, from a documented seeded generator rather than the ToolPak's own.
struct RandomCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "random",
        abstract: "Random numbers from a chosen distribution (the ToolPak's 乱数発生), written to a result workbook; no input file.")

    @Option(name: .long, help: "uniform, normal, bernoulli, binomial, poisson, discrete or patterned.")
    var distribution: RandomProcedure.Kind

    @Option(name: .long, help: "Numbers per variable (ignored by patterned, whose pattern sets the length).")
    var count: Int = 0

    @Option(name: .long, help: "How many columns of numbers (the ToolPak's 変数の数).")
    var variables: Int = 1

    @Option(name: .long, help: "Seed; the same seed gives the same numbers (default: a fresh seed, shown in the workbook).")
    var seed: UInt64?

    @Option(name: .long, help: "uniform: lower bound.") var lower: Double = 0
    @Option(name: .long, help: "uniform: upper bound.") var upper: Double = 1
    @Option(name: .long, help: "normal: mean; poisson: λ.") var mean: Double = 0
    @Option(name: .long, help: "normal: standard deviation.") var sd: Double = 1
    @Option(name: .long, help: "bernoulli, binomial: probability of success.") var probability: Double = 0.5
    @Option(name: .long, help: "binomial: number of trials.") var trials: Int = 1
    @Option(name: .long, help: "discrete: the values, comma-separated.") var values: String?
    @Option(name: .long, help: "discrete: the weights of the values, comma-separated (normalised).") var weights: String?
    @Option(name: .long, help: "patterned: first value.") var from: Double = 1
    @Option(name: .long, help: "patterned: last value.") var to: Double = 1
    @Option(name: .long, help: "patterned: step.") var step: Double = 1
    @Option(name: .customLong("repeat-each"), help: "patterned: repeat each value this many times.") var repeatEach: Int = 1
    @Option(name: .customLong("repeat-sequence"), help: "patterned: repeat the sequence this many times.") var repeatSequence: Int = 1

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        var procedure = RandomProcedure(distribution: distribution)
        (procedure.count, procedure.variables, procedure.seed) = (count, variables, seed)
        (procedure.lower, procedure.upper, procedure.mean, procedure.sd) = (lower, upper, mean, sd)
        (procedure.probability, procedure.trials, procedure.values, procedure.weights) = (probability, trials, values, weights)
        (procedure.from, procedure.to, procedure.step) = (from, to, step)
        (procedure.repeatEach, procedure.repeatSequence) = (repeatEach, repeatSequence)
        // Every setting here is wrong whatever happens next, and so is a parameter no distribution can have (a negative
        // SD, a pattern past the sheet): a wrong command line (exit 64).
        let outcome: ProcedureResult
        do {
            _ = try procedure.validate()
            outcome = try procedure.run(language: language)
        } catch let error as ProcedureError {
            throw UsageError(underlying: error)
        } catch let error as RandomParameterError {
            throw UsageError(underlying: error)
        }
        let written = !output.json || result.output != nil
            ? try ResultFile.write(try outcome.document(), input: "bunseki", options: result, analysis: "random") : nil
        if output.json {
            try emitJSON(outcome.json)
        } else {
            emit(try outcome.text(writtenTo: written))
        }
    }
}

extension RandomProcedure.Kind: ExpressibleByArgument {}
