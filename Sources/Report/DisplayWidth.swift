/// Width of text in spreadsheet character units, where East Asian wide and full-width characters
/// (kana, kanji, hangul, full-width forms) take two units and everything else one.
public enum DisplayWidth {
    /// Scalar ranges with East Asian Width W or F (Unicode UAX #11), coarsened to the blocks that
    /// occur in Japanese, Chinese and Korean text.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo leading consonants
        0x2E80...0x303E,   // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,   // CJK Unified Ideographs Extension A
        0x4E00...0x9FFF,   // CJK Unified Ideographs
        0xA000...0xA4CF,   // Yi
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE30...0xFE4F,   // CJK compatibility forms
        0xFF00...0xFF60,   // Full-width ASCII forms
        0xFFE0...0xFFE6,   // Full-width signs
        0x1F300...0x1F64F, // Pictographs and emoticons
        0x20000...0x3FFFD, // CJK Unified Ideographs Extensions B and beyond
    ]

    /// Character units `text` takes when shown in a cell.
    public static func of(_ text: String) -> Int {
        // Below U+0300 no scalar is a combining mark or wide, so the common Latin text skips the property lookups.
        var total = 0
        for scalar in text.unicodeScalars { total += scalar.value < 0x300 ? 1 : units(of: scalar) }
        return total
    }

    private static func units(of scalar: Unicode.Scalar) -> Int {
        // Combining marks and zero-width joiners add no width of their own.
        if scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x200D { return 0 }
        let value = scalar.value
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }
}
