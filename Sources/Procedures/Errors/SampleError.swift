import Report

/// The samples given to a test cannot be tested as they are: too few values, nothing to rank, the wrong
/// number of groups. Found by the command before the analysis runs, so the sentence can name the file,
/// sheet and columns (the analysis itself knows only the numbers).
package enum SampleError: Error, Equatable {
    /// A column has fewer values than the test needs.
    case tooFewValues(file: String, sheet: String, column: String, needed: Int, found: Int)
    /// Every value of the columns is the same, so there is no order to rank.
    case allValuesEqual(file: String, sheet: String, columns: [String])
    /// No row holds a value in both paired columns.
    case noCompletePairs(file: String, sheet: String, first: String, second: String)
    /// Every pair's difference is zero, so the signed-rank test has nothing to rank.
    case allDifferencesZero(file: String, sheet: String, first: String, second: String)
    /// A two-sample test's `--group` found other than two groups (and no `--levels` chose two); `tool` names the command.
    case notTwoGroups(file: String, sheet: String, column: String, groups: [String], tool: String)
    /// `--levels` names a group the group column does not hold.
    case unknownLevel(file: String, sheet: String, column: String, level: String, groups: [String])
    /// `--levels` names other than two different groups.
    case levelsNotTwo(given: [String])
    /// `--levels` without `--value` and `--group`.
    case levelsWithoutGroup
    /// `ttest --paired` with one row per observation: nothing says which two rows form a pair.
    case pairedNeedsColumns
    /// `kruskal --group` found fewer than two groups.
    case tooFewGroups(file: String, sheet: String, column: String, groups: [String])
    /// A group column holds more groups than a test compares: an ID or free-text column, most likely.
    case tooManyGroups(file: String, sheet: String, column: String, groups: Int, limit: Int)
    /// `kruskal --columns` names fewer than two columns.
    case tooFewColumns(given: [String])
    /// A two-sample tool needs either `--a` and `--b` or `--value` and `--group`.
    case twoSampleLayoutChoice
}
