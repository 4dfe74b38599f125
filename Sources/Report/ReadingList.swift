/// Lists inside reading sentences, of bounded length whatever the data's size.
///
/// A reading names levels, pairs or rows so that a participant can find them; past a handful the list stops
/// helping, and a long sheet (20,000 row labels in `anova2 --columns`) would make one sentence longer than the
/// 32,767 characters an Excel cell holds. So a list shows its first `limit` items — callers order them, most
/// important first — and then how many it left out: "…、j 他 N 件" / "…, j and N more".
public enum ReadingList {
    /// Items a reading names before it counts the rest.
    public static let limit = 10

    /// `items` joined with the language's separator, cut after `limit` with the count of the rest.
    public static func joined(_ items: [String], _ language: Language, limit: Int = limit, separator: String? = nil) -> String {
        let shown = items.prefix(max(1, limit)).joined(separator: separator ?? (language == .en ? ", " : "、"))
        let rest = items.count - min(items.count, max(1, limit))
        guard rest > 0 else { return shown }
        switch language {
        case .en: return "\(shown) and \(rest) more"
        case .ja: return "\(shown) 他 \(rest) 件"
        }
    }

    /// The sentence after the `limit` listed observations with a large standard residual, counting the others.
    public static func moreLargeResiduals(_ count: Int, limit: Double, _ language: Language) -> String {
        let bound = NumberFormat.general.approximateDisplay(of: limit)
        switch language {
        case .en: return "\(count) more observations have a standard residual beyond ±\(bound); the residual output lists every one."
        case .ja: return "ほかに標準残差が ±\(bound) を超える観測が \(count) 件あります。すべて残差出力で確かめられます。"
        }
    }
}
