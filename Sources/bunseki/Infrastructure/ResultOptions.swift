import Procedures
import ArgumentParser
import Foundation

/// Where a result workbook goes: `-o`, else next to the input under a name that cannot be the input's.
struct ResultOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The result workbook (default: next to the input, <name>.<analysis>.xlsx).")
    var output: String?

    @Flag(name: .long, help: "Replace an existing result workbook.")
    var force = false

    /// The result path for `input` and the analysis named `analysis` (`describe`, `regress`, …).
    /// The default adds a suffix, so it differs from the input whatever the input is called.
    func destination(for input: String, analysis: String) -> URL {
        if let output { return URL(fileURLWithPath: output) }
        let inputURL = URL(fileURLWithPath: input)
        let stem = inputURL.deletingPathExtension().lastPathComponent
        return inputURL.deletingLastPathComponent().appendingPathComponent("\(stem).\(analysis).xlsx")
    }
}
