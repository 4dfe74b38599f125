import Procedures
import ArgumentParser

/// `--a COL --b COL` or `--value COL --group COL`, and `--alpha`: the two ways `mannwhitney` takes its samples.
struct RankSampleOptions: ParsableArguments {
    @Option(name: .customLong("a"), help: "Sample 1: header text or column letter (with --b).")
    var first: String?

    @Option(name: .customLong("b"), help: "Sample 2 (with --a).")
    var second: String?

    @Option(name: .long, help: "With --group: the column of values, one row per observation.")
    var value: String?

    @Option(name: .long, help: "With --value: the column naming each row's group (exactly two groups, in --order, else natural or first-appearance order).")
    var group: String?

    @Option(name: .long, help: "Significance level α of the reading (default 0.05).")
    var alpha: Double = 0.05
}
