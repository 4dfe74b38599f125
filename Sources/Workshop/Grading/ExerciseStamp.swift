/// The identification written into every exercise workbook (on a very hidden sheet): which exercise,
/// which variant, and a fingerprint of the data sheet, so a returned file can be matched to its key
/// and an edited data sheet noticed.
public struct ExerciseStamp: Sendable, Hashable {
    /// Marks the text as ours and versions its layout.
    static let marker = "bunseki-exercise/1"

    /// The exercise id.
    public let exerciseID: String
    /// The variant (1-based).
    public let variant: Int
    /// ``DataFingerprint`` of the data sheet as generated.
    public let dataFingerprint: String

    /// Creates a stamp.
    public init(exerciseID: String, variant: Int, dataFingerprint: String) {
        self.exerciseID = exerciseID
        self.variant = variant
        self.dataFingerprint = dataFingerprint
    }

    /// The stamp as one line of text: `bunseki-exercise/1 <id> <variant> <fingerprint>` (exercise ids
    /// contain no spaces, see the spec rules).
    public var text: String {
        "\(Self.marker) \(exerciseID) \(variant) \(dataFingerprint)"
    }

    /// Reads a stamp back; `nil` for anything not written by ``text``.
    public init?(text: String) {
        let parts = text.split(separator: " ")
        guard parts.count == 4, parts[0] == Self.marker, let variant = Int(parts[2]), variant >= 1,
              parts[3].count == 16, parts[3].allSatisfy(\.isHexDigit) else { return nil }
        self.init(exerciseID: String(parts[1]), variant: variant, dataFingerprint: String(parts[3]))
    }
}

/// A 64-bit FNV-1a hash (Fowler, Noll & Vo; http://www.isthe.com/chongo/tech/comp/fnv/) of a data
/// sheet's non-empty cells with their positions.
///
/// Not a security measure — a participant could recompute it — but it reliably tells an edited or
/// foreign data sheet from the generated one. Dates count as their serial numbers, and blank cells
/// are skipped, because spreadsheet programs differ in how they store both.
public enum DataFingerprint {
    /// The fingerprint of `rows` (row-major, header row first), as 16 lowercase hex digits.
    public static func of(rows: [[DataCell]]) -> String {
        var text = ""
        for (row, cells) in rows.enumerated() {
            for (column, cell) in cells.enumerated() {
                guard let canonical = canonical(cell) else { continue }
                text += "\(row),\(column)\u{1F}\(canonical)\u{1E}"
            }
        }
        let hex = String(fnv1a64(text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The data sheet of `dataset` as generated: header row, then the cells.
    public static func of(dataset: GeneratedDataset) -> String {
        let header = dataset.columns.map { DataCell.text($0.name) }
        let body = (0..<dataset.rowCount).map { row in dataset.columns.map { $0.cells[row] } }
        return of(rows: [header] + body)
    }

    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func canonical(_ cell: DataCell) -> String? {
        switch cell {
        case .empty: return nil
        case .number(let value): return "n" + NumberSpelling.plain(value)
        case .date(let date): return "n" + String(date.workbookSerial)
        case .text(let text): return text.isEmpty ? nil : "t" + text
        }
    }
}
