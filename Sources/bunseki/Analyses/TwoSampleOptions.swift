import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report

/// `--a COL --b COL --alpha 0.05`: the two samples a test tool compares, and its significance level.
struct TwoSampleOptions: ParsableArguments {
    @Option(name: .customLong("a"), help: "Variable 1: header text or column letter.")
    var first: String

    @Option(name: .customLong("b"), help: "Variable 2: header text or column letter.")
    var second: String

    @Option(name: .long, help: "Significance level α (the ToolPak's default 0.05).")
    var alpha: Double = 0.05
}

/// The two samples of `ttest`, `ftest`, `ztest` and `mannwhitney`: `--a COL --b COL` (one column each, as the ToolPak takes them) or
/// `--value COL --group COL [--levels A,B]` (one row per observation), and `--alpha`.
struct TwoSampleLayoutOptions: ParsableArguments {
    @Option(name: .customLong("a"), help: "Variable 1: header text or column letter (with --b).")
    var first: String?

    @Option(name: .customLong("b"), help: "Variable 2: header text or column letter (with --a).")
    var second: String?

    @Option(name: .long, help: "With --group: the column of values, one row per observation.")
    var value: String?

    @Option(name: .long, help: "With --value: the column naming each row's group (two groups, or choose two with --levels).")
    var group: String?

    @Option(name: .long, help: "With --group: the two groups to compare, comma-separated (Variable 1 first).")
    var levels: String?

    @Option(name: .long, help: "Significance level α (the ToolPak's default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var categories: CategoryOrderOptions

    /// The layout these options name.
    var layout: TwoSampleLayout {
        TwoSampleLayout(a: first, b: second, value: value, group: group, levels: levels, order: categories.order)
    }
}
