/// The shared-string table: `<si>` entries in order, an empty `<si/>` still taking its index.
enum SharedStrings {
    private static let si = Array("si".utf8)
    private static let uniqueCount = Array("uniqueCount".utf8)

    /// Reads a sharedStrings part; `uniqueCount` is only a capped capacity hint. The table stays in
    /// memory, so the part's inflated size is capped by `maxSharedStringsBytes` (each tiny `<si/>`
    /// costs a 16-byte String, so memory follows the part's size, not its compressed size).
    static func read(_ part: String, archive: ZipArchive) throws -> [String] {
        let source = try archive.open(part, maxBytes: archive.limits.maxSharedStringsBytes)
        let scanner = XMLScanner(source: source, file: archive.file, part: part, limits: archive.limits)
        var strings: [String] = []
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { return strings }
            guard token == .start else { continue }
            if scanner.depth == 1, let hint = Int(try scanner.attribute(uniqueCount) ?? "") {
                strings.reserveCapacity(min(max(hint, 0), 1 << 20))
            } else if scanner.isNamed(si) {
                strings.append(try RichText.read(scanner))
            }
        }
    }
}
