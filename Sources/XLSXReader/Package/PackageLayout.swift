/// The package's relationship graph resolved to parts: `_rels/.rels` → workbook part → its rels →
/// sheets, shared strings and styles, found by relationship type rather than by file name.
struct PackageLayout {
    let workbook: WorkbookPart
    let sheets: [SheetInfo]
    let sharedStringsPart: String?
    let stylesPart: String?

    init(archive: ZipArchive) throws {
        let workbookPart = try PackageLayout.workbookPart(archive)
        if workbookPart.lowercased().hasSuffix(".bin") { throw XLSXError.binaryWorkbook(file: archive.file) }
        let relsPart = Relationships.relsPart(for: workbookPart)
        let relationships = archive.contains(relsPart)
            ? try Relationships.read(relsPart, source: workbookPart, archive: archive) : []
        workbook = try WorkbookPart.read(workbookPart, archive: archive)
        var byId: [String: Relationship] = [:]
        for relationship in relationships where byId[relationship.id] == nil { byId[relationship.id] = relationship }
        sheets = workbook.sheets.enumerated().map { index, entry in
            let relationship = entry.relationshipId.flatMap { byId[$0] }
            let part = relationship?.target ?? relsPart
            return SheetInfo(name: entry.name, index: index, state: entry.state,
                             kind: PackageLayout.kind(relationship?.kind), entryName: relationship.flatMap { archive.entryName(for: $0.target) },
                             partName: part)
        }
        sharedStringsPart = relationships.first { $0.kind == "sharedStrings" && archive.contains($0.target) }?.target
        stylesPart = relationships.first { $0.kind == "styles" && archive.contains($0.target) }?.target
    }

    /// The officeDocument target of the package rels; without package rels, the conventional
    /// `xl/workbook.xml` when present.
    private static func workbookPart(_ archive: ZipArchive) throws -> String {
        let conventional = "xl/workbook.xml"
        guard archive.contains("_rels/.rels") else {
            guard archive.contains(conventional) else { throw otherApplicationOrMissing(conventional, in: archive) }
            return conventional
        }
        let relationships = try Relationships.read("_rels/.rels", source: "", archive: archive)
        guard let target = relationships.first(where: { $0.kind == "officeDocument" })?.target else {
            throw XLSXError.missingPart(file: archive.file, part: conventional)
        }
        guard archive.contains(target) else { throw XLSXError.missingPart(file: archive.file, part: target) }
        return target
    }

    /// A package without Office relationships is often another program's spreadsheet, told by the
    /// parts its format requires (ODF 1.2 part 3 §3.3 `mimetype`; Numbers' `Index/Document.iwa`).
    private static func otherApplicationOrMissing(_ part: String, in archive: ZipArchive) -> XLSXError {
        if archive.contains("mimetype") && archive.contains("content.xml") {
            return .otherSpreadsheet(file: archive.file, application: "OpenDocument (.ods)")
        }
        if archive.contains("Index/Document.iwa") {
            return .otherSpreadsheet(file: archive.file, application: "Numbers")
        }
        return .missingPart(file: archive.file, part: part)
    }

    private static func kind(_ relationshipKind: String?) -> SheetKind {
        switch relationshipKind {
        case "chartsheet": .chartsheet
        case "dialogsheet": .dialogsheet
        case "xlMacrosheet", "xlIntlMacrosheet": .macrosheet
        default: .worksheet
        }
    }
}
