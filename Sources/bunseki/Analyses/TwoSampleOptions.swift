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
