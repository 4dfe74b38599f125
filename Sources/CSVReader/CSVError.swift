/// Everything that can go wrong reading or encoding CSV text, with what a person needs to fix it.
public enum CSVError: Error, Sendable, Hashable {
    /// The file could not be read at all.
    case unreadableFile(path: String, reason: String)
    /// Without a byte order mark, the bytes are neither valid UTF-8 nor valid Shift_JIS (CP932);
    /// one failure per encoding tried, in the order tried.
    case undetectableEncoding(file: String, failures: [DecodingFailure])
    /// The bytes are invalid in the encoding that was forced or announced by a byte order mark.
    case invalidBytes(file: String, failure: DecodingFailure)
    /// A quoted field opened at `line`, `column` is never closed before the end of the file.
    case unterminatedQuote(file: String, line: Int, column: Int)
    /// `character` (the `scalarOffset`-th Unicode scalar of the text, 0-based) has no code in `encoding`.
    /// Callers encoding a cell add the cell address to their own message.
    case unmappableCharacter(character: Unicode.Scalar, scalarOffset: Int, encoding: TextEncoding)
}
