import Procedures
import ArgumentParser

/// Output options shared by every subcommand: machine-readable JSON and the language of messages.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print stable JSON (documented in docs/JSON.md) instead of text.")
    var json = false

    @Option(name: .long, help: "Language of messages: ja or en (default: ja when LANG starts with ja, else en).")
    var lang: Language?

    /// The language to print in.
    var language: Language { Language.resolve(lang) }
}
