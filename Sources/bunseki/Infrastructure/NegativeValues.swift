/// A negative number written after a space as an option's value (`--hypothesized-difference -2`): the argument
/// parser reads `-2` as a short option and reports the value missing, so every such pair is joined into
/// `--hypothesized-difference=-2` before parsing. One rewrite for every option of every command, rather than a
/// parsing strategy repeated on each numeric option (and forgotten on the next one).
enum NegativeValues {
    /// `arguments` with each long option followed by a negative number joined to it with `=`; everything after
    /// a `--` terminator is left as it is. A flag followed by a negative number stays an error either way.
    static func joined(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return result + arguments[index...] }
            if argument.hasPrefix("--"), !argument.contains("="), index + 1 < arguments.count,
               isNegativeNumber(arguments[index + 1]) {
                result.append(argument + "=" + arguments[index + 1])
                index += 2
            } else {
                result.append(argument)
                index += 1
            }
        }
        return result
    }

    /// `-2`, `-0.5`, `-.5`, `-1e-3`, or a comma-separated list that begins with one (`--bins -10,0,10`): a minus
    /// sign and a decimal number, nothing a short option could be.
    static func isNegativeNumber(_ text: String) -> Bool {
        text.wholeMatch(of: /-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?(\s*,\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)*/) != nil
    }
}
