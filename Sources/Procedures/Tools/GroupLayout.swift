import Report

/// How the groups of a comparison of several groups are laid out: one column per group (`columns`, as the ToolPak
/// takes them) or one row per observation (`value` with `group`). One layout for every such tool (anova, kruskal).
package struct GroupLayout {
    package var columns: String?
    package var value: String?
    package var group: String?

    package init(columns: String? = nil, value: String? = nil, group: String? = nil) {
        (self.columns, self.value, self.group) = (columns, value, group)
    }

    /// Throws `ProcedureError.oneWayLayoutChoice` unless exactly one layout is given in full.
    package func requireOneLayout() throws {
        let long = value != nil || group != nil
        guard (columns != nil) != long, !long || (value != nil && group != nil) else { throw ProcedureError.oneWayLayoutChoice }
    }
}
