import Foundation

/// A plain cell as the fast path found it: byte ranges of its `r`, `s` and `t` attributes and of its
/// `<v>` text, valid until the scanner moves on.
struct SimpleCell {
    var reference: UnsafeBufferPointer<UInt8>?
    var style: UnsafeBufferPointer<UInt8>?
    var type: UnsafeBufferPointer<UInt8>?
    var value: UnsafeBufferPointer<UInt8>?
}

/// A plain row start tag as the fast path found it: the bytes of its `r` attribute, if any.
struct SimpleRow {
    var reference: UnsafeBufferPointer<UInt8>?
}

// The fast paths below take the tags that nearly every producer writes for the ~10 cells of each row and
// the row around them in one step each, without the general path's per-token bookkeeping. They accept only
// unprefixed tags in the default SpreadsheetML namespace with unprefixed attributes and no namespace
// declarations, wholly inside the buffer; anything else returns nil (or false) without consuming a byte,
// and the caller takes the general token path.
extension XMLScanner {
    /// Reads a whole cell: `<c r=".." s=".." t="..">` followed by `<v>plain text</v></c>`, `</c>` or nothing
    /// (`<c …/>`). The text must hold no `&`, CR or markup; formulas, inline strings and whitespace between
    /// tags go to the general path.
    func takeSimpleCell() -> SimpleCell? {
        guard !pendingEnd, defaultNamespace == .spreadsheet, pos + 3 < end,
              buffer[pos] == UInt8(ascii: "<"), buffer[pos + 1] == UInt8(ascii: "c"),
              isSpace(buffer[pos + 2]) || buffer[pos + 2] == UInt8(ascii: ">") || buffer[pos + 2] == UInt8(ascii: "/") else {
            return nil
        }
        var cell = SimpleCell()
        let tag = simpleAttributes(from: pos + 2) { name, value in
            switch name {
            case UInt8(ascii: "r"): cell.reference = value
            case UInt8(ascii: "s"): cell.style = value
            case UInt8(ascii: "t"): cell.type = value
            default: break
            }
        }
        guard let (i, selfClosing) = tag else { return nil }
        if selfClosing {
            pos = i
            return cell
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

    /// Reads a `<row …>` start tag (not a self-closing one) and enters the row element.
    func takeRowStart() -> SimpleRow? {
        guard !pendingEnd, depth > 0, defaultNamespace == .spreadsheet, pos + 4 < end, memcmp(buffer + pos, "<row", 4) == 0,
              isSpace(buffer[pos + 4]) || buffer[pos + 4] == UInt8(ascii: ">") else {
            return nil
        }
        var row = SimpleRow()
        let tag = simpleAttributes(from: pos + 4) { name, value in
            if name == UInt8(ascii: "r") { row.reference = value }
        }
        guard let (next, selfClosing) = tag, !selfClosing else { return nil }
        enterElement(pos + 1..<pos + 4)
        pos = next
        return row
    }

    /// Reads `</row>` when it closes the open element.
    func takeRowEnd() -> Bool {
        guard !pendingEnd, pos + 6 <= end, memcmp(buffer + pos, "</row>", 6) == 0, leaveElement(pos + 2..<pos + 5) else {
            return false
        }
        pos += 6
        return true
    }

    /// Reads the attributes of a start tag from `start` to its `>` or `/>`, handing each one-letter
    /// attribute name and its value to `take`. Returns the position after the tag and whether it closed
    /// itself; nil when the tag needs the general path.
    private func simpleAttributes(from start: Int, _ take: (UInt8, UnsafeBufferPointer<UInt8>) -> Void) -> (Int, Bool)? {
        var i = start
        while true {
            while i < end, isSpace(buffer[i]) { i += 1 }
            guard i < end else { return nil }
            if buffer[i] == UInt8(ascii: ">") { return (i + 1, false) }
            if buffer[i] == UInt8(ascii: "/") {
                guard i + 1 < end, buffer[i + 1] == UInt8(ascii: ">") else { return nil }
                return (i + 2, true)
            }
            let nameStart = i
            while i < end, buffer[i] != UInt8(ascii: "="), buffer[i] != UInt8(ascii: ":"), !isSpace(buffer[i]) { i += 1 }
            guard i + 1 < end, buffer[i] == UInt8(ascii: "=") else { return nil }
            let nameLength = i - nameStart
            let quote = buffer[i + 1]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), let close = shortRunEnd(quote, from: i + 2) else { return nil }
            if nameLength == 1 {
                take(buffer[nameStart], UnsafeBufferPointer(start: buffer + i + 2, count: close - i - 2))
            } else if nameLength >= 5, memcmp(buffer + nameStart, "xmlns", 5) == 0 {
                return nil
            }
            i = close + 1
        }
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
