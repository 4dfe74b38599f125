import CXlsxWriter
import Foundation
import Report
import SafeOutput
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a `ReportDocument` as an .xlsx workbook with libxlsxwriter.
///
/// The file appears at the destination only when complete (temporary file in the same folder, then
/// rename); the same document always gives the same bytes, because the creation time comes from the
/// document and never from the clock.
///
/// ```swift
/// let writer = ReportWriter(inputs: [inputURL], overwrite: false)
/// try writer.write(document, to: URL(fileURLWithPath: "result.xlsx"))
/// ```
public struct ReportWriter: Sendable {
    /// Files the report was made from; the writer refuses to write over any of them.
    public var inputs: [URL]
    /// Whether an existing file at the destination may be replaced (the CLI's `--force`).
    public var overwrite: Bool
    /// Told every few thousand cells how many of about how many have been written (a progress line's source),
    /// then once more, with `done == total`, before the file is compressed and closed.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Creates a writer.
    public init(inputs: [URL] = [], overwrite: Bool = false) {
        self.inputs = inputs
        self.overwrite = overwrite
    }

    /// Writes `document` to `destination`.
    ///
    /// - Throws: `ReportWriterError` naming the path, sheet or cell at fault; on any error the
    ///   destination is untouched and no temporary file is left behind.
    public func write(_ document: ReportDocument, to destination: URL) throws(ReportWriterError) {
        let target: OutputDestination
        do {
            target = try OutputDestination(path: destination.standardizedFileURL.path,
                                           inputs: inputs.map(\.standardizedFileURL.path), replacesExisting: overwrite)
        } catch {
            throw .output(error)
        }
        let temporary = target.temporaryPath()
        do {
            try render(document, into: temporary, reportedAs: target.path)
        } catch {
            unlink(temporary)
            throw error
        }
        do {
            try target.commit(temporary: temporary)
        } catch {
            throw .output(error)
        }
    }

    /// Documents of at least this many cells are written in libxlsxwriter's `constant_memory` mode.
    ///
    /// libxlsxwriter keeps every written cell in memory until the file is closed (about 100 bytes a cell, more
    /// for texts and formulas), unless the workbook is opened in `constant_memory` mode, where each row goes to a
    /// temporary file as soon as the next row starts. That mode also stores texts inline in their cells instead
    /// of in the shared-string table and leaves charts without cached values (spreadsheets read the cells when
    /// they draw them), so it changes a workbook's bytes; below this size the memory saved is at most a few
    /// megabytes, and small workbooks (exercises, answer keys, every committed file) keep their bytes.
    public static let constantMemoryCellCount = 100_000

    /// Whether `document` is written in `constant_memory` mode: the writer emits every sheet row by row (its
    /// blocks' cells sorted by address), which is what that mode needs, so only the size decides.
    public static func writesInConstantMemory(_ document: ReportDocument) -> Bool {
        var cells = 0
        for sheet in document.sheets {
            for block in sheet.blocks {
                cells += block.cellCountEstimate
                if cells >= constantMemoryCellCount { return true }
            }
        }
        return false
    }

    private func render(_ document: ReportDocument, into file: String, reportedAs path: String) throws(ReportWriterError) {
        let strings = CStringPool()
        defer { strings.release() }
        let constantMemory = Self.writesInConstantMemory(document)
        var options = lxw_workbook_options()
        if constantMemory {
            options.constant_memory = UInt8(LXW_TRUE.rawValue)
            // The rows' temporary files go beside the result, on the disk the result is written to, rather
            // than in /tmp, which may be memory (tmpfs) and would then hold the rows after all.
            let folder = (file as NSString).deletingLastPathComponent
            options.tmpdir = folder.isEmpty ? nil : strings.copy(folder)
        }
        guard let workbook = constantMemory ? workbook_new_opt(file, &options) : workbook_new(file) else {
            throw .writeFailed(path: path, reason: "libxlsxwriter could not create the workbook")
        }
        do throws(ReportWriterError) {
            try validateSheetNames(document, workbook: workbook)
            try setProperties(document.properties, workbook: workbook, strings: strings, path: path)
            let formats = FormatTable(workbook: workbook)
            let sheetNames = Set(document.sheets.map(\.name))
            let counter = progress.map { WrittenCells(total: document.sheets.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.cellCountEstimate } },
                                                       report: $0) }
            defer { counter?.finish() }
            for sheet in document.sheets {
                guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                    throw .invalidSheetName(name: sheet.name, reason: "libxlsxwriter refused it")
                }
                try SheetRenderer(sheet: sheet, worksheet: worksheet, formats: formats, strings: strings,
                                  constantMemory: constantMemory, written: counter).render()
                let charts = ChartRenderer(workbook: workbook, worksheet: worksheet, sheetName: sheet.name,
                                           knownSheets: sheetNames)
                for chart in sheet.charts { try charts.render(chart) }
            }
        } catch {
            // Closing is the only way to free the workbook; the half-made file it writes is removed by the caller.
            workbook_close(workbook)
            throw error
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw .writeFailed(path: path, reason: String(cString: lxw_strerror(status)))
        }
    }

    private func validateSheetNames(_ document: ReportDocument, workbook: UnsafeMutablePointer<lxw_workbook>) throws(ReportWriterError) {
        var seen: Set<String> = []
        for sheet in document.sheets {
            let status = workbook_validate_sheet_name(workbook, sheet.name)
            guard status == LXW_NO_ERROR else {
                throw .invalidSheetName(name: sheet.name, reason: String(cString: lxw_strerror(status)))
            }
            // Excel compares sheet names without regard to case.
            guard seen.insert(sheet.name.lowercased()).inserted else {
                throw .invalidSheetName(name: sheet.name, reason: "another sheet has the same name")
            }
        }
        if document.sheets.isEmpty {
            throw .invalidSheetName(name: "", reason: "a workbook needs at least one sheet")
        }
    }

    private func setProperties(_ properties: ReportDocument.Properties, workbook: UnsafeMutablePointer<lxw_workbook>,
                               strings: CStringPool, path: String) throws(ReportWriterError) {
        var fields = lxw_doc_properties()
        if !properties.title.isEmpty { fields.title = strings.copy(properties.title) }
        fields.created = time_t(properties.created.timeIntervalSince1970.rounded(.down))
        let status = workbook_set_properties(workbook, &fields)
        guard status == LXW_NO_ERROR else {
            throw .writeFailed(path: path, reason: String(cString: lxw_strerror(status)))
        }
    }
}

/// Counts the cells written and passes the count on every 4,096 cells, so a progress line costs nothing per cell.
final class WrittenCells {
    private let total: Int
    private let report: (_ done: Int, _ total: Int) -> Void
    private var done = 0

    init(total: Int, report: @escaping (_ done: Int, _ total: Int) -> Void) {
        self.total = max(total, 1)
        self.report = report
    }

    func add() {
        done += 1
        if done & 4095 == 0 { report(min(done, total), total) }
    }

    func finish() { report(total, total) }
}

extension ReportBlock {
    /// About how many cells the block fills (tables count every cell of their rectangle), without laying it out.
    var cellCountEstimate: Int {
        switch content {
        case .title: return 1
        case .notes(let lines), .paragraphs(let lines): return lines.count
        case .cells(let cells): return cells.count
        case .rows(let run): return run.cellCount
        case .table(let table):
            return ((table.heading == nil ? 0 : 1) + (table.columnHeaders.isEmpty ? 0 : 1) + table.rows.count) * table.width
        }
    }
}
