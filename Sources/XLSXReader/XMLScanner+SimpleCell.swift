import Foundation

/// A plain cell as the fast path found it: byte ranges of its `r`, `s` and `t` attributes and of its
/// `<v>` text, valid until the scanner moves on.
struct SimpleCell {
    var reference: UnsafeBufferPointer<UInt8>?
    var style: UnsafeBufferPointer<UInt8>?
    var type: UnsafeBufferPointer<UInt8>?
    var value: UnsafeBufferPointer<UInt8>?
}

extension XMLScanner {
    /// Reads a whole cell in one step when it has the shape nearly every producer writes:
    /// `<c r=".." s=".." t="..">` (unprefixed, in the default SpreadsheetML namespace, no namespace
    /// declarations), followed by `<v>plain text</v></c>`, `</c>` or nothing (`<c …/>`). The text must
    /// hold no `&`, CR or markup. Anything else — prefixes, formulas, inline strings, whitespace between
    /// tags, a cell cut by the end of the buffer — returns nil without consuming a byte, and the caller
    /// takes the general token path. This avoids the per-token bookkeeping for the ~10 cells per row
    /// that make up almost all of a large sheet.
    func takeSimpleCell() -> SimpleCell? {
        guard !pendingEnd, defaultNamespace == .spreadsheet, pos + 3 < end,
              buffer[pos] == UInt8(ascii: "<"), buffer[pos + 1] == UInt8(ascii: "c"),
              isSpace(buffer[pos + 2]) || buffer[pos + 2] == UInt8(ascii: ">") || buffer[pos + 2] == UInt8(ascii: "/") else {
            return nil
        }
        var cell = SimpleCell()
        var i = pos + 2
        while true {
            while i < end, isSpace(buffer[i]) { i += 1 }
            guard i < end else { return nil }
            if buffer[i] == UInt8(ascii: ">") {
                i += 1
                break
            }
            if buffer[i] == UInt8(ascii: "/") {
                guard i + 1 < end, buffer[i + 1] == UInt8(ascii: ">") else { return nil }
                pos = i + 2
                return cell
            }
            let nameStart = i
            while i < end, buffer[i] != UInt8(ascii: "="), buffer[i] != UInt8(ascii: ":"), !isSpace(buffer[i]) { i += 1 }
            guard i + 1 < end, buffer[i] == UInt8(ascii: "=") else { return nil }
            let nameLength = i - nameStart
            let quote = buffer[i + 1]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), let close = shortRunEnd(quote, from: i + 2) else { return nil }
            let value = UnsafeBufferPointer(start: buffer + i + 2, count: close - i - 2)
            if nameLength == 1 {
                switch buffer[nameStart] {
                case UInt8(ascii: "r"): cell.reference = value
                case UInt8(ascii: "s"): cell.style = value
                case UInt8(ascii: "t"): cell.type = value
                default: break
                }
            } else if nameLength >= 5, memcmp(buffer + nameStart, "xmlns", 5) == 0 {
                return nil
            }
            i = close + 1
        }
        if i + 4 <= end, memcmp(buffer + i, "</c>", 4) == 0 {
            pos = i + 4
            return cell
        }
        guard i + 3 <= end, memcmp(buffer + i, "<v>", 3) == 0, let textEnd = plainTextEnd(from: i + 3),
              textEnd + 8 <= end, memcmp(buffer + textEnd, "</v></c>", 8) == 0 else {
            return nil
        }
        cell.value = UnsafeBufferPointer(start: buffer + i + 3, count: textEnd - i - 3)
        pos = textEnd + 8
        return cell
    }

    // Attribute values and cell values are a few bytes long, shorter than what a `memchr` call costs to set
    // up (three calls per cell were ~5% of a mixed sheet's read), so the two scans below are byte loops.

    /// The position of the next `byte` from `start`, or nil at the buffer's end.
    private func shortRunEnd(_ byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < end, buffer[i] != byte { i += 1 }
        return i < end ? i : nil
    }

    /// The position of the `<` ending a run of plain text from `start`; nil when `&` or CR comes first
    /// (entities and line-end normalisation are the general path's job) or the buffer ends.
    private func plainTextEnd(from start: Int) -> Int? {
        var i = start
        while i < end {
            switch buffer[i] {
            case UInt8(ascii: "<"): return i
            case UInt8(ascii: "&"), 0x0D: return nil
            default: i += 1
            }
        }
        return nil
    }
}
