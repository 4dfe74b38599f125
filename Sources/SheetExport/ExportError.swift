import SafeOutput

/// Why an export failed, with what a person needs to find the cause.
public enum ExportError: Error, Equatable, Sendable {
    /// A cell holds a character the output encoding cannot represent (`--replace` writes `?` instead).
    case unmappableCharacter(sheet: String, cell: String, character: String, encoding: String)
    /// The output file was refused (the input, a folder, an existing file) or could not be written.
    case output(OutputError)
    /// A `--date-format` pattern uses a letter that is not one of the documented fields.
    case invalidDateFormat(pattern: String, offending: String)
}
