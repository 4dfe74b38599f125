import Yams

/// Finds keys in a spec that Bunseki does not know — usually typos such as `meen:` — which
/// decoding alone would silently ignore, leaving a default in place of what the instructor meant.
///
/// Works by re-encoding the decoded spec: every key Bunseki understood reappears there, so a key
/// of the source missing from the re-encoded tree at the same path was not understood.
enum UnknownKeyCheck {
    /// The key path of the first unknown key, or `nil` when every key was understood.
    static func firstUnknownKey(in yaml: String, decoded spec: ExerciseSpec) -> String? {
        guard let source = try? Yams.compose(yaml: yaml),
              let encoded = try? YAMLEncoder().encode(spec),
              let known = try? Yams.compose(yaml: encoded) else { return nil }
        return firstUnknownKey(source: source, known: known, path: "")
    }

    private static func firstUnknownKey(source: Node, known: Node, path: String) -> String? {
        if let sourceMapping = source.mapping, let knownMapping = known.mapping {
            for (key, value) in sourceMapping {
                guard let name = key.string else { continue }
                let keyPath = path.isEmpty ? name : "\(path).\(name)"
                guard let knownValue = knownMapping[name] else { return keyPath }
                if let unknown = firstUnknownKey(source: value, known: knownValue, path: keyPath) { return unknown }
            }
        } else if let sourceItems = source.sequence, let knownItems = known.sequence {
            for (index, (item, knownItem)) in zip(sourceItems, knownItems).enumerated() {
                if let unknown = firstUnknownKey(source: item, known: knownItem, path: "\(path)[\(index)]") {
                    return unknown
                }
            }
        }
        return nil
    }
}
