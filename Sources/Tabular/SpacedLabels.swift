/// Labels padded with spaces to line up in a printed table (`総 務 課`, `総　務　課`, `総務課 `), which a
/// machine counts as categories of their own beside the plain `総務課`.
///
/// A padded text is merged only into a plain label that the column itself holds. Spaces inside a label can
/// be part of it — `山田 太郎` is how many offices write a name — so removing them is a guess, and the plain
/// label being there already is what makes the guess safe.
public enum SpacedLabels {
    /// For the distinct texts of one column: each text that differs from another of them only by ASCII or
    /// ideographic (U+3000) spaces, mapped to that other, space-free text. Texts without spaces, and padded
    /// texts whose plain label is not among `texts`, are not in the result.
    public static func merges(_ texts: some Sequence<String>) -> [String: String] {
        let texts = Array(texts)
        let padded = texts.filter(holdsSpace)
        guard !padded.isEmpty else { return [:] }
        let plain = Set(texts.filter { !holdsSpace($0) })
        var merges: [String: String] = [:]
        for text in padded {
            let label = squeezed(text)
            if !label.isEmpty, plain.contains(label) { merges[text] = label }
        }
        return merges
    }

    /// `text` without any ASCII or ideographic (U+3000) space.
    public static func squeezed(_ text: String) -> String {
        var scalars = text.unicodeScalars
        scalars.removeAll(where: isSpace)
        return String(scalars)
    }

    /// Checked on UTF-8 bytes (space `20`, U+3000 `E3 80 80`): most labels hold none, and every one is asked.
    private static func holdsSpace(_ text: String) -> Bool {
        var (beforeLast, last): (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x20 || (beforeLast == 0xE3 && last == 0x80 && byte == 0x80) { return true }
            (beforeLast, last) = (last, byte)
        }
        return false
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}"
    }
}
