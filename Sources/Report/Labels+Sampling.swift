extension Labels {
    /// The Sampling and Random Number Generation tools (toolpak.md §3.15).
    public enum Sampling: BilingualLabel, CaseIterable {
        case samplingTitle, randomTitle

        public var texts: (en: String, ja: String) {
            switch self {
            case .samplingTitle: ("Sampling", "サンプリング")
            case .randomTitle: ("Random Number Generation", "乱数発生")
            }
        }
    }
}
