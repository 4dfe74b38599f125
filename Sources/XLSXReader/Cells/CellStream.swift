/// Turns a worksheet's XML tokens into cells: positions (rows and cells without `r` follow the previous
/// one; an explicit `r` resets), types (`t`), styles (`s` → date or duration) and values.
final class CellStream {
    let sheet: SheetInfo
    private(set) var dimension: CellRange?
    private let scanner: XMLScanner
    private let file: String
    private let sharedStrings: [String]?
    private let styles: Styles
    private let dateSystem: DateSystem
    private let wantsFormulas: Bool

    private var row = 0
    private var column = 0
    private var finished = false
    private var deferredError: (any Error)?
    private var valueBytes: [UInt8] = []
    private var formulaBytes: [UInt8] = []

    private let names = ElementNames()

    init(scanner: XMLScanner, sheet: SheetInfo, workbook: Workbook, formulas: Bool) {
        self.scanner = scanner
        self.sheet = sheet
        self.file = workbook.file
        self.sharedStrings = workbook.sharedStrings
        self.styles = workbook.styles
        self.dateSystem = workbook.dateSystem
        self.wantsFormulas = formulas
    }

    /// Bytes of the sheet's XML scanned so far, and its whole size when the zip directory gives it.
    var progress: (done: Int, total: Int?) { (scanner.bytesConsumed, scanner.expectedBytes) }

    /// Reads up to `<sheetData>`, taking the dimension on the way.
    func readToSheetData() throws {
        while true {
            switch try scanner.next() {
            case .start where scanner.isNamed(names.sheetData):
                if scanner.isSelfClosing { finished = true }
                return
            case .start where scanner.isNamed(names.dimension):
                dimension = try readDimension()
            case .endOfDocument:
                finished = true
                return
            default:
                continue
            }
        }
    }

    /// The merged ranges after the cell data; meant for when every cell has been read.
    func readMergedRanges() throws -> [CellRange] {
        try MergedRanges.read(scanner, sheet: sheet)
    }

    /// Replaces `batch`'s cells with the next ones, up to `CellBatch.capacity`; false at the end of the sheet.
    /// A cell that cannot be read throws, but only once the cells before it have been handed out, as a
    /// cell-by-cell read would.
    func fill(_ batch: inout CellBatch) throws -> Bool {
        batch.reset(sharedStrings: sharedStrings ?? [])
        if let error = deferredError {
            deferredError = nil
            throw error
        }
        do {
            try gather(into: &batch)
        } catch where !batch.isEmpty {
            deferredError = error
        }
        return !batch.isEmpty
    }

    private func gather(into batch: inout CellBatch) throws {
        while !finished, batch.records.count < CellBatch.capacity {
            if let simple = scanner.takeSimpleCell() {
                try append(simple, to: &batch)
                continue
            }
            if scanner.takeRowEnd() { continue }
            if let simple = scanner.takeRowStart() {
                try startRow(reference: simple.reference)
                continue
            }
            switch try scanner.next() {
            case .start where scanner.isNamed(names.c):
                if let cell = try readCell() { batch.append(cell) }
            case .start where scanner.isNamed(names.row):
                try startRow(reference: scanner.attributeIndex(names.r).map(scanner.rawAttribute))
            case .end where scanner.isNamed(names.sheetData), .endOfDocument:
                finished = true
            default:
                continue
            }
        }
    }

    private func readDimension() throws -> CellRange? {
        guard let text = try scanner.attribute(names.ref)?.trimmingSpaces, !text.isEmpty else { return nil }
        if let range = CellRange(a1: text) { return range }
        let looksLikeReference = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ":") }
        if looksLikeReference { throw XLSXError.absurdDimension(file: file, sheet: sheet.name, reference: text) }
        return nil
    }

    /// Moves to a new row: its `r` when present, else the row after the previous one.
    private func startRow(reference raw: UnsafeBufferPointer<UInt8>?) throws {
        column = 0
        guard let raw else {
            row += 1
            try checkGrid()
            return
        }
        guard let number = DecimalParser.parse(raw), number >= 1, number == number.rounded() else {
            throw XLSXError.invalidCellReference(file: file, sheet: sheet.name, reference: String(decoding: raw, as: UTF8.self))
        }
        guard number <= Double(CellAddress.maxRow) else {
            throw XLSXError.absurdDimension(file: file, sheet: sheet.name, reference: "row \(String(decoding: raw, as: UTF8.self))")
        }
        row = Int(number)
    }

    private func checkGrid() throws {
        guard row <= CellAddress.maxRow, column <= CellAddress.maxColumn else {
            throw XLSXError.absurdDimension(file: file, sheet: sheet.name, reference: "R\(row)C\(column)")
        }
    }

    /// Appends a cell taken by the scanner's fast path (nothing for a styled empty cell). Shared-string cells,
    /// the most common text, stay an index; the rest go through the one decoder of values.
    private func append(_ simple: SimpleCell, to batch: inout CellBatch) throws {
        try placeCell(reference: simple.reference)
        guard let text = simple.value else { return }
        let type = simple.type.map(CellType.init) ?? .number
        if type == .sharedString, let index = sharedStringIndex(text) {
            return batch.appendSharedString(index, row: row, column: column)
        }
        let address = CellAddress(rowNumber: row, columnNumber: column)
        // The scanner's bytes are read in place: copying each `<v>` first cost an append per cell.
        if let value = try value(type: type, style: styleIndex(simple.style), text: text, inlineText: nil, address: address) {
            batch.append(value, row: row, column: column)
        }
    }

    /// The shared-strings entry that `text` names, or nil when it is not an index into the table.
    private func sharedStringIndex(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let index = DecimalParser.integer(text), index >= 0, let strings = sharedStrings, index < strings.count else { return nil }
        return index
    }

    /// Reads one `<c>` through the general token path; nil for a styled empty cell.
    private func readCell() throws -> Cell? {
        try placeCell(reference: scanner.attributeIndex(names.r).map(scanner.rawAttribute))
        let address = CellAddress(rowNumber: row, columnNumber: column)
        let type = scanner.attributeIndex(names.t).map { CellType(scanner.rawAttribute($0)) } ?? .number
        let style = styleIndex(scanner.attributeIndex(names.s).map(scanner.rawAttribute))
        guard !scanner.isSelfClosing else {
            _ = try scanner.next()
            return nil
        }
        var hasValue = false
        var hasFormula = false
        var inlineText: String?
        valueBytes.removeAll(keepingCapacity: true)
        formulaBytes.removeAll(keepingCapacity: true)
        let level = scanner.depth
        while true {
            let token = try scanner.next()
            if token == .end, scanner.depth < level { break }
            guard token == .start else { continue }
            if scanner.isNamed(names.v) {
                hasValue = true
                try collectText(into: &valueBytes)
            } else if scanner.isNamed(names.f) {
                hasFormula = true
                if wantsFormulas { try collectText(into: &formulaBytes) } else { try scanner.skipElement() }
            } else if scanner.isNamed(names.inlineString) {
                inlineText = try RichText.read(scanner)
            } else {
                try scanner.skipElement()
            }
        }
        let formula = wantsFormulas && !formulaBytes.isEmpty ? XStringEscapes.decode(formulaBytes) : nil
        let read = try valueBytes.withUnsafeBufferPointer { bytes in
            try value(type: type, style: style, text: hasValue ? bytes : nil, inlineText: inlineText, address: address)
        }
        guard let value = read else {
            return hasFormula ? Cell(address: address, value: .empty, formula: formula) : nil
        }
        return Cell(address: address, value: value, formula: formula)
    }

    /// `s` as a `cellXfs` index; empty (`s=""`) or unreadable counts as 0, as Excel does.
    private func styleIndex(_ raw: UnsafeBufferPointer<UInt8>?) -> Int {
        raw.flatMap(DecimalParser.integer) ?? 0
    }

    /// Moves to the cell's position: its `r` when present, else the column after the previous cell.
    private func placeCell(reference raw: UnsafeBufferPointer<UInt8>?) throws {
        if row == 0 { row = 1 }
        guard let raw else {
            column += 1
            try checkGrid()
            return
        }
        guard let address = CellAddress.parse(raw) else {
            let text = String(decoding: raw, as: UTF8.self)
            let isLetters = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            throw isLetters && !text.isEmpty
                ? XLSXError.absurdDimension(file: file, sheet: sheet.name, reference: text)
                : XLSXError.invalidCellReference(file: file, sheet: sheet.name, reference: text)
        }
        row = address.rowNumber
        column = address.columnNumber
    }

    private func collectText(into bytes: inout [UInt8]) throws {
        guard !scanner.isSelfClosing else {
            _ = try scanner.next()
            return
        }
        let level = scanner.depth
        while true {
            switch try scanner.next() {
            case .text: try scanner.appendText(to: &bytes)
            case .end where scanner.depth < level, .endOfDocument: return
            case .start: try scanner.skipElement()
            default: continue
            }
        }
    }

    /// The value of a cell, or nil when there is none (`text` nil when there is no `<v>`, or an empty one
    /// for non-text types).
    private func value(type: CellType, style: Int, text: UnsafeBufferPointer<UInt8>?, inlineText: String?,
                       address: CellAddress) throws -> CellValue? {
        switch type {
        case .inlineString:
            return inlineText.map(CellValue.text)
        case .formulaString:
            return text.map { XStringEscapes.decode(Array($0)) }.map(CellValue.text)
        case .unknown(let name):
            throw XLSXError.invalidCellValue(file: file, sheet: sheet.name, cell: address.a1, text: "t=\"\(name)\"")
        default:
            break
        }
        guard let text, text.contains(where: { $0 > 0x20 }) else { return nil }
        switch type {
        case .number:
            guard let number = DecimalParser.parse(text) else {
                throw XLSXError.invalidCellValue(file: file, sheet: sheet.name, cell: address.a1, text: CellStream.trimmedText(text))
            }
            return numeric(number, style: style)
        case .sharedString:
            guard let index = sharedStringIndex(text), let strings = sharedStrings else {
                let written = DecimalParser.integer(text) ?? -1
                throw XLSXError.sharedStringMissing(file: file, sheet: sheet.name, cell: address.a1, index: written)
            }
            return .text(strings[index])
        case .boolean:
            // Excel writes 1/0; xsd:boolean also allows true/false. Checked on bytes without a copy: booleans can be many.
            if let flag = CellStream.bitValue(text) { return .bool(flag) }
            let written = CellStream.trimmedText(text)
            switch written {
            case "true", "TRUE": return .bool(true)
            case "false", "FALSE": return .bool(false)
            default: throw XLSXError.invalidCellValue(file: file, sheet: sheet.name, cell: address.a1, text: written)
            }
        case .error:
            return .error(CellStream.trimmedText(text))
        case .isoDate:
            return .isoDateTime(CellStream.trimmedText(text))
        case .inlineString, .formulaString, .unknown:
            return nil
        }
    }

    /// `1` or `0` with optional surrounding whitespace as a flag, else nil.
    private static func bitValue(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        var flag: Bool?
        for byte in text where byte > 0x20 {
            guard flag == nil else { return nil }
            switch byte {
            case UInt8(ascii: "1"): flag = true
            case UInt8(ascii: "0"): flag = false
            default: return nil
            }
        }
        return flag
    }

    /// The `<v>` text without surrounding whitespace.
    private static func trimmedText(_ text: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: text, as: UTF8.self).trimmingSpaces
    }

    private func numeric(_ number: Double, style: Int) -> CellValue {
        switch styles.formatClass(style: style) {
        case .number:
            return .number(number)
        case .duration:
            return .duration(days: number)
        case .date:
            let date = ExcelDate(serial: number, system: dateSystem)
            return date.isValid ? .date(date) : .number(number)
        }
    }
}

/// The `t` attribute of a cell (xlsx-format.md §4.3).
enum CellType: Equatable {
    case number, sharedString, formulaString, inlineString, boolean, error, isoDate
    case unknown(String)

    init(_ raw: UnsafeBufferPointer<UInt8>) {
        // The common one-letter types are matched on bytes; only the rest build a String.
        if raw.count == 1 {
            switch raw[0] {
            case UInt8(ascii: "n"): self = .number; return
            case UInt8(ascii: "s"): self = .sharedString; return
            case UInt8(ascii: "b"): self = .boolean; return
            case UInt8(ascii: "e"): self = .error; return
            case UInt8(ascii: "d"): self = .isoDate; return
            default: break
            }
        }
        switch String(decoding: raw, as: UTF8.self) {
        case "": self = .number
        case "str": self = .formulaString
        case "inlineStr": self = .inlineString
        case let other: self = .unknown(other)
        }
    }
}

/// The element and attribute names the stream compares against. Held per stream rather than as static
/// constants: on Linux every read of a lazily initialised global goes through `swift_once`, which cost
/// ~1.5% of a sheet read at one or two reads per cell.
private struct ElementNames {
    let sheetData = Array("sheetData".utf8)
    let dimension = Array("dimension".utf8)
    let row = Array("row".utf8)
    let c = Array("c".utf8)
    let v = Array("v".utf8)
    let f = Array("f".utf8)
    let inlineString = Array("is".utf8)
    let r = Array("r".utf8)
    let t = Array("t".utf8)
    let s = Array("s".utf8)
    let ref = Array("ref".utf8)
}
