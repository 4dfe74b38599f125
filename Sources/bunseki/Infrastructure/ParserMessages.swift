import ArgumentParser
import Foundation
import Procedures
import Report

/// The argument parser's own errors (a missing option, an unknown one, a value that is not a number) in Japanese
/// when Japanese is chosen (`--lang ja`, or `LANG=ja_*` without `--lang`): the parser itself speaks only English.
/// The exit status stays the parser's (64, a wrong command line; docs/JSON.md). Anything not an error (help, a
/// clean exit) and every message under English are left to the parser.
enum ParserMessages {
    /// The language the command line asks for, read before parsing (parsing is what failed).
    static func language(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] == "ja" ? .ja : .en }
            if argument.hasPrefix("--lang=") { return argument.dropFirst(7) == "ja" ? .ja : .en }
        }
        return Language.resolve(nil, environment: environment)
    }

    /// The Japanese text for `error` as the parser reports it (`fullMessage`), or nil to leave it to the parser.
    static func japanese(fullMessage: String, status: Int32) -> String? {
        guard status == ExitCode.validationFailure.rawValue else { return nil }
        let lines = fullMessage.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, first.hasPrefix("Error: ") else { return nil }
        var text = ["エラー: " + sentence(String(first.dropFirst("Error: ".count)))]
        for line in lines.dropFirst() {
            if line.hasPrefix("Usage: ") {
                text.append("使い方: " + line.dropFirst("Usage: ".count))
            } else if let match = line.firstMatch(of: /See '(.+)' for more information\./) {
                text.append("  詳しくは '\(match.1)' を見てください。")
            }
        }
        return text.joined(separator: "\n")
    }

    /// One parser message in Japanese; a message the catalogue does not know is kept as it is rather than lost.
    static func sentence(_ message: String) -> String {
        if let known = validationMessages[message] { return known }
        if let m = message.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return "\(m.1) を指定してください。この操作に必要です。"
        }
        if let m = message.wholeMatch(of: /Missing value for '(.+)'/) {
            return "\(m.1) の値がありません。オプションのすぐ後に値を書いてください (負の数は --alpha=-1 のように = でつなぎます)。"
        }
        if let m = message.wholeMatch(of: /The value '(.*)' is invalid for '(.+?)'(?:\. Please provide one of (.+)\.)?/) {
            let choices = m.3.map { "\($0.replacingOccurrences(of: " or ", with: "、").replacingOccurrences(of: ", ", with: "、"))のどれかを指定してください。" }
                ?? "数値や選べる値を確認してください。"
            return "\(m.2) に「\(m.1)」は使えません。" + choices
        }
        if let m = message.wholeMatch(of: /Unknown option '(.+?)'(?:\. Did you mean '(.+)'\?)?/) {
            return "\(m.1) というオプションはありません。" + (m.2.map { "\($0) のことですか?" } ?? "--help で使えるオプションを確認してください。")
        }
        if let m = message.wholeMatch(of: /Unexpected argument '(.+)'/) {
            return "余分な指定「\(m.1)」があります。ファイルは 1 つだけ、オプションは -- で始めてください。"
        }
        if let m = message.wholeMatch(of: /\d+ unexpected arguments: (.+)/) {
            return "余分な指定 \(m.1) があります。ファイルは 1 つだけ、オプションは -- で始めてください。"
        }
        return message
    }

    /// The commands' own `validate()` messages (ArgumentParser's `ValidationError`), one Japanese sentence each.
    static let validationMessages: [String: String] = [
        "--all-sheets and --sheet cannot be used together.": "--all-sheets と --sheet は同時に使えません。",
        "--all-sheets writes files; give a folder with -o.": "--all-sheets はファイルを書き出します。-o に出力先のフォルダーを指定してください。",
        "JSON is always written in UTF-8.": "JSON は常に UTF-8 で書き出します。--encoding は指定しないでください。",
        "Give --participants N or --roster FILE.xlsx.": "--participants N か --roster 名簿.xlsx を指定してください。",
        "Give either --participants or --roster, not both.": "--participants と --roster はどちらか一方だけを指定してください。",
        "--participants must be between 1 and 1000.": "--participants には 1 以上 1000 以下の数を指定してください。",
        "--port must be between 0 and 65535.": "--port には 0 以上 65535 以下の数を指定してください。",
        "--upload-limit must be between 1 and 2048 (MB).": "--upload-limit には 1 以上 2048 以下 (MB) の数を指定してください。",
        "--time-limit must be between 1 and 3600 seconds.": "--time-limit には 1 以上 3600 以下 (秒) の数を指定してください。",
        "--roster and --participants belong to --exercise.": "--roster と --participants は --exercise と一緒に使います。",
        "Give either --roster or --participants, not both.": "--roster と --participants はどちらか一方だけを指定してください。",
    ]
}
