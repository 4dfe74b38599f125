import XLSXReader

/// Column names from header cells as a person reads them: line breaks and surrounding spaces dropped,
/// alignment spaces between Japanese characters dropped (`氏　名` → `氏名`), full-width letters and digits
/// folded (`ＩＤ` → `ID`), and a two-row header's parent joined to each child with `_` (`来庁者数_午前`).
enum HeaderNames {
    /// The header text cleaned for use as a name.
    static func clean(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where scalar != "\n" && scalar != "\r" {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default:
                scalars.append(scalar)
            }
        }
        // Drop surrounding spaces, and spaces between two non-ASCII characters (alignment, not words).
        var kept: [Unicode.Scalar] = []
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                let before = kept.last
                let after = scalars[(offset + 1)...].first { !$0.properties.isWhitespace }
                guard let before, let after else { continue }
                if !before.isASCII && !after.isASCII { continue }
                if kept.last.map({ $0.properties.isWhitespace }) == true { continue }
                kept.append(scalar)
            } else {
                kept.append(scalar)
            }
        }
        return String(String.UnicodeScalarView(kept))
    }

    /// The names of `columns` (sheet column numbers, ascending) from the header row's texts and, for a
    /// two-row header, the parent row's; `merges` place a parent over its children and mark a name merged
    /// down over both rows.
    static func names(columns: [Int], header: [Int: String], parent: [Int: String]?, headerRow: Int,
                      merges: [CellRange]) -> [String] {
        guard let parent else { return columns.map { clean(header[$0] ?? "") } }
        let parentRow = headerRow - 1
        var carried: String?
        return columns.map { column in
            let child = clean(header[column] ?? "")
            var top = clean(parent[column] ?? "")
            if let merge = merges.first(where: { $0.contains(CellAddress(rowNumber: parentRow, columnNumber: column)) }) {
                // A name merged down over both rows is one name; a parent merged across sits over its children.
                if merge.last.rowNumber >= headerRow { return clean(parent[merge.first.columnNumber] ?? header[merge.first.columnNumber] ?? "") }
                top = clean(parent[merge.first.columnNumber] ?? "")
            } else if top.isEmpty, !child.isEmpty, merges.isEmpty, let carried {
                // Without merges (a CSV, or a file that stores none) a parent reaches right over the children
                // that follow it, up to the next parent.
                top = carried
            }
            carried = top.isEmpty ? carried : (child.isEmpty ? nil : top)
            switch (top.isEmpty, child.isEmpty) {
            case (false, false): return "\(top)_\(child)"
            case (false, true): return top
            default: return child
            }
        }
    }

    /// Whether a header names people (`氏名`, `職員名`, `Name`): there a space between family and given name
    /// is part of the value, not alignment.
    static func namesPeople(_ header: String) -> Bool {
        let plain = RowLabel.plain(clean(header)).lowercased()
        return ["氏名", "名前", "職員名", "担当者", "フリガナ", "ふりがな", "name"].contains { plain.contains($0) }
    }
}
