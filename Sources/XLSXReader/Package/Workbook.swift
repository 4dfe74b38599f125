import Foundation

/// An open .xlsx/.xlsm package: its sheets, date system, shared strings and styles. Cells are streamed
/// sheet by sheet with `cells(of:)`. A workbook is not meant to be shared between threads.
public final class Workbook {
    /// The path (or the name given for in-memory data), used in every error.
    public let file: String
    /// Sheets in tab order.
    public let sheets: [SheetInfo]
    /// The workbook's date system.
    public let dateSystem: DateSystem
    /// Whether the workbook uses the 1904 date system.
    public var date1904: Bool { dateSystem == .excel1904 }

    let archive: ZipArchive
    let sharedStrings: [String]?
    let styles: Styles

    /// Opens the workbook at `path`.
    public convenience init(path: String, limits: ReadLimits = ReadLimits()) throws {
        let head = try Workbook.head(of: path)
        switch FileSignature(head) {
        case .zip:
            try self.init(archive: ZipArchive(path: path, limits: limits))
        case .compoundFile:
            let bytes = try Workbook.contents(of: path)
            throw CompoundFileClassifier.error(for: bytes, file: path)
        case .unknown:
            throw head.isEmpty ? XLSXError.emptyFile(file: path) : XLSXError.notAZip(file: path)
        }
    }

    /// Opens a workbook held in memory; `name` stands for the file in messages.
    public convenience init(data: Data, name: String = "(memory)", limits: ReadLimits = ReadLimits()) throws {
        switch FileSignature(data.prefix(8)) {
        case .zip:
            try self.init(archive: ZipArchive(data: data, file: name, limits: limits))
        case .compoundFile:
            throw CompoundFileClassifier.error(for: Array(data), file: name)
        case .unknown:
            throw data.isEmpty ? XLSXError.emptyFile(file: name) : XLSXError.notAZip(file: name)
        }
    }

    private init(archive: ZipArchive) throws {
        let package = try PackageLayout(archive: archive)
        self.archive = archive
        self.file = archive.file
        self.sheets = package.sheets
        self.dateSystem = package.workbook.date1904 ? .excel1904 : .excel1900
        self.sharedStrings = try package.sharedStringsPart.map { try SharedStrings.read($0, archive: archive) }
        self.styles = try package.stylesPart.map { try Styles.read($0, archive: archive) } ?? .general
    }

    /// The sheet called `name` (exact match first, then ASCII case-insensitive, as Excel treats tab names).
    public func sheet(named name: String) throws -> SheetInfo {
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        if let loose = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) { return loose }
        throw XLSXError.sheetNotFound(file: file, requested: name, available: sheets.map(\.name))
    }

    /// The first visible worksheet, or the first worksheet when all are hidden; nil when there is none.
    public var firstVisibleWorksheet: SheetInfo? {
        sheets.first { $0.kind == .worksheet && $0.state == .visible } ?? sheets.first { $0.kind == .worksheet }
    }

    /// A pull cursor over the sheet's non-empty cells in document order.
    /// - Parameter formulas: also report each cell's formula text.
    public func cells(of sheet: SheetInfo, formulas: Bool = false) throws -> SheetCursor {
        try SheetCursor(stream: CellStream(scanner: scanner(for: sheet), sheet: sheet, workbook: self, formulas: formulas))
    }

    /// The sheet's merged ranges (`mergeCells` follows the cell data, so this reads the sheet part again).
    public func mergedRanges(of sheet: SheetInfo) throws -> [CellRange] {
        try MergedRanges.read(try scanner(for: sheet), sheet: sheet)
    }

    private func scanner(for sheet: SheetInfo) throws -> XMLScanner {
        guard sheet.kind == .worksheet || sheet.kind == .macrosheet else {
            throw XLSXError.notAWorksheet(file: file, sheet: sheet.name)
        }
        guard let entry = sheet.entryName else { throw XLSXError.missingPart(file: file, part: sheet.partName) }
        let stream = try archive.open(entry)
        let scanner = XMLScanner(source: PrefetchingSource(stream), file: file, part: entry, limits: archive.limits)
        scanner.expectedBytes = stream.inflatedSize
        return scanner
    }

    private static func head(of path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw XLSXError.fileUnreadable(file: path, reason: exists ? "permission denied" : "no such file")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.read(upToCount: 8) ?? Data())
        } catch {
            throw XLSXError.fileUnreadable(file: path, reason: "\(error.localizedDescription)")
        }
    }

    private static func contents(of path: String) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw XLSXError.fileUnreadable(file: path, reason: "\(error.localizedDescription)")
        }
    }
}
