/// The text of an `<si>` or `<is>`: every `<t>`, including those inside rich runs `<r>`, in document order;
/// phonetic runs `<rPh>` are skipped as whole subtrees because LibreOffice nests `<r><t>` inside them,
/// and `<phoneticPr>` carries no text. Whitespace is kept as written.
enum RichText {
    private static let t = Array("t".utf8)
    private static let rPh = Array("rPh".utf8)

    /// Reads from just after the container's start tag to its end tag.
    static func read(_ scanner: XMLScanner) throws -> String {
        let level = scanner.depth
        var bytes: [UInt8] = []
        var inText = false
        if scanner.isSelfClosing {
            _ = try scanner.next()
            return ""
        }
        while true {
            switch try scanner.next() {
            case .start:
                if scanner.isNamed(rPh) {
                    try scanner.skipElement()
                } else if scanner.isNamed(t) {
                    inText = true
                }
            case .end:
                if scanner.depth < level { return XStringEscapes.decode(bytes) }
                inText = false
            case .text:
                if inText { try scanner.appendText(to: &bytes) }
            case .endOfDocument:
                return XStringEscapes.decode(bytes)
            }
        }
    }
}
