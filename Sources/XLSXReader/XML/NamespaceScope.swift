/// The namespace declarations in force at the current element: each `xmlns` / `xmlns:p` attribute binds
/// until its element closes (Namespaces in XML 1.0 §6). Prefix lookups search innermost first.
struct NamespaceScope {
    private var bindings: [(prefix: [UInt8], namespace: XMLNamespace, depth: Int)] = []
    /// The namespace of unprefixed element names here.
    private(set) var defaultNamespace = XMLNamespace.none

    /// Binds `prefix` (empty for the default namespace) to `uri` on the element at `depth`.
    mutating func declare(prefix: UnsafeBufferPointer<UInt8>, uri: UnsafeBufferPointer<UInt8>, depth: Int) {
        let namespace = XMLNamespace(uri: uri)
        bindings.append((Array(prefix), namespace, depth))
        if prefix.isEmpty { defaultNamespace = namespace }
    }

    /// Drops the declarations of elements deeper than `depth`, which have just closed.
    mutating func leave(to depth: Int) {
        guard let last = bindings.last, last.depth > depth else { return }
        while let top = bindings.last, top.depth > depth { bindings.removeLast() }
        defaultNamespace = bindings.last(where: { $0.prefix.isEmpty })?.namespace ?? .none
    }

    /// The namespace bound to a non-empty prefix; `xml` is predeclared, an unknown prefix is `.other`.
    func resolve(prefix: UnsafeBufferPointer<UInt8>) -> XMLNamespace {
        if prefix.elementsEqual(XMLNames.xml) { return .xml }
        for binding in bindings.reversed() where prefix.elementsEqual(binding.prefix) { return binding.namespace }
        return .other
    }
}
