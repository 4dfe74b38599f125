import Report
import CSVReader

extension ErrorMessages {
    /// Sentences for CSV/TSV input errors: file, line and byte or column, and what to try.
    package static func delimitedText(_ error: CSVError, _ l: Language) -> String {
        switch error {
        case .unreadableFile(let path, let reason):
            return l.pick(ja: "ファイル「\(path)」を読めません。パスとアクセス権を確認してください。",
                          en: "Cannot read the file '\(path)' (\(reason)); check the path and permissions.")
        case .undetectableEncoding(let file, let failures):
            let places = failures.map { "\($0.encoding.rawValue): " + place($0, l) }
                .joined(separator: l.pick(ja: "、", en: "; "))
            return l.pick(ja: "「\(file)」の文字コードが分かりません (\(places))。--encoding で指定してください。",
                          en: "Cannot tell the encoding of '\(file)' (\(places)); name it with --encoding.")
        case .invalidBytes(let file, let failure):
            return l.pick(ja: "「\(file)」は \(failure.encoding.rawValue) として読めません: \(place(failure, l))。--encoding を確認してください。",
                          en: "'\(file)' is not valid \(failure.encoding.rawValue): \(place(failure, l)); check --encoding.")
        case .unterminatedQuote(let file, let line, let column):
            return l.pick(ja: "「\(file)」の \(line) 行目 \(column) 列目で始まる引用符 (\") が閉じられていません。",
                          en: "'\(file)', line \(line), column \(column): a quote (\") is opened and never closed.")
        case .unmappableCharacter(let character, let offset, let encoding):
            let code = "U+" + String(character.value, radix: 16, uppercase: true)
            return l.pick(ja: "文字「\(character)」(\(code)、\(offset + 1) 文字目) は \(encoding.rawValue) で書けません。",
                          en: "The character '\(character)' (\(code), character \(offset + 1)) cannot be written in \(encoding.rawValue).")
        }
    }

    /// `line 3, byte 120 (0x87 0x7F)`; the byte offset counts from 0 at the start of the file.
    private static func place(_ failure: DecodingFailure, _ l: Language) -> String {
        let bytes = failure.bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        return l.pick(ja: "\(failure.line) 行目、\(failure.byteOffset) バイト目 (\(bytes))",
                      en: "line \(failure.line), byte \(failure.byteOffset) (\(bytes))")
    }
}
