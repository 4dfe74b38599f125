/// The part of `styles.xml` the reader needs: each `cellXfs` entry's number format and its class.
/// A workbook's own `numFmts` win over the built-in table, even for ids below 164 (xlsx-format.md §5).
struct Styles: Sendable {
    /// `cellXfs[i].numFmtId`, indexed by a cell's `s`.
    let formatIds: [Int]
    /// Custom format codes by id, from the top-level `numFmts` only (not from `dxfs`).
    let formatCodes: [Int: String]
    private let classes: [NumberFormatClass]

    /// No styles part: every cell is General.
    static let general = Styles(formatIds: [], formatCodes: [:])

    init(formatIds: [Int], formatCodes: [Int: String]) {
        self.formatIds = formatIds
        self.formatCodes = formatCodes
        self.classes = formatIds.map { id in
            formatCodes[id].map(NumberFormats.classify(code:)) ?? NumberFormats.builtInClass(id)
        }
    }

    /// The class of style index `s`; an index outside `cellXfs` counts as General, as Excel does.
    func formatClass(style: Int) -> NumberFormatClass {
        style >= 0 && style < classes.count ? classes[style] : .number
    }

    private static let numFmts = Array("numFmts".utf8)
    private static let numFmt = Array("numFmt".utf8)
    private static let cellXfs = Array("cellXfs".utf8)
    private static let xf = Array("xf".utf8)
    private static let numFmtIdName = Array("numFmtId".utf8)
    private static let formatCodeName = Array("formatCode".utf8)

    /// Reads a styles part.
    static func read(_ part: String, archive: ZipArchive) throws -> Styles {
        let scanner = XMLScanner(source: try archive.open(part), file: archive.file, part: part, limits: archive.limits)
        var ids: [Int] = []
        var codes: [Int: String] = [:]
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { break }
            guard token == .start, scanner.depth == 2 else { continue }
            if scanner.isNamed(numFmts) {
                try readChildren(of: scanner, named: numFmt) {
                    if let id = Int(try scanner.attribute(numFmtIdName) ?? ""), let code = try scanner.attribute(formatCodeName) {
                        codes[id] = XStringEscapes.decode(Array(code.utf8))
                    }
                }
            } else if scanner.isNamed(cellXfs) {
                try readChildren(of: scanner, named: xf) {
                    ids.append(Int(try scanner.attribute(numFmtIdName) ?? "") ?? 0)
                }
            } else {
                try scanner.skipElement()
            }
        }
        return Styles(formatIds: ids, formatCodes: codes)
    }

    /// Calls `body` on each direct child start tag `name` of the current element, consuming the element.
    private static func readChildren(of scanner: XMLScanner, named name: [UInt8], _ body: () throws -> Void) throws {
        let level = scanner.depth
        while true {
            let token = try scanner.next()
            if token == .endOfDocument || (token == .end && scanner.depth < level) { return }
            if token == .start, scanner.depth == level + 1, scanner.isNamed(name) { try body() }
        }
    }
}
