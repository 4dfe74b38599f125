/// A text shown to participants: Japanese always, English optionally.
///
/// In YAML either a plain string (taken as Japanese) or a mapping `{ja: …, en: …}`.
public struct LocalizedText: Codable, Sendable, Hashable {
    /// The Japanese text, always present.
    public var ja: String
    /// The English text, when the spec provides one.
    public var en: String?

    /// Creates a text from its Japanese and optional English versions.
    public init(ja: String, en: String? = nil) {
        self.ja = ja
        self.en = en
    }

    private enum CodingKeys: String, CodingKey { case ja, en }

    public init(from decoder: Decoder) throws {
        if let plain = try? decoder.singleValueContainer().decode(String.self) {
            self.init(ja: plain)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(ja: try container.decode(String.self, forKey: .ja),
                  en: try container.decodeIfPresent(String.self, forKey: .en))
    }
}
