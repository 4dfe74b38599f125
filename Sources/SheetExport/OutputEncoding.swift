import CSVReader

/// The text encoding of an exported CSV/TSV file.
public enum OutputEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte order mark (what most programs expect).
    case utf8 = "utf-8"
    /// UTF-8 with a byte order mark, so that Excel opens the file with Japanese intact.
    case utf8BOM = "utf-8-bom"
    /// Shift_JIS as Windows writes it (CP932), for older business systems.
    case shiftJIS = "shift_jis"

    /// The bytes written before the first row.
    var preamble: [UInt8] { self == .utf8BOM ? [0xEF, 0xBB, 0xBF] : [] }

    /// The reader's name for the same encoding.
    var textEncoding: TextEncoding { self == .shiftJIS ? .shiftJIS : .utf8 }
}

/// Comma- or tab-separated output.
public enum DelimitedFormat: String, Sendable, CaseIterable {
    case csv, tsv

    /// The field separator byte.
    var separator: UInt8 { self == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t") }

    /// The usual file extension.
    public var fileExtension: String { rawValue }
}

/// Everything that decides how a sheet becomes delimited text.
public struct DelimitedOptions: Sendable {
    /// CSV or TSV.
    public var format: DelimitedFormat
    /// The text encoding.
    public var encoding: OutputEncoding
    /// Write `?` for a character the encoding cannot hold instead of failing.
    public var replaceUnmappable: Bool
    /// How values become text.
    public var cellText: CellText

    /// Creates options; the defaults write UTF-8 CSV with ISO dates and refuse unmappable characters.
    public init(format: DelimitedFormat = .csv, encoding: OutputEncoding = .utf8,
                replaceUnmappable: Bool = false, cellText: CellText = CellText()) {
        self.format = format
        self.encoding = encoding
        self.replaceUnmappable = replaceUnmappable
        self.cellText = cellText
    }
}
