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
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), let close = find(quote, from: i + 2) else { return nil }
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
        guard i + 3 <= end, memcmp(buffer + i, "<v>", 3) == 0, let textEnd = find(UInt8(ascii: "<"), from: i + 3),
              textEnd + 8 <= end, memcmp(buffer + textEnd, "</v></c>", 8) == 0,
              find(UInt8(ascii: "&"), from: i + 3, to: textEnd) == nil, find(0x0D, from: i + 3, to: textEnd) == nil else {
            return nil
        }
        cell.value = UnsafeBufferPointer(start: buffer + i + 3, count: textEnd - i - 3)
        pos = textEnd + 8
        return cell
    }
}
