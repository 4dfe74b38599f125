/// CP932 (Windows Shift_JIS) code tables built once, on first use, from the generated rows.
enum CP932Table {
    /// Trail bytes run from 0x40 to 0xFC: 189 positions per lead byte (0x7F is never valid).
    static let trailRange: ClosedRange<UInt8> = 0x40...0xFC
    private static let trailCount = 189
    /// The user-defined ("gaiji") area, mapped onto the Private Use Area from U+E000 by position.
    static let userDefinedLeads: ClosedRange<UInt8> = 0xF0...0xF9

    /// True for bytes that start a two-byte character.
    static func isLeadByte(_ byte: UInt8) -> Bool {
        (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte)
    }

    /// The character for a two-byte code, or nil when CP932 leaves it unmapped.
    static func scalar(lead: UInt8, trail: UInt8) -> Unicode.Scalar? {
        guard isLeadByte(lead), trailRange.contains(trail), trail != 0x7F else { return nil }
        let trailIndex = Int(trail - 0x40) - (trail > 0x7F ? 1 : 0)
        if userDefinedLeads.contains(lead) {
            return Unicode.Scalar(0xE000 + UInt32(lead - 0xF0) * 188 + UInt32(trailIndex))
        }
        let value = doubleByte[slot(lead) * trailCount + Int(trail - 0x40)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// The two-byte code for a character outside ASCII and half-width katakana, or nil.
    static func code(for scalar: Unicode.Scalar) -> UInt16? {
        if (0xE000...0xE757).contains(scalar.value) {
            let position = Int(scalar.value - 0xE000)
            let trailIndex = position % 188
            let trail = UInt16(0x40 + trailIndex + (trailIndex >= 0x3F ? 1 : 0))
            return UInt16(0xF0 + position / 188) << 8 | trail
        }
        return codes[scalar.value] ?? jisVariantCodes[scalar.value]
    }

    /// Characters that JIS-based converters (macOS, EUC-JP, ISO-2022-JP) produce where Windows uses a
    /// look-alike: 〜 U+301C for ～ U+FF5E, − U+2212 for － U+FF0D, ‖ U+2016 for ∥ U+2225, ¢ £ ¬ for ￠ ￡ ￢.
    /// Encoding them as their Windows twins (as Python's cp932 codec and iconv do) lets `9:00〜17:00`
    /// be written instead of refused; decoding gives the Windows form back.
    private static let jisVariantCodes: [UInt32: UInt16] = [
        0x301C: 0x8160, 0x2212: 0x817C, 0x2016: 0x8161, 0x00A2: 0x8191, 0x00A3: 0x8192, 0x00AC: 0x81CA,
    ]

    private static func slot(_ lead: UInt8) -> Int {
        lead < 0xE0 ? Int(lead - 0x81) : Int(lead - 0xE0) + 31
    }

    /// Unicode value per (lead slot, trail) position; 0 where unmapped.
    private static let doubleByte: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 60 * trailCount)
        for (lead, characters) in doubleByteRows {
            let base = slot(lead) * trailCount
            for (offset, scalar) in characters.unicodeScalars.enumerated() where scalar != "\u{FFFD}" {
                table[base + offset] = UInt16(scalar.value)
            }
        }
        return table
    }()

    /// Unicode value → code. 396 characters have two or three codes; like Windows (and LibreOffice),
    /// prefer the lowest code except that the NEC-selected IBM extensions (lead 0xED, 0xEE) come last,
    /// so 髙 encodes as 0xFBFC and ≒ as 0x81E0. Python's cp932 codec picks 0xEEE0 for 髙 instead;
    /// both decode to the same character.
    private static let codes: [UInt32: UInt16] = {
        var codes: [UInt32: UInt16] = [:]
        let necSelected: ClosedRange<UInt8> = 0xED...0xEE
        let leads = doubleByteRows.map(\.lead)
        for lead in leads.filter({ !necSelected.contains($0) }) + leads.filter({ necSelected.contains($0) }) {
            for trail in trailRange {
                guard let scalar = scalar(lead: lead, trail: trail), codes[scalar.value] == nil else { continue }
                codes[scalar.value] = UInt16(lead) << 8 | UInt16(trail)
            }
        }
        return codes
    }()
}
