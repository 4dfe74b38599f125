/// Which texts count as numbers when a CSV field is typed into a table.
public enum NumberText {
    /// The number a spreadsheet would make of `text` typed into a cell, or nil for text.
    ///
    /// Accepted: an optional sign, digits with an optional decimal point (`12`, `-3.5`, `.5`, `5.`),
    /// an optional exponent (`1.2E-3`), an optional trailing `%` (`50%` → 0.5).
    /// Deliberately left as text, so the table layer can report them as number-like text with their
    /// position instead of silently converting: thousands separators (`1,234`), surrounding spaces,
    /// full-width digits (`１２３`), currency signs, units (`12時間`), `inf`/`nan`, hexadecimal,
    /// and magnitudes a double cannot hold.
    public static func number(from text: some StringProtocol) -> Double? {
        var scalars = Substring(text).unicodeScalars[...]
        let percent = scalars.last == "%"
        if percent { scalars = scalars.dropLast() }
        var mantissa = ""
        if let sign = scalars.first, sign == "+" || sign == "-" {
            mantissa.unicodeScalars.append(sign)
            scalars = scalars.dropFirst()
        }
        let integerDigits = takeDigits(&scalars)
        var fractionDigits = ""
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fractionDigits = takeDigits(&scalars)
        }
        guard !(integerDigits.isEmpty && fractionDigits.isEmpty) else { return nil }
        mantissa += integerDigits + "." + fractionDigits + "0"
        var exponent = 0
        if let marker = scalars.first, marker == "e" || marker == "E" {
            scalars = scalars.dropFirst()
            var exponentText = ""
            if let sign = scalars.first, sign == "+" || sign == "-" {
                exponentText.unicodeScalars.append(sign)
                scalars = scalars.dropFirst()
            }
            let digits = takeDigits(&scalars)
            // Anything past five digits overflows or underflows a double either way.
            guard !digits.isEmpty, let value = Int(exponentText + digits.suffix(6)) else { return nil }
            exponent = value
        }
        guard scalars.isEmpty else { return nil }
        // Shifting the decimal exponent, instead of dividing by 100, keeps `12.3%` exactly the double of 0.123.
        guard let value = Double(mantissa + "e" + String(exponent - (percent ? 2 : 0))), value.isFinite else {
            return nil
        }
        return value
    }

    private static func takeDigits(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> String {
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        scalars = scalars.dropFirst(digits.count)
        return String(String.UnicodeScalarView(digits))
    }
}
