/// 機種依存文字: characters outside JIS X 0208 that Windows added to Shift_JIS (the NEC special characters
/// and the IBM extension's small Roman numerals), which other systems drew differently or not at all, and
/// their Unicode neighbours that no Shift_JIS holds (Ⅺ, ㋿). A file that uses them turns to `?` or mojibake
/// when saved as Shift_JIS or opened by older software, and ㈱ or ① will not match the 株式会社 or 1 that a
/// search or a join looks for; the 2020 総務省 rules for machine-readable tables ask for them to be spelled out.
public enum MachineDependentCharacters {
    /// The first machine-dependent character in `text`, or nil when it has none.
    public static func first(in text: String) -> Character? {
        // Every one of them is encoded in UTF-8 with a lead byte E2 or E3; most text can be cleared by bytes.
        guard text.utf8.contains(where: { $0 == 0xE2 || $0 == 0xE3 }) else { return nil }
        return text.first { $0.unicodeScalars.contains(where: isMachineDependent) }
    }

    private static func isMachineDependent(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2460...0x2473: true // ①–⑳
        case 0x2160...0x2179: true // Ⅰ–Ⅹ, Ⅺ–Ⅿ, ⅰ–ⅹ
        case 0x3231, 0x3232, 0x3239: true // ㈱ ㈲ ㈹
        case 0x32A4...0x32A8: true // ㊤ ㊥ ㊦ ㊧ ㊨
        case 0x337B...0x337E, 0x32FF: true // ㍻ ㍼ ㍽ ㍾, and ㋿ added for 令和
        case 0x2116, 0x2121, 0x33CD: true // № ℡ ㏍
        case 0x301D, 0x301F: true // 〝 〟
        case 0x222E, 0x2211, 0x221F, 0x22BF: true // ∮ ∑ ∟ ⊿ (the block's other symbols are in JIS X 0208)
        default: units.contains(scalar.value)
        }
    }

    /// ㍉㌔㌢㍍㌘㌧㌃㌶㍑㍗㌍㌦㌣㌫㍊㌻ ㎜㎝㎞㎎㎏㏄㎡: the squared units of the NEC block.
    private static let units: Set<UInt32> = Set("㍉㌔㌢㍍㌘㌧㌃㌶㍑㍗㌍㌦㌣㌫㍊㌻㎜㎝㎞㎎㎏㏄㎡".unicodeScalars.map(\.value))
}
