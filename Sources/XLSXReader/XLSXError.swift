/// Everything that can go wrong while reading a workbook, each case carrying what a person needs to act:
/// the file, the part inside the package, the sheet, the cell address and the offending text.
public enum XLSXError: Error, Sendable, Equatable {
    /// The file does not exist or cannot be read (permissions, a directory, an I/O error).
    case fileUnreadable(file: String, reason: String)
    /// The file is empty (0 bytes).
    case emptyFile(file: String)
    /// The bytes are not a zip package at all (no known signature).
    case notAZip(file: String)
    /// An OLE/CFB container holding an encrypted (password-protected) workbook.
    case passwordProtected(file: String)
    /// An OLE/CFB container holding a legacy Excel 97–2003 (.xls) or Excel 5/95 workbook.
    case legacyExcel(file: String)
    /// An OLE/CFB container that is not a spreadsheet (a Word or PowerPoint file, or an unknown one).
    case unsupportedContainer(file: String)
    /// A zip package of another spreadsheet program (`application`: "OpenDocument (.ods)" or
    /// "Numbers"), which has to be saved as .xlsx first.
    case otherSpreadsheet(file: String, application: String)
    /// A binary workbook (.xlsb) whose parts are not XML.
    case binaryWorkbook(file: String)
    /// The zip starts well but is cut short or inconsistent (no central directory, bad entry).
    case corruptZip(file: String, detail: String)
    /// A part the workbook needs is absent: `_rels/.rels`, the workbook part, or a sheet's part.
    case missingPart(file: String, part: String)
    /// A part is not well-formed XML; `offset` is the byte offset in the inflated part.
    case malformedXML(file: String, part: String, offset: Int, detail: String)
    /// The requested sheet does not exist; `available` lists the sheets there are.
    case sheetNotFound(file: String, requested: String, available: [String])
    /// The sheet is a chartsheet, dialogsheet or macrosheet, which holds no cell data to read.
    case notAWorksheet(file: String, sheet: String)
    /// Inflating would exceed the configured limit on total bytes or on the compression ratio.
    case decompressionBomb(file: String, part: String, inflatedBytes: Int, limit: Int)
    /// `<dimension>` or a cell reference lies outside Excel's grid (1,048,576 rows × 16,384 columns).
    case absurdDimension(file: String, sheet: String, reference: String)
    /// A cell reference that cannot be parsed.
    case invalidCellReference(file: String, sheet: String, reference: String)
    /// A cell whose content contradicts its type: a non-numeric `<v>`, an unknown `t`, a bad boolean.
    case invalidCellValue(file: String, sheet: String, cell: String, text: String)
    /// A `t="s"` cell pointing past the shared-string table (or there is no table).
    case sharedStringMissing(file: String, sheet: String, cell: String, index: Int)
}
