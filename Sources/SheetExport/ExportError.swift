/// Why an export failed, with what a person needs to find the cause.
public enum ExportError: Error, Equatable, Sendable {
    /// A cell holds a character the output encoding cannot represent (`--replace` writes `?` instead).
    case unmappableCharacter(sheet: String, cell: String, character: String, encoding: String)
    /// The destination already exists and overwriting was not allowed.
    case destinationExists(path: String)
    /// The destination is the workbook being read.
    case destinationIsInput(path: String)
    /// The output could not be created, written or moved into place.
    case writeFailed(path: String, reason: String)
    /// A `--date-format` pattern uses a letter that is not one of the documented fields.
    case invalidDateFormat(pattern: String, offending: String)
}
