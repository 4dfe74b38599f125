import Procedures
import ArgumentParser
import SheetExport

/// What `bunseki export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, tsv, json

    var fileExtension: String { rawValue }
}

extension OutputEncoding: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "utf-8-bom", "utf8-bom", "utf-8-sig": self = .utf8BOM
        case "shift_jis", "shift-jis", "sjis", "cp932", "windows-31j": self = .shiftJIS
        default: return nil
        }
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
