import Foundation

/// Questions a consumer asks about the current token: its name, attributes and text.
extension XMLScanner {
    /// Whether the current tag is `name` in `namespace`.
    func isNamed(_ name: [UInt8], in namespace: XMLNamespace = .spreadsheet) -> Bool {
        self.namespace == namespace && equals(local, name)
    }

    /// The local name of the current tag, for messages.
    var localName: String { String(decoding: bytes(local), as: UTF8.self) }


    /// The index of attribute `name` (no prefix unless `namespace` says otherwise), or nil.
    func attributeIndex(_ name: [UInt8], in namespace: XMLNamespace = .none) -> Int? {
        for i in 0..<attributeCount where attributes[i].namespace == namespace && equals(attributes[i].local, name) {
            return i
        }
        return nil
    }

    /// The raw bytes of attribute `index`, without entity decoding (for numbers and references).
    func rawAttribute(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer + attributes[index].value.lowerBound, count: attributes[index].value.count)
    }

    /// The decoded value of attribute `name`, or nil when absent.
    func attribute(_ name: [UInt8], in namespace: XMLNamespace = .none) throws -> String? {
        guard let index = attributeIndex(name, in: namespace) else { return nil }
        var bytes: [UInt8] = []
        let range = attributes[index].value
        if let bad = XMLEntities.decode(rawAttribute(index), into: &bytes) {
            throw malformed(at: range.lowerBound + bad, "unknown entity or character reference")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The raw bytes of the current text token.
    var rawText: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer + text.lowerBound, count: text.count) }

    /// Appends the current text token to `output`, with line ends normalised (CR LF and lone CR become LF,
    /// XML 1.0 §2.11) and then entity references decoded, so `&#13;` still yields a CR.
    func appendText(to output: inout [UInt8]) throws {
        let hasCR = find(0x0D, from: text.lowerBound, to: text.upperBound) != nil
        let hasReference = !textIsCDATA && find(UInt8(ascii: "&"), from: text.lowerBound, to: text.upperBound) != nil
        guard hasCR || hasReference else {
            output.append(contentsOf: rawText)
            return
        }
        let normalized = hasCR ? XMLEntities.normalizeLineEnds(rawText) : Array(rawText)
        guard hasReference else {
            output.append(contentsOf: normalized)
            return
        }
        let bad = normalized.withUnsafeBufferPointer { XMLEntities.decode($0, into: &output) }
        if let bad { throw malformed(at: text.lowerBound + bad, "unknown entity or character reference") }
    }

    /// Consumes tokens up to and including the end of the element whose start tag is current.
    func skipElement() throws {
        let level = depth
        while true {
            let token = try next()
            if token == .end, depth < level { return }
            if token == .endOfDocument { return }
        }
    }
}
