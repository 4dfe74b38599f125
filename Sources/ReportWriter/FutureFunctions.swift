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
    public static func storedText(of formula: String) -> String {
        let characters = Array(formula.hasPrefix("=") ? String(formula.dropFirst()) : formula)
        var output = "="
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\"" || character == "'" {
                let end = endOfQuoted(characters, from: index)
                output += String(characters[index..<end])
                index = end
            } else if isIdentifierStart(character) && !(index > 0 && isIdentifierPart(characters[index - 1])) {
                var end = index
                while end < characters.count && isIdentifierPart(characters[end]) { end += 1 }
                let name = String(characters[index..<end])
                if isCall(characters, after: end) && names.contains(name.uppercased()) {
                    output += "_xlfn." + name.uppercased()
                } else {
                    output += name
                }
                index = end
            } else {
                output.append(character)
                index += 1
            }
        }
        return output
    }

    /// Index just past the closing quote of the literal starting at `start`; a doubled quote is an
    /// escaped quote inside it. An unterminated literal runs to the end.
    private static func endOfQuoted(_ characters: [Character], from start: Int) -> Int {
        let quote = characters[start]
        var index = start + 1
        while index < characters.count {
            if characters[index] == quote {
                if index + 1 < characters.count && characters[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return characters.count
    }

    private static func isCall(_ characters: [Character], after end: Int) -> Bool {
        var index = end
        while index < characters.count && characters[index] == " " { index += 1 }
        return index < characters.count && characters[index] == "("
    }

    private static func isIdentifierStart(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character == "_")
    }

    private static func isIdentifierPart(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == ".")
    }
}
