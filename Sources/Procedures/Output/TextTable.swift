import Foundation
import Report

/// A plain-text table for the terminal, aligned by display width (East Asian wide characters count
/// as two columns, as terminals show them).
package struct TextTable {
    package var header: [String]
    package var rows: [[String]]

    package init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    package func render() -> String {
        let columnCount = ([header] + rows).map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columnCount)
        for row in [header] + rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], Self.width(cell)) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - Self.width(cell))
                return index == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// Terminal columns a text takes: the same East Asian width rule as spreadsheet columns.
    package static func width(_ text: String) -> Int { DisplayWidth.of(text) }
}

/// Numbers for the terminal: up to 10 significant digits, no exponent for ordinary magnitudes.
package enum TextNumber {
    package static func format(_ value: Double?) -> String {
        guard let value else { return "—" }
        guard value.isFinite else { return "—" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let magnitude = abs(value)
        if magnitude >= 1e-4 && magnitude < 1e10 {
            let digits = max(0, 9 - Int(magnitude.rounded(.down) == 0 ? 0 : log10(magnitude).rounded(.down)))
            var text = String(format: "%.\(digits)f", value)
            while text.contains("."), text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        return String(format: "%.9g", value)
    }
}
