import Report

/// `did` cannot compare as asked: found by the command before the analysis runs, so the sentence names
/// the file, sheet and column.
package enum DiDError: Error, Equatable {
    /// `--treated` or `--after` names a level the column does not hold.
    case unknownLevel(file: String, sheet: String, column: String, option: String, given: String, levels: [String])
    /// Every row is in the treated group.
    case noComparisonGroup(file: String, sheet: String, column: String, treated: String)
    /// Every period is listed in `--after`.
    case noPeriodBefore(file: String, sheet: String, column: String, after: [String])
    /// A cell of the 2×2 table has no row (`treated` nil: the comparison group).
    case emptyCell(file: String, sheet: String, treated: String?, after: Bool, value: String)
    /// Units that appear in both the treated and the comparison group.
    case unitInBothGroups(file: String, sheet: String, column: String, units: [String])
}

// The sentences for `DiDError`: part of the one ja/en error catalogue begun in ErrorMessages.swift.
extension ErrorMessages {
    package static func did(_ error: DiDError, _ l: Language) -> String {
        switch error {
        case .unknownLevel(let file, let sheet, let column, let option, let given, let levels):
            return l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」に \(option) の「\(given)」はありません。ある値: \(levels.joined(separator: "、"))。",
                   en: "\(place(file, sheet, l)): column '\(column)' holds no '\(given)' (\(option)); it holds: \(levels.joined(separator: ", ")).")
        case .noComparisonGroup(let file, let sheet, let column, let treated):
            return l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」のすべての行が処置群「\(treated)」です。比べる群 (比較群) の行が必要です。",
                   en: "\(place(file, sheet, l)): every row of column '\(column)' is the treated group '\(treated)'; a comparison group is needed.")
        case .noPeriodBefore(let file, let sheet, let column, let after):
            return l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」のすべての期間が --after (\(after.joined(separator: "、"))) に入っています。施策前の期間が必要です。",
                   en: "\(place(file, sheet, l)): every period of column '\(column)' is listed in --after (\(after.joined(separator: ", "))); a period before the measure is needed.")
        case .emptyCell(let file, let sheet, let treated, let after, let value):
            return l.pick(ja: "\(place(file, sheet, l)): \(treated.map { "処置群「\($0)」" } ?? "比較群") には\(after ? "施策後" : "施策前")の「\(value)」の値がありません。差の差には両群の施策前と施策後の値が必要です。",
                   en: "\(place(file, sheet, l)): \(treated.map { "the treated group '\($0)'" } ?? "the comparison group") has no value of '\(value)' \(after ? "after" : "before") the measure; difference-in-differences needs both groups before and after.")
        case .unitInBothGroups(let file, let sheet, let column, let units):
            let shown = units.prefix(5).joined(separator: l == .ja ? "、" : ", ") + (units.count > 5 ? (l == .ja ? " ほか \(units.count - 5) 件" : " and \(units.count - 5) more") : "")
            return l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」の \(shown) は処置群と比較群の両方に現れます。単位ごとに群を 1 つにしてください。",
                          en: "\(place(file, sheet, l)): in column '\(column)', \(shown) appear in both the treated and the comparison group; each unit must belong to one group.")
        }
    }
}
