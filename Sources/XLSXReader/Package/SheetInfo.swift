/// A sheet's visibility in Excel's tab bar.
public enum SheetState: String, Sendable, Codable {
    case visible, hidden, veryHidden
}

/// What a sheet is; only worksheets hold cells.
public enum SheetKind: String, Sendable, Codable {
    case worksheet, chartsheet, dialogsheet, macrosheet
}

/// A sheet as listed in the workbook, in tab order.
public struct SheetInfo: Sendable, Hashable {
    /// The tab name.
    public let name: String
    /// 0-based position in the workbook's tab order.
    public let index: Int
    /// Visible, hidden or very hidden.
    public let state: SheetState
    /// Worksheet, chartsheet, dialogsheet or macrosheet.
    public let kind: SheetKind
    /// The zip entry holding the sheet, nil when the relationship or the part is missing.
    let entryName: String?
    /// The part name the relationships point at, for messages.
    let partName: String
}
