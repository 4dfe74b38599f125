/// The language of a report's labels and sentences.
public enum Language: String, Codable, Sendable, CaseIterable {
    /// Japanese, following the Japanese Excel Analysis ToolPak (分析ツール) wording.
    case ja
    /// English, following the US-English Excel Analysis ToolPak wording.
    case en
}

/// A label catalogue entry: the same label in both languages.
public protocol BilingualLabel: Sendable {
    /// The English and Japanese texts.
    var texts: (en: String, ja: String) { get }
}

extension BilingualLabel {
    /// The label in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return texts.en
        case .ja: return texts.ja
        }
    }
}
