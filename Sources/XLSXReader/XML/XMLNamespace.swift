/// The namespaces the reader distinguishes, recognised by URI so that any prefix (`x:c`, `ns:id`) works
/// and Strict OOXML (purl.oclc.org) reads like Transitional (xlsx-format.md §1.2).
enum XMLNamespace: UInt8, Sendable {
    case none
    case spreadsheet
    case officeRelationships
    case packageRelationships
    case xml
    case other

    private static let known: [([UInt8], XMLNamespace)] = [
        (Array("http://schemas.openxmlformats.org/spreadsheetml/2006/main".utf8), .spreadsheet),
        (Array("http://purl.oclc.org/ooxml/spreadsheetml/main".utf8), .spreadsheet),
        (Array("http://schemas.openxmlformats.org/officeDocument/2006/relationships".utf8), .officeRelationships),
        (Array("http://purl.oclc.org/ooxml/officeDocument/relationships".utf8), .officeRelationships),
        (Array("http://schemas.openxmlformats.org/package/2006/relationships".utf8), .packageRelationships),
    ]

    /// Classifies a namespace URI given as raw attribute bytes.
    init(uri: UnsafeBufferPointer<UInt8>) {
        for (bytes, namespace) in XMLNamespace.known where bytes.elementsEqual(uri) {
            self = namespace
            return
        }
        self = uri.isEmpty ? .none : .other
    }
}

/// Byte spellings of the element and attribute names the reader looks for.
enum XMLNames {
    static let xmlns = Array("xmlns".utf8)
    static let xml = Array("xml".utf8)
}
