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

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case uniform, normal, bernoulli, binomial, poisson, discrete, patterned
    }

    @Option(name: .long, help: "uniform, normal, bernoulli, binomial, poisson, discrete or patterned.")
    var distribution: Kind

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

    /// More rows than a worksheet holds cannot be written.
    private static let maximumCount = 1_048_575

    func execute(language: Language) throws {
        // Every setting here is wrong whatever happens next: a wrong command line (exit 64).
        let chosen: RandomDistribution
        do {
            // A patterned run sets its own length; every other distribution needs a count.
            if distribution == .patterned {
                try OptionValue.require(Double(repeatEach), option: "--repeat-each", in: .atLeast(1))
                try OptionValue.require(Double(repeatSequence), option: "--repeat-sequence", in: .atLeast(1))
            } else {
                try OptionValue.require(Double(count), option: "--count", in: .between(1, Self.maximumCount))
            }
            try OptionValue.require(Double(variables), option: "--variables", in: .between(1, 16_384))
            chosen = try chosenDistribution()
        } catch {
            throw UsageError(underlying: error)
        }
        let usedSeed: UInt64? = distribution == .patterned ? nil : seed ?? UInt64.random(in: 0...UInt64.max)
        var generator = Xoshiro256StarStar(seed: usedSeed ?? 0)
        let columns: [[Double]]
        do {
            columns = try (0..<variables).map { _ in try chosen.draw(count: count, using: &generator) }
        } catch let error as RandomParameterError {
            // Parameters no distribution can have (a negative SD, a pattern past the sheet): the command line again.
            throw UsageError(underlying: error)
        }
        let document = RandomNumbersWorkbook.document(language: language, distribution: chosen, seed: usedSeed,
                                                      variables: columns, title: "random")
        var written: URL?
        if !output.json || result.output != nil {
            written = try ResultFile.write(document, input: "bunseki", options: result, analysis: "random")
        }
        if output.json {
            try emitJSON(RandomOutcome(distribution: distribution.rawValue, parameters: chosen.description, seed: usedSeed,
                                       variables: columns))
        } else {
            let described = Labels.distribution(chosen, language)
            emit(language.pick(ja: "\(described) の数を \(columns.first?.count ?? 0) 行 × \(variables) 列、\(written?.path ?? "") に書きました。",
                               en: "Wrote \(columns.first?.count ?? 0) rows × \(variables) columns of \(described) to \(written?.path ?? "")."))
        }
    }

    private func chosenDistribution() throws -> RandomDistribution {
        switch distribution {
        case .uniform: return .uniform(lower: lower, upper: upper)
        case .normal: return .normal(mean: mean, sd: sd)
        case .bernoulli: return .bernoulli(probability: probability)
        case .binomial: return .binomial(trials: trials, probability: probability)
        case .poisson: return .poisson(mean: mean)
        case .discrete: return .discrete(values: try numbers("--values", values), weights: try numbers("--weights", weights))
        case .patterned: return .patterned(from: from, to: to, step: step, each: repeatEach, sequence: repeatSequence)
        }
    }

    private func numbers(_ option: String, _ text: String?) throws -> [Double] {
        let items = ColumnList.split(text ?? "")
        guard !items.isEmpty else { throw ProcedureError.invalidNumberList(option: option, text: text ?? "") }
        return try items.map { item in
            guard let value = Double(item.trimmingCharacters(in: .whitespaces)) else {
                throw ProcedureError.invalidNumberList(option: option, text: item)
            }
            return value
        }
    }
}

/// What `random --json` prints (docs/JSON.md).
struct RandomOutcome: Encodable {
    let tool = "random"
    let distribution: String
    let parameters: String
    /// Absent for a patterned run, which draws nothing.
    let seed: UInt64?
    let variables: [[Double]]
}
