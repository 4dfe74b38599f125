/// Turns a language-neutral formula into the text stored in an .xlsx cell.
///
/// Functions added in Excel 2010 and later (`STDEV.S`, `T.DIST.2T`, …) are stored with an `_xlfn.`
/// prefix; without it Excel shows `#NAME?` (toolpak.md §4.3; ECMA-376 Part 1 §18.17.7 lists the
/// "future functions"). libxlsxwriter 1.1.4 writes formula text verbatim, so the prefix is added here.
public enum FutureFunctions {
    /// Functions that need the prefix: the statistical and lookup functions a report may use.
    static let names: Set<String> = [
        "AGGREGATE", "BETA.DIST", "BETA.INV", "BINOM.DIST", "BINOM.DIST.RANGE", "BINOM.INV", "CEILING.MATH",
        "CEILING.PRECISE", "CHISQ.DIST", "CHISQ.DIST.RT", "CHISQ.INV", "CHISQ.INV.RT", "CHISQ.TEST", "CONCAT",
        "CONFIDENCE.NORM", "CONFIDENCE.T", "COVARIANCE.P", "COVARIANCE.S", "ERF.PRECISE", "ERFC.PRECISE",
        "EXPON.DIST", "F.DIST", "F.DIST.RT", "F.INV", "F.INV.RT", "F.TEST", "FLOOR.MATH", "FLOOR.PRECISE",
        "FORECAST.LINEAR", "GAMMA", "GAMMA.DIST", "GAMMA.INV", "GAMMALN.PRECISE", "GAUSS", "HYPGEOM.DIST", "IFNA",
        "IFS", "LOGNORM.DIST", "LOGNORM.INV", "MAXIFS", "MINIFS", "MODE.MULT", "MODE.SNGL", "NEGBINOM.DIST",
        "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "PERCENTILE.EXC", "PERCENTILE.INC",
        "PERCENTRANK.EXC", "PERCENTRANK.INC", "PHI", "POISSON.DIST", "QUARTILE.EXC", "QUARTILE.INC", "RANK.AVG",
        "RANK.EQ", "SKEW.P", "STDEV.P", "STDEV.S", "SWITCH", "T.DIST", "T.DIST.2T", "T.DIST.RT", "T.INV",
        "T.INV.2T", "T.TEST", "TEXTJOIN", "VAR.P", "VAR.S", "WEIBULL.DIST", "XLOOKUP", "XOR", "Z.TEST",
    ]

    /// The formula text as stored in the file: a leading `=` and every future function prefixed once.
    /// Text inside string literals (`"…"`) and quoted sheet names (`'…'`) is left alone.
    ///
    /// Works on UTF-8 bytes: function names are ASCII, and any byte of a non-ASCII character is neither a letter,
    /// a digit nor a quote, so it is copied as it is. A data sheet of a million rows sends millions of formulas
    /// through here; per-`Character` checks (`isLetter` looks up Unicode properties) were a fifth of writing one.
    public static func storedText(of formula: String) -> String {
        var utf8 = Array(formula.utf8)
        let start = utf8.first == equals ? 1 : 0
        var output: [UInt8] = [equals]
        output.reserveCapacity(utf8.count - start + 16)
        var copied = start
        var index = start
        let count = utf8.count
        utf8.withUnsafeMutableBufferPointer { bytes in
            while index < count {
                let byte = bytes[index]
                if byte == doubleQuote || byte == singleQuote {
                    index = endOfQuoted(bytes, from: index)
                } else if isIdentifierStart(byte) && !(index > start && isIdentifierPart(bytes[index - 1])) {
                    var end = index
                    while end < count && isIdentifierPart(bytes[end]) { end += 1 }
                    if isCall(bytes, after: end) {
                        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).uppercased()
                        if names.contains(name) {
                            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                            output.append(contentsOf: "_xlfn.".utf8)
                            output.append(contentsOf: name.utf8)
                            copied = end
                        }
                    }
                    index = end
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let equals = UInt8(ascii: "=")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")

    /// Index just past the closing quote of the literal starting at `start`; a doubled quote is an
    /// escaped quote inside it. An unterminated literal runs to the end.
    private static func endOfQuoted(_ bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == quote {
                if index + 1 < bytes.count && bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    private static func isCall(_ bytes: UnsafeMutableBufferPointer<UInt8>, after end: Int) -> Bool {
        var index = end
        while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "(")
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
    }
}
