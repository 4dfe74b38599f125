import Analysis
import Foundation
import Report

/// The ToolPak's Random Number Generation (乱数発生), from a documented seeded generator (xoshiro256**) rather
/// than the ToolPak's own; it reads no table, so it is a procedure of its settings alone.
package struct RandomProcedure {
    package enum Kind: String, CaseIterable, Sendable {
        case uniform, normal, bernoulli, binomial, poisson, discrete, patterned
    }

    package var distribution: Kind
    package var count = 0
    package var variables = 1
    package var seed: UInt64?
    package var lower: Double = 0
    package var upper: Double = 1
    package var mean: Double = 0
    package var sd: Double = 1
    package var probability: Double = 0.5
    package var trials = 1
    package var values: String?
    package var weights: String?
    package var from: Double = 1
    package var to: Double = 1
    package var step: Double = 1
    package var repeatEach = 1
    package var repeatSequence = 1

    package init(distribution: Kind) {
        self.distribution = distribution
    }

    /// More rows than a worksheet holds cannot be written.
    private static let maximumCount = 1_048_575

    /// Every setting checked, the distribution they describe returned.
    package func validate() throws -> RandomDistribution {
        // A patterned run sets its own length; every other distribution needs a count.
        if distribution == .patterned {
            try OptionValue.require(Double(repeatEach), option: "--repeat-each", in: .atLeast(1))
            try OptionValue.require(Double(repeatSequence), option: "--repeat-sequence", in: .atLeast(1))
        } else {
            try OptionValue.require(Double(count), option: "--count", in: .between(1, Self.maximumCount))
        }
        try OptionValue.require(Double(variables), option: "--variables", in: .between(1, 16_384))
        return try chosenDistribution()
    }

    /// Draws the numbers; `RandomParameterError` for parameters no distribution can have.
    package func run(language: Language) throws -> ProcedureResult {
        let chosen = try validate()
        let usedSeed: UInt64? = distribution == .patterned ? nil : seed ?? UInt64.random(in: 0...UInt64.max)
        var generator = Xoshiro256StarStar(seed: usedSeed ?? 0)
        let columns = try (0..<variables).map { _ in try chosen.draw(count: count, using: &generator) }
        let document = RandomNumbersWorkbook.document(language: language, distribution: chosen, seed: usedSeed,
                                                      variables: columns, title: "random")
        let json = RandomOutcome(distribution: distribution.rawValue, parameters: chosen.description, seed: usedSeed,
                                 variables: columns)
        return ProcedureResult(analysis: "random", json: json, document: { document }, text: { written in
            let described = Labels.distribution(chosen, language)
            return language.pick(ja: "\(described) の数を \(columns.first?.count ?? 0) 行 × \(variables) 列、\(written?.path ?? "") に書きました。",
                                 en: "Wrote \(columns.first?.count ?? 0) rows × \(variables) columns of \(described) to \(written?.path ?? "").")
        })
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
package struct RandomOutcome: Encodable {
    package let tool = "random"
    package let distribution: String
    package let parameters: String
    /// Absent for a patterned run, which draws nothing.
    package let seed: UInt64?
    package let variables: [[Double]]
}
