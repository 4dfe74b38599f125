import Report

/// How the groups of a comparison of several groups are laid out: one column per group (`columns`, as the ToolPak
/// takes them) or one row per observation (`value` with `group`). One layout for every such tool (anova, kruskal).
package struct GroupLayout {
    package var columns: String?
    package var value: String?
    package var group: String?
    /// The groups of `group` compared when not all of them (an exercise task's `groups`); nil compares every group.
    package var levels: [String]?

    package init(columns: String? = nil, value: String? = nil, group: String? = nil, levels: [String]? = nil) {
        (self.columns, self.value, self.group, self.levels) = (columns, value, group, levels)
    }

    /// Throws `ProcedureError.oneWayLayoutChoice` unless exactly one layout is given in full.
    package func requireOneLayout() throws {
        let long = value != nil || group != nil
        guard (columns != nil) != long, !long || (value != nil && group != nil) else { throw ProcedureError.oneWayLayoutChoice }
    }
}
