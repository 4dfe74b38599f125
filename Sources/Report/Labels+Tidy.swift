extension Labels {
    /// `tidy`'s workbook: the machine-readable table, the list of changes and the checklist rating.
    public enum Tidy: BilingualLabel, CaseIterable {
        case changesSheet, checklistSheet, place, change, before, after, item, result, count, cells, passed, failed
        case changesTitle, checklistTitle

        public var texts: (en: String, ja: String) {
            switch self {
            case .changesSheet: ("Changes", "変更点")
            case .checklistSheet: ("Checklist", "チェック")
            case .place: ("Cell, row or column", "セル・行・列")
            case .change: ("Change", "変更")
            case .before: ("Before", "変更前")
            case .after: ("After", "変更後")
            case .item: ("Checklist item", "チェック項目")
            case .result: ("Result", "結果")
            case .count: ("Cells", "該当数")
            case .cells: ("Where", "該当セル")
            case .passed: ("OK", "○")
            case .failed: ("Fix", "×")
            case .changesTitle: ("Every change from the original sheet, by its cells", "元のシートからの変更（元のセル番地で）")
            case .checklistTitle: ("The original sheet against the machine-readable data rules (MIC, 2020)",
                                   "元のシートの機械判読チェック（総務省 統計表における機械判読可能なデータの表記方法の統一ルール）")
            }
        }
    }
}
