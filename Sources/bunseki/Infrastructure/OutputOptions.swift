import Procedures
import ArgumentParser

/// Output options shared by every subcommand: machine-readable JSON and the language of messages.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print stable JSON (documented in docs/JSON.md) instead of text.")
    var json = false

    @Flag(name: .long, help: "Show no progress line on standard error (it is shown only on a terminal, for work of over a second).")
    var quiet = false

    @Option(name: .long, help: "Language of messages: ja or en (default: ja when LANG starts with ja, else en).")
    var lang: Language?

    /// The language to print in.
    var language: Language { Language.resolve(lang) }
}
