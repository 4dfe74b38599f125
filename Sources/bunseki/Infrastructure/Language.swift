import ArgumentParser
import Foundation

/// The language of everything the tool prints.
enum Language: String, ExpressibleByArgument, CaseIterable, Sendable {
    case ja, en

    /// `--lang` when given, else Japanese when `LANG` starts with `ja`, else English.
    static func resolve(_ flag: Language?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let flag { return flag }
        return environment["LANG"]?.hasPrefix("ja") == true ? .ja : .en
    }

    /// Picks the text for this language.
    func pick(ja: String, en: String) -> String { self == .ja ? ja : en }
}
