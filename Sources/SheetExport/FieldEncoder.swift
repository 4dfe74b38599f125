import Foundation
import CSVReader
import XLSXReader

/// Turns field text into the bytes of one RFC 4180 field in the output encoding: quoted when it holds
/// the separator, a quote, CR or LF, with quotes doubled.
struct FieldEncoder {
    let separator: UInt8
    let encoding: OutputEncoding
    let replaceUnmappable: Bool

    init(options: DelimitedOptions) {
        separator = options.format.separator
        encoding = options.encoding
        replaceUnmappable = options.replaceUnmappable
    }

    /// Appends `text` as a field to `row`; `cell` and `sheet` name the source in an error (the address
    /// is spelt out only then: doing it for every cell costs a tenth of a million-row export).
    func append(_ text: String, to row: inout [UInt8], cell: CellAddress, sheet: String) throws(ExportError) {
        let needsQuotes = text.utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        let field = needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        guard encoding == .shiftJIS else {
            row.append(contentsOf: field.utf8)
            return
        }
        do {
            row += try TextEncoder.encode(field, as: .shiftJIS, unmappable: replaceUnmappable ? .substituteQuestionMark : .fail)
        } catch {
            guard case .unmappableCharacter(let character, _, _) = error else {
                throw .output(.writeFailed(path: sheet, reason: "\(error)"))
            }
            throw .unmappableCharacter(sheet: sheet, cell: cell.a1, character: String(character),
                                       encoding: OutputEncoding.shiftJIS.rawValue)
        }
    }
}
