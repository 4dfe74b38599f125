import Foundation

/// One row of `MANIFEST.tsv` (notation in the corpus README).
struct ManifestEntry {
    struct ExpectedSheet: Equatable {
        let name: String
        let state: String
        let kind: String
    }

    struct ExpectedCell {
        let sheet: String?
        let address: String
        let kind: String
        let value: String
        /// For dates and durations, the serial in parentheses.
        let serial: Double?
    }

    let file: String
    let expectsError: Bool
    let sheets: [ExpectedSheet]
    let totalSheets: Int?
    let date1904: Bool?
    let extent: [String: String]
    let cells: [ExpectedCell]

    init(fields: [String]) throws {
        let column = { (i: Int) in i < fields.count ? fields[i] : "" }
        file = column(0)
        expectsError = column(6) == "expect_error_or_graceful"
        (sheets, totalSheets) = ManifestEntry.parseSheets(column(7))
        date1904 = column(8).isEmpty ? nil : column(8) == "1"
        var extent: [String: String] = [:]
        for item in column(9).components(separatedBy: "; ") {
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { extent[pair[0]] = pair[1] }
        }
        self.extent = extent
        cells = try ManifestEntry.parseCells(column(10))
    }

    static func load(_ url: URL) throws -> [ManifestEntry] {
        let text = try String(contentsOf: url, encoding: .utf8)
        // Split by scalar: "\r\n" is a single Character and would hide a line break from split(separator:).
        let lines = text.components(separatedBy: "\n").filter { !$0.isEmpty }
        return try lines.dropFirst().map { line in
            try ManifestEntry(fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }

    /// `Visible[visible] | Chart[visible,chartsheet] | ... (1024 sheets total)`.
    private static func parseSheets(_ text: String) -> ([ExpectedSheet], Int?) {
        var sheets: [ExpectedSheet] = []
        var total: Int?
        for item in text.components(separatedBy: " | ") where !item.isEmpty {
            if item.hasPrefix("...") {
                total = Int(item.filter(\.isNumber))
                continue
            }
            guard let open = item.lastIndex(of: "["), item.hasSuffix("]") else { continue }
            let name = String(item[..<open])
            let inside = item[item.index(after: open)..<item.index(before: item.endIndex)].split(separator: ",").map(String.init)
            sheets.append(ExpectedSheet(name: name, state: inside.first ?? "visible", kind: inside.count > 1 ? inside[1] : "worksheet"))
        }
        return (sheets, total)
    }

    /// `[ 'Sheet'! ]A1=<kind>:<value>` entries separated by `; `; string values are JSON literals and dates
    /// carry a parenthesised note that itself contains `; `, so the text is read left to right.
    private static func parseCells(_ text: String) throws -> [ExpectedCell] {
        var cells: [ExpectedCell] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            var sheet: String?
            if rest.hasPrefix("'"), let close = rest.dropFirst().firstIndex(of: "'") {
                sheet = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(close, offsetBy: 2)...]
            }
            guard let equals = rest.firstIndex(of: "="), let colon = rest[equals...].firstIndex(of: ":") else { break }
            let address = String(rest[..<equals])
            let kind = String(rest[rest.index(after: equals)..<colon])
            rest = rest[rest.index(after: colon)...]
            var value: String
            var serial: Double?
            if rest.hasPrefix("\"") {
                let end = jsonStringEnd(rest)
                let literal = String(rest[..<end])
                value = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
                rest = rest[end...]
            } else {
                var end = rest.range(of: "; ")?.lowerBound ?? rest.endIndex
                if let paren = rest.firstIndex(of: "("), paren < end, let close = rest.firstIndex(of: ")") {
                    end = rest.index(after: close)
                }
                value = String(rest[..<end])
                rest = rest[end...]
            }
            if let paren = value.range(of: " (serial ") {
                let note = value[paren.upperBound...]
                serial = Double(note.prefix { $0 != ";" && $0 != ")" })
                value = String(value[..<paren.lowerBound])
            }
            cells.append(ExpectedCell(sheet: sheet, address: address, kind: kind, value: value, serial: serial))
            if rest.hasPrefix("; ") { rest = rest.dropFirst(2) }
        }
        return cells
    }

    private static func jsonStringEnd(_ text: Substring) -> Substring.Index {
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            if text[index] == "\\" {
                index = text.index(index, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex
                continue
            }
            if text[index] == "\"" { return text.index(after: index) }
            index = text.index(after: index)
        }
        return text.endIndex
    }
}
