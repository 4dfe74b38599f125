import Procedures
import ArgumentParser

/// How the groups of a comparison of several groups are laid out: one column per group (`--columns`, as the
/// ToolPak takes them) or one row per observation (`--value` with `--group`). One set of options for every
/// such tool (anova, kruskal).
struct GroupLayoutOptions: ParsableArguments {
    @Option(name: .long, help: "Two or more group columns by header text or column letter, comma-separated.")
    var columns: String?

    @Option(name: .long, help: "With --group: the column of values, one row per observation.")
    var value: String?

    @Option(name: .long, help: "With --value: the column naming each row's group (groups in --order, else natural or first-appearance order).")
    var group: String?

    /// The layout these options name.
    var layout: GroupLayout { GroupLayout(columns: columns, value: value, group: group) }
}
