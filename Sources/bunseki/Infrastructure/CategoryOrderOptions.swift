import ArgumentParser

/// `--order 列=A,B,C`, repeatable: the order in which a tool lists a category column's levels (`CategoryOrder`).
/// One option for every tool that groups or labels by categories.
struct CategoryOrderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The order of a column's categories, e.g. --order 年代=20代以下,30代,40代 (repeat for other columns); unlisted ones follow. Without it, age bands, job ranks, years, months and weekdays take their natural order (docs/CATEGORIES.md).",
        valueName: "COLUMN=A,B,C"))
    var order: [String] = []
}
