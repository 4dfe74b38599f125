import Foundation

/// A pull scanner over the raw bytes of one XML part, refilled in chunks from a `ByteSource` so that memory
/// stays bounded by the longest token, not the part's size. It reports start tags (with attributes and
/// namespace-resolved names), end tags (self-closing tags produce both) and character data; it checks
/// nesting and reports the byte offset of anything malformed. Names and text are ranges into the
/// buffer and stay valid only until the next call to `next()`.
final class XMLScanner {
    /// What `next()` found.
    enum Token: Equatable {
        case start, end, text, endOfDocument
    }

    /// One attribute of the current start tag, as buffer ranges.
    struct Attribute {
        var namespace: XMLNamespace
        var prefix: Range<Int>
        var local: Range<Int>
        var value: Range<Int>
    }

    let file: String
    let part: String
    private let source: ByteSource
    private let maxTokenBytes: Int

    // `buffer`, `pos`, `end` and `pendingEnd` are readable module-wide for the
    // whole-cell fast path in XMLScanner+SimpleCell.swift; nothing else should touch them.
    var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var pos = 0
    var end = 0
    private var base = 0
    /// The part's inflated size from the zip directory when known: what `bytesConsumed` counts towards.
    var expectedBytes: Int?
    /// Bytes of the part scanned so far, for progress reports.
    var bytesConsumed: Int { base + pos }
    private var sourceDrained = false

    /// Open elements; `nameHashes` holds a hash of each one's qualified name to check the end tag.
    private(set) var depth = 0
    private var nameHashes: [UInt64] = []
    private var scope = NamespaceScope()
    /// The namespace of unprefixed element names at the current position.
    var defaultNamespace: XMLNamespace { scope.defaultNamespace }
    var pendingEnd = false
    private var sawRoot = false

    /// The namespace and local name of the current start or end tag.
    private(set) var namespace = XMLNamespace.none
    private(set) var local: Range<Int> = 0..<0
    /// Whether the current start tag was self-closing (`<c/>`); its end token follows.
    private(set) var isSelfClosing = false
    /// Attributes of the current start tag (only the first `attributeCount` are current).
    private(set) var attributes: [Attribute] = []
    private(set) var attributeCount = 0
    /// The current text token and whether it came from CDATA (no entity decoding).
    private(set) var text: Range<Int> = 0..<0
    private(set) var textIsCDATA = false

    init(source: ByteSource, file: String, part: String, limits: ReadLimits, chunkSize: Int = 256 << 10) {
        self.source = source
        self.file = file
        self.part = part
        self.maxTokenBytes = max(limits.maxTokenBytes, chunkSize)
        self.capacity = chunkSize
        self.buffer = .allocate(capacity: chunkSize)
    }

    deinit { buffer.deallocate() }

    // MARK: Reading tokens

    /// Advances to the next token.
    func next() throws -> Token {
        if pendingEnd {
            pendingEnd = false
            closeElement()
            return .end
        }
        while true {
            if pos == end {
                if sourceDrained { return try finish() }
                try refill()
                continue
            }
            let outcome: Token?
            if buffer[pos] == UInt8(ascii: "<") {
                outcome = try scanMarkup()
            } else {
                outcome = try scanText()
            }
            if let token = outcome { return token }
        }
    }

    /// A malformed-XML error at an offset in the current buffer.
    func malformed(at index: Int, _ detail: String) -> XLSXError {
        .malformedXML(file: file, part: part, offset: base + index, detail: detail)
    }

    // MARK: Scanning

    private func finish() throws -> Token {
        guard sawRoot else { throw malformed(at: pos, "no root element") }
        guard depth == 0 else { throw malformed(at: pos, "the part ends inside an element") }
        return .endOfDocument
    }

    /// Character data up to the next `<`; whitespace outside the root is skipped, other text there is an error.
    private func scanText() throws -> Token? {
        guard let lt = find(UInt8(ascii: "<"), from: pos) else {
            if !sourceDrained { try refill(); return nil }
            return try emitText(pos..<end)
        }
        return try emitText(pos..<lt)
    }

    private func emitText(_ range: Range<Int>) throws -> Token? {
        pos = range.upperBound
        if depth == 0 {
            for i in range where !isSpace(buffer[i]) {
                throw malformed(at: i, "text outside the root element")
            }
            return nil
        }
        text = range
        textIsCDATA = false
        return .text
    }

    /// Anything starting with `<`; returns nil when it needed more bytes or was skipped (comments, PIs).
    private func scanMarkup() throws -> Token? {
        guard pos + 1 < end else { return try needMore() }
        switch buffer[pos + 1] {
        case UInt8(ascii: "/"): return try scanEndTag()
        case UInt8(ascii: "?"): return try skip(until: "?>")
        case UInt8(ascii: "!"): return try scanDeclaration()
        default: return try scanStartTag()
        }
    }

    private func scanDeclaration() throws -> Token? {
        guard pos + 9 <= end || sourceDrained else { return try needMore() }
        if hasPrefix("<!--") { return try skip(until: "-->") }
        if hasPrefix("<![CDATA[") {
            guard let close = find("]]>", from: pos + 9) else { return try needMore() }
            guard depth > 0 else { throw malformed(at: pos, "CDATA outside the root element") }
            text = (pos + 9)..<close
            textIsCDATA = true
            pos = close + 3
            return .text
        }
        if hasPrefix("<!DOCTYPE") { return try skipDoctype() }
        throw malformed(at: pos, "unexpected markup declaration")
    }

    /// Skips a DOCTYPE including an internal subset; its entity declarations are deliberately ignored.
    private func skipDoctype() throws -> Token? {
        var i = pos + 9
        var inSubset = false
        var quote: UInt8 = 0
        while i < end {
            let byte = buffer[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                inSubset = true
            } else if byte == UInt8(ascii: "]") {
                inSubset = false
            } else if byte == UInt8(ascii: ">"), !inSubset {
                pos = i + 1
                return nil
            }
            i += 1
        }
        return try needMore()
    }

    private func scanEndTag() throws -> Token? {
        guard let gt = find(UInt8(ascii: ">"), from: pos + 2) else { return try needMore() }
        var nameEnd = pos + 2
        while nameEnd < gt, !isSpace(buffer[nameEnd]) { nameEnd += 1 }
        guard depth > 0 else { throw malformed(at: pos, "end tag without a start tag") }
        guard hash(pos + 2..<nameEnd) == nameHashes[depth - 1] else {
            throw malformed(at: pos, "end tag does not match the open element")
        }
        resolveElementName(pos + 2..<nameEnd)
        pos = gt + 1
        closeElement()
        return .end
    }

    private func scanStartTag() throws -> Token? {
        var i = pos + 1
        let nameStart = i
        while i < end, !isSpace(buffer[i]), buffer[i] != UInt8(ascii: ">"), buffer[i] != UInt8(ascii: "/") { i += 1 }
        guard i < end else { return try needMore() }
        guard i > nameStart else { throw malformed(at: pos, "a tag without a name") }
        let name = nameStart..<i
        attributeCount = 0
        var selfClosing = false
        while true {
            while i < end, isSpace(buffer[i]) { i += 1 }
            guard i < end else { return try needMore() }
            if buffer[i] == UInt8(ascii: ">") { break }
            if buffer[i] == UInt8(ascii: "/") {
                guard i + 1 < end else { return try needMore() }
                guard buffer[i + 1] == UInt8(ascii: ">") else { throw malformed(at: i, "'/' not followed by '>'") }
                selfClosing = true
                i += 1
                break
            }
            guard let next = try scanAttribute(from: i) else { return try needMore() }
            i = next
        }
        guard depth > 0 || !sawRoot else { throw malformed(at: pos, "a second root element") }
        pos = i + 1
        openElement(name)
        isSelfClosing = selfClosing
        pendingEnd = selfClosing
        return .start
    }

    /// Scans `name = "value"` at `start`; returns the index after it, or nil when the buffer ends first.
    private func scanAttribute(from start: Int) throws -> Int? {
        var i = start
        while i < end, buffer[i] != UInt8(ascii: "="), !isSpace(buffer[i]), buffer[i] != UInt8(ascii: ">") { i += 1 }
        let name = start..<i
        while i < end, isSpace(buffer[i]) { i += 1 }
        guard i < end else { return nil }
        guard buffer[i] == UInt8(ascii: "="), !name.isEmpty else { throw malformed(at: start, "an attribute without a value") }
        i += 1
        while i < end, isSpace(buffer[i]) { i += 1 }
        guard i < end else { return nil }
        let quote = buffer[i]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed(at: i, "an attribute value without quotes")
        }
        guard let close = find(quote, from: i + 1) else { return nil }
        let (prefix, local) = split(name)
        let attribute = Attribute(namespace: .none, prefix: prefix, local: local, value: (i + 1)..<close)
        if attributeCount < attributes.count {
            attributes[attributeCount] = attribute
        } else {
            attributes.append(attribute)
        }
        attributeCount += 1
        return close + 1
    }

    // MARK: Elements and namespaces

    private func openElement(_ name: Range<Int>) {
        depth += 1
        sawRoot = true
        nameHashes.append(hash(name))
        for index in 0..<attributeCount {
            let attribute = attributes[index]
            let isDefault = attribute.prefix.isEmpty && equals(attribute.local, XMLNames.xmlns)
            guard isDefault || equals(attribute.prefix, XMLNames.xmlns) else { continue }
            scope.declare(prefix: bytes(isDefault ? attribute.prefix : attribute.local), uri: rawAttribute(index), depth: depth)
        }
        for index in 0..<attributeCount where !attributes[index].prefix.isEmpty {
            attributes[index].namespace = scope.resolve(prefix: bytes(attributes[index].prefix))
        }
        resolveElementName(name)
    }

    /// Opens an element inside the root whose unprefixed start tag, without namespace declarations, a fast
    /// path has read.
    func enterElement(_ name: Range<Int>) {
        attributeCount = 0
        isSelfClosing = false
        openElement(name)
    }

    /// Closes the open element when `name` is its name, for a fast path that has read its end tag.
    func leaveElement(_ name: Range<Int>) -> Bool {
        guard depth > 0, hash(name) == nameHashes[depth - 1] else { return false }
        resolveElementName(name)
        closeElement()
        return true
    }

    private func closeElement() {
        depth -= 1
        nameHashes.removeLast()
        scope.leave(to: depth)
    }

    private func resolveElementName(_ name: Range<Int>) {
        let (prefix, localName) = split(name)
        local = localName
        namespace = prefix.isEmpty ? scope.defaultNamespace : scope.resolve(prefix: bytes(prefix))
    }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer + range.lowerBound, count: range.count)
    }

    private func split(_ name: Range<Int>) -> (prefix: Range<Int>, local: Range<Int>) {
        guard let colon = find(UInt8(ascii: ":"), from: name.lowerBound, to: name.upperBound) else {
            return (name.lowerBound..<name.lowerBound, name)
        }
        return (name.lowerBound..<colon, (colon + 1)..<name.upperBound)
    }

    // MARK: Buffer management

    /// Makes room and reads more; a token longer than the buffer grows it, up to `maxTokenBytes`.
    private func needMore() throws -> Token? {
        guard !sourceDrained else { throw malformed(at: pos, "the part ends inside markup") }
        try refill()
        return nil
    }

    private func refill() throws {
        if pos > 0 {
            memmove(buffer, buffer + pos, end - pos)
            base += pos
            end -= pos
            pos = 0
        }
        if end == capacity {
            guard capacity * 2 <= maxTokenBytes else { throw malformed(at: pos, "a token longer than \(maxTokenBytes) bytes") }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        let count = try source.read(into: buffer + end, capacity: capacity - end)
        if count == 0 { sourceDrained = true }
        if base == 0, end == 0, count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            pos = 3
        }
        end += count
    }

    private func skip(until terminator: StaticString) throws -> Token? {
        guard let at = find(terminator, from: pos + 2) else { return try needMore() }
        pos = at + terminator.utf8CodeUnitCount
        return nil
    }

    func find(_ byte: UInt8, from start: Int, to stop: Int? = nil) -> Int? {
        let limit = stop ?? end
        guard start < limit, let hit = memchr(buffer + start, Int32(byte), limit - start) else { return nil }
        return buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private func find(_ needle: StaticString, from start: Int) -> Int? {
        let length = needle.utf8CodeUnitCount
        var i = start
        while let hit = find(needle.utf8Start[0], from: i) {
            guard hit + length <= end else { return nil }
            if memcmp(buffer + hit, needle.utf8Start, length) == 0 { return hit }
            i = hit + 1
        }
        return nil
    }

    private func hasPrefix(_ literal: StaticString) -> Bool {
        pos + literal.utf8CodeUnitCount <= end && memcmp(buffer + pos, literal.utf8Start, literal.utf8CodeUnitCount) == 0
    }

    func equals(_ range: Range<Int>, _ name: [UInt8]) -> Bool {
        guard range.count == name.count else { return false }
        return name.withUnsafeBufferPointer { bytes in
            bytes.indices.allSatisfy { buffer[range.lowerBound + $0] == bytes[$0] }
        }
    }

    /// FNV-1a of a qualified name, enough to catch mismatched end tags without keeping the names.
    private func hash(_ range: Range<Int>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range { value = (value ^ UInt64(buffer[i])) &* 0x100_0000_01b3 }
        return value
    }

    func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
