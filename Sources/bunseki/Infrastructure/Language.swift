import Procedures
import ArgumentParser
import Foundation
import Report

/// The language of everything the tool prints: the same one the report labels use, so one `--lang`
/// chooses both the messages and the result workbook.
typealias Language = Report.Language

extension Language: ExpressibleByArgument {
    /// `--lang` when given, else Japanese when `LANG` starts with `ja`, else English.
    static func resolve(_ flag: Language?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let flag { return flag }
        return environment["LANG"]?.hasPrefix("ja") == true ? .ja : .en
    }
}
