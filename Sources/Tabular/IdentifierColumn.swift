extension Column {
    /// Headers that name a row's identity rather than a measure or a category: `職員番号`, `ID`, `No.`, `コード`,
    /// `氏名` (compared in upper case, spaces removed).
    static let identifierHeaderWords = ["ID", "番号", "NO.", "NO", "№", "コード", "CODE", "氏名"]

    /// Below this many values a column whose values all differ is as likely a short list of categories (the five 課
    /// of a summary table) as an identifier, so it counts as one only when its header says so.
    public static let identifierMinimumCount = 10

    /// Whether the column identifies rows (職員番号, ID, No., 氏名, a free-text comment) rather than measuring or
    /// grouping them: every value differs, and either the header names an identifier or, past
    /// `identifierMinimumCount` values, the values are texts or consecutive whole numbers (1, 2, 3 …). A frequency
    /// table of such a column lists every row once, and its mean or correlations mean nothing, so `report` leaves it
    /// out and `inspect` says so. Numbers must be consecutive without such a header, since a measure (人口 of 20
    /// districts) may well have no two values alike.
    ///
    /// Stops at the first repeated value, so a category column costs a few values, an identifier one pass.
    public var isIdentifier: Bool {
        guard type == .text || type == .number, count >= 2 else { return false }
        let named = Self.namesIdentifier(header.isEmpty ? name : header)
        guard named || count >= Self.identifierMinimumCount else { return false }
        var seenTexts = Set<String>(), seenNumbers = Set<Double>()
        var low = Double.infinity, high = -Double.infinity
        for value in values {
            switch value {
            case .text(let text) where type == .text:
                guard seenTexts.insert(text).inserted else { return false }
            case .number(let number) where type == .number:
                guard number == number.rounded(), seenNumbers.insert(number).inserted else { return false }
                (low, high) = (min(low, number), max(high, number))
            case .empty: continue
            default: return false
            }
        }
        if type == .number, !named { return high - low == Double(seenNumbers.count - 1) }
        return true
    }

    static func namesIdentifier(_ header: String) -> Bool {
        let key = header.uppercased().filter { !$0.isWhitespace }
        return identifierHeaderWords.contains { word in
            word.count <= 3 && word.allSatisfy(\.isASCII)
                ? key == word || key.hasSuffix(word) && !(key.dropLast(word.count).last?.isASCII ?? false)
                : key.contains(word)
        }
    }
}
