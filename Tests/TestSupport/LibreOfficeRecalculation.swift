import Foundation
import XCTest

/// Recalculates a workbook with LibreOffice and reads back every sheet's values.
///
/// LibreOffice normally trusts the values cached in an .xlsx, which would make a comparison with our
/// cached values meaningless. A throw-away user profile sets `OOXMLRecalcMode` to 0 ("always
/// recalculate"), then `soffice --headless --convert-to csv` exports every sheet's raw, unformatted
/// values (one CSV per sheet), so what comes back is what LibreOffice itself computed.
public struct LibreOfficeRecalculation {
    /// Recalculated cell texts of one sheet, by zero-based row and column.
    public struct Sheet {
        public let rows: [[String]]

        /// The recalculated text at a cell, or nil beyond the sheet's used area.
        public func text(row: Int, column: Int) -> String? {
            guard row < rows.count, column < rows[row].count else { return nil }
            return rows[row][column]
        }

        /// The recalculated number at a cell, or nil when the cell holds text or an error.
        public func number(row: Int, column: Int) -> Double? {
            text(row: row, column: column).flatMap(LibreOfficeRecalculation.number)
        }
    }

    /// The number a CSV field holds. Even with "as shown" off, LibreOffice writes cells formatted as
    /// percentages with a `%` sign (`22.2222222222222%`), so those are scaled back.
    public static func number(_ field: String) -> Double? {
        if field.hasSuffix("%") { return Double(field.dropLast()).map { $0 / 100 } }
        return Double(field)
    }

    let libreOffice: LibreOffice

    /// LibreOffice from `$SOFFICE` or the PATH; skips the calling test, saying why, when absent.
    public static func located() throws -> LibreOfficeRecalculation {
        LibreOfficeRecalculation(libreOffice: try LibreOffice.located("formulas cannot be recalculated"))
    }

    /// Recalculates `workbook` and returns each sheet's values keyed by sheet name.
    public func recalculate(_ workbook: URL, sheetNames: [String]) throws -> [String: Sheet] {
        let scratch = try TemporaryFolder("lo-recalc")
        defer { scratch.remove() }
        let output = scratch.file("out")
        let (status, transcript) = try libreOffice.convert([workbook], to: Self.csvFilter, into: output,
                                                          profile: scratch.file("profile"),
                                                          registryModifications: Self.alwaysRecalculate)
        guard status == 0 else {
            throw RecalculationFailure(message: "soffice exited with \(status): \(transcript)")
        }

        let base = workbook.deletingPathExtension().lastPathComponent
        var sheets: [String: Sheet] = [:]
        for name in sheetNames {
            let file = output.appendingPathComponent("\(base)-\(name).csv")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                let produced = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
                throw RecalculationFailure(message: "no CSV for sheet \(name); LibreOffice wrote \(produced): \(transcript)")
            }
            sheets[name] = Sheet(rows: CSVRows.parse(text))
        }
        return sheets
    }

    /// Comma-separated, `"` quoted, UTF-8 (76), from line 1, raw values rather than as shown
    /// (token 9 false), every sheet to its own file (token 12 = -1, LibreOffice 7.2 and later).
    public static let csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

    public static let alwaysRecalculate = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
        <value>0</value></prop></item>
        </oor:items>
        """

    public struct RecalculationFailure: Error, CustomStringConvertible {
        let message: String
        public var description: String { message }
    }
}

/// A minimal RFC 4180 reader for LibreOffice's CSV export (quoted fields, doubled quotes, embedded newlines).
public enum CSVRows {
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
