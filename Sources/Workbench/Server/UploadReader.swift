import CSVReader
import Foundation
import Tabular
import XLSXReader

/// An upload's bytes read as the CLI reads a file: a workbook (by its zip signature) or CSV/TSV text (by
/// its name), then the chosen sheet as a `Table` with the same options as `--sheet` and `--coerce-numbers`.
/// Nothing is written to disk.
struct UploadReader {
    let upload: Upload
    /// Tighter than the CLI's: many participants share the server's memory.
    static let limits = ReadLimits(maxInflatedBytes: 512 << 20, ratioCheckFloor: 8 << 20)

    enum Opened {
        case workbook(Workbook)
        case csv(CSVFile)
    }

    /// Files read as delimited text rather than as workbooks, by extension (as the CLI decides).
    static let delimitedTextExtensions: Set<String> = ["csv", "tsv", "txt"]

    var isDelimitedText: Bool {
        Self.delimitedTextExtensions.contains((upload.fileName as NSString).pathExtension.lowercased())
    }

    func open() throws -> Opened {
        if isDelimitedText {
            let tab = (upload.fileName as NSString).pathExtension.lowercased() == "tsv"
            return .csv(try CSVFile(bytes: [UInt8](upload.bytes), name: upload.fileName,
                                    options: CSVOptions(delimiter: tab ? .tab : nil)))
        }
        return .workbook(try Workbook(data: upload.bytes, name: upload.fileName, limits: Self.limits))
    }

    /// The sheets a participant may choose from (a CSV file is one sheet named after the file).
    func sheetNames(_ opened: Opened) -> [String] {
        switch opened {
        case .workbook(let workbook): return workbook.sheets.filter { $0.kind == .worksheet }.map(\.name)
        case .csv(let file): return [file.name]
        }
    }

    /// The table on `sheet` (nil: the first visible worksheet), read with `options` as the CLI's reading options.
    func table(_ opened: Opened, sheet: String?, options: TableOptions) throws -> (table: Table, sheet: String) {
        switch opened {
        case .csv(let file):
            return (try Table.read(csv: file, options: options), file.name)
        case .workbook(let workbook):
            let chosen: SheetInfo
            if let sheet {
                chosen = try workbook.sheet(named: sheet)
            } else if let first = workbook.firstVisibleWorksheet {
                chosen = first
            } else {
                throw WorkbenchError.noWorksheet(file: upload.fileName)
            }
            return (try Table.read(workbook, sheet: chosen, options: options), chosen.name)
        }
    }
}

/// Errors of the workbench itself (everything else is the CLI's own error, in the CLI's sentence).
enum WorkbenchError: Error, Equatable {
    case noWorksheet(file: String)
    case notASpreadsheet(file: String)
    case tooLarge(limit: Int)
    case timedOut(seconds: Int)
    case unknownTool(String)
    case missingFile
}
