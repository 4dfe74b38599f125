/// What `workbook.xml` says: the date system and the sheets in tab order with their relationship ids.
struct WorkbookPart {
    struct SheetEntry {
        let name: String
        let state: SheetState
        let relationshipId: String?
    }

    let date1904: Bool
    let sheets: [SheetEntry]

    private static let workbookPr = Array("workbookPr".utf8)
    private static let date1904Name = Array("date1904".utf8)
    private static let sheet = Array("sheet".utf8)
    private static let nameAttribute = Array("name".utf8)
    private static let stateAttribute = Array("state".utf8)
    private static let idAttribute = Array("id".utf8)

    /// Reads the workbook part. `workbookPr` counts only in the SpreadsheetML namespace, so Excel's
    /// `x15:workbookPr` in `extLst` cannot override it; `1` and `true` select the 1904 system.
    static func read(_ part: String, archive: ZipArchive) throws -> WorkbookPart {
        let scanner = XMLScanner(source: try archive.open(part), file: archive.file, part: part, limits: archive.limits)
        var date1904 = false
        var sheets: [SheetEntry] = []
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { break }
            guard token == .start else { continue }
            if scanner.isNamed(workbookPr) {
                let value = try scanner.attribute(date1904Name)?.trimmingSpaces
                date1904 = value == "1" || value == "true"
            } else if scanner.isNamed(sheet) {
                let state: SheetState = switch try scanner.attribute(stateAttribute) {
                case "hidden": .hidden
                case "veryHidden": .veryHidden
                default: .visible
                }
                let name = try scanner.attribute(nameAttribute) ?? ""
                sheets.append(SheetEntry(name: XStringEscapes.decode(Array(name.utf8)), state: state,
                                         relationshipId: try scanner.attribute(idAttribute, in: .officeRelationships)))
            }
        }
        return WorkbookPart(date1904: date1904, sheets: sheets)
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
