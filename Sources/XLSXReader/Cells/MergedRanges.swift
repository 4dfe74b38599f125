/// Reading `<mergeCells>`, which Excel writes after `<sheetData>`.
enum MergedRanges {
    private static let mergeCell = Array("mergeCell".utf8)
    private static let ref = Array("ref".utf8)

    static func read(_ scanner: XMLScanner, sheet: SheetInfo) throws -> [CellRange] {
        var ranges: [CellRange] = []
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { return ranges }
            guard token == .start, scanner.isNamed(mergeCell) else { continue }
            guard let text = try scanner.attribute(ref), let range = CellRange(a1: text.trimmingSpaces) else {
                throw XLSXError.invalidCellReference(file: scanner.file, sheet: sheet.name,
                                                     reference: try scanner.attribute(ref) ?? "")
            }
            ranges.append(range)
        }
    }
}
