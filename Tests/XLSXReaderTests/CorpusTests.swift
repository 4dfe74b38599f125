import XCTest
@testable import XLSXReader
import TestSupport

/// Walks the shared corpus manifest and checks every expectation it lists.
final class CorpusTests: XCTestCase {
    func testEveryManifestExpectation() throws {
        let folder = try SharedMaterial.corpusFolder()
        let entries = try ManifestEntry.load(folder.appendingPathComponent("MANIFEST.tsv"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".xls") }
        XCTAssertEqual(Set(entries.map(\.file)), Set(files), "every corpus file has exactly one manifest row")
        XCTAssertEqual(Set(entries.filter(\.expectsError).map(\.file)), ErrorCaseTests.brokenCorpusFiles,
                       "every file expected to fail has a test in ErrorCaseTests asserting its exact outcome")
        for entry in entries {
            let path = folder.appendingPathComponent(entry.file).path
            if entry.expectsError {
                checkGraceful(path, entry)
            } else {
                do {
                    try check(path, entry)
                } catch {
                    XCTFail("\(entry.file): unexpected error \(error)")
                }
            }
        }
    }

    /// Either a typed error, or a workbook whose sheets can all be read or refused with a typed error:
    /// no crash and no untyped error. The exact outcome of each such file is asserted in ErrorCaseTests.
    private func checkGraceful(_ path: String, _ entry: ManifestEntry) {
        do {
            let workbook = try Workbook(path: path)
            if !entry.sheets.isEmpty {
                XCTAssertEqual(workbook.sheets.map(\.name), entry.sheets.map(\.name), entry.file)
            }
            for sheet in workbook.sheets {
                do {
                    var cursor = try workbook.cells(of: sheet)
                    while try cursor.next() != nil {}
                } catch is XLSXError {
                    continue
                }
            }
        } catch is XLSXError {
            return
        } catch {
            XCTFail("\(entry.file): an untyped error \(error)")
        }
    }

    private func check(_ path: String, _ entry: ManifestEntry) throws {
        let workbook = try Workbook(path: path)
        let listed = workbook.sheets.prefix(entry.sheets.count).map {
            ManifestEntry.ExpectedSheet(name: $0.name, state: $0.state.rawValue, kind: manifestKind($0.kind))
        }
        XCTAssertEqual(listed, entry.sheets, "\(entry.file): sheets")
        XCTAssertEqual(workbook.sheets.count, entry.totalSheets ?? entry.sheets.count, "\(entry.file): sheet count")
        XCTAssertEqual(workbook.date1904, entry.date1904 ?? false, "\(entry.file): date1904")
        try checkExtent(workbook, entry)
        var cellsBySheet: [String: [String: Cell]] = [:]
        for expected in entry.cells {
            let sheetName = expected.sheet ?? entry.sheets.first { $0.kind == "worksheet" }?.name ?? ""
            if cellsBySheet[sheetName] == nil {
                cellsBySheet[sheetName] = try readAll(workbook, workbook.sheet(named: sheetName))
            }
            let cell = cellsBySheet[sheetName]?[expected.address]
            XCTAssertTrue(matches(cell?.value, expected, workbook.dateSystem),
                          "\(entry.file) \(sheetName)!\(expected.address): expected \(expected.kind):\(expected.value), got \(String(describing: cell?.value))")
        }
    }

    /// `value_cells` (which counts formula cells without a cached value too) and `merges` of the first worksheet.
    private func checkExtent(_ workbook: Workbook, _ entry: ManifestEntry) throws {
        guard let sheet = workbook.sheets.first(where: { $0.kind == .worksheet }) else { return }
        if let count = entry.extent["value_cells"].flatMap(Int.init) {
            let cells = try readAll(workbook, sheet)
            XCTAssertEqual(cells.count, count, "\(entry.file): value cells")
        }
        if let merges = entry.extent["merges"].flatMap(Int.init) {
            XCTAssertEqual(try workbook.mergedRanges(of: sheet).count, merges, "\(entry.file): merges")
        }
    }

    private func readAll(_ workbook: Workbook, _ sheet: SheetInfo) throws -> [String: Cell] {
        var cursor = try workbook.cells(of: sheet)
        var cells: [String: Cell] = [:]
        while let cell = try cursor.next() { cells[cell.address.a1] = cell }
        return cells
    }

    private func manifestKind(_ kind: SheetKind) -> String {
        kind == .macrosheet ? "xlMacrosheet" : kind.rawValue
    }

    private func matches(_ value: CellValue?, _ expected: ManifestEntry.ExpectedCell, _ system: DateSystem) -> Bool {
        switch (expected.kind, value) {
        case ("s", .text(let text)?), ("inlineStr", .text(let text)?), ("str", .text(let text)?):
            return text == expected.value
        case ("n", .empty?):
            return expected.value == "empty"
        case ("n", .number(let number)?):
            return Double(expected.value) == number
        case ("b", .bool(let flag)?):
            return (expected.value == "TRUE") == flag
        case ("e", .error(let code)?):
            return code == expected.value
        case ("date", .date(let date)?):
            return date.serial == expected.serial && date.system == system && date.isoText == expected.value
        case ("duration", .duration(let days)?):
            return days == expected.serial && value?.durationText == expected.value
        case ("d", .isoDateTime(let text)?):
            return text == expected.value
        default:
            return false
        }
    }
}
