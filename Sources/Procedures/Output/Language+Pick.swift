import Report

extension Language {
    /// Picks the text for this language.
    package func pick(ja: String, en: String) -> String { self == .ja ? ja : en }
}
