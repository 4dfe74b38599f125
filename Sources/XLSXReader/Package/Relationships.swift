/// One `<Relationship>` of a `.rels` part, with its target already resolved to a part name.
struct Relationship: Sendable {
    let id: String
    /// The type URI's last segment (`officeDocument`, `worksheet`, `sharedStrings`, …), which is the same
    /// for Transitional and Strict files (xlsx-format.md §1.3).
    let kind: String
    /// The package-relative part name (no leading slash).
    let target: String
}

/// Reading `.rels` parts and resolving their targets (xlsx-format.md §1.4).
enum Relationships {
    private static let relationship = Array("Relationship".utf8)
    private static let idName = Array("Id".utf8)
    private static let typeName = Array("Type".utf8)
    private static let targetName = Array("Target".utf8)
    private static let targetModeName = Array("TargetMode".utf8)

    /// The rels part that belongs to `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relsPart(for part: String) -> String {
        let (folder, name) = split(part)
        return folder + "_rels/" + name + ".rels"
    }

    /// Reads the internal relationships of `relsPart`, whose source part is `source` ("" for the package).
    static func read(_ relsPart: String, source: String, archive: ZipArchive) throws -> [Relationship] {
        let scanner = XMLScanner(source: try archive.open(relsPart), file: archive.file, part: relsPart,
                                 limits: archive.limits, chunkSize: 16 << 10)
        var found: [Relationship] = []
        while true {
            let token = try scanner.next()
            if token == .endOfDocument { return found }
            guard token == .start, scanner.isNamed(relationship, in: .packageRelationships) else { continue }
            if try scanner.attribute(targetModeName) == "External" { continue }
            guard let id = try scanner.attribute(idName), let type = try scanner.attribute(typeName),
                  let target = try scanner.attribute(targetName) else { continue }
            let kind = type.split(separator: "/").last.map(String.init) ?? type
            found.append(Relationship(id: id, kind: kind, target: resolve(target, from: source)))
        }
    }

    /// Resolves a `Target` against the folder of its source part: backslashes become slashes, a leading
    /// slash means the package root, `.` and `..` are processed without climbing above the root.
    static func resolve(_ target: String, from source: String) -> String {
        let normalized = target.replacingOccurrences(of: "\\", with: "/")
        let start = normalized.hasPrefix("/") ? "" : split(source).folder
        var segments: [Substring] = []
        for segment in (start + normalized).split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// `xl/workbook.xml` → (`xl/`, `workbook.xml`); a root part has folder "".
    private static func split(_ part: String) -> (folder: String, name: String) {
        let normalized = part.replacingOccurrences(of: "\\", with: "/")
        guard let slash = normalized.lastIndex(of: "/") else { return ("", normalized) }
        return (String(normalized[...slash]), String(normalized[normalized.index(after: slash)...]))
    }
}
