/// The smallest workbook package the reader accepts: one sheet, a shared-string table and styles.
/// Tests and the part-mutating fuzz harness replace one part and keep the others.
public enum MinimalPackage {
    /// The parts a package may have replaced, in the order the fuzz harness selects them by.
    public enum Part: Int, CaseIterable {
        case sheet, sharedStrings, workbook, styles, workbookRelationships, contentTypes, rootRelationships

        /// The entry name inside the package.
        public var entryName: String {
            switch self {
            case .sheet: "xl/worksheets/sheet1.xml"
            case .sharedStrings: "xl/sharedStrings.xml"
            case .workbook: "xl/workbook.xml"
            case .styles: "xl/styles.xml"
            case .workbookRelationships: "xl/_rels/workbook.xml.rels"
            case .contentTypes: "[Content_Types].xml"
            case .rootRelationships: "_rels/.rels"
            }
        }
    }

    public static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The default text of each part.
    public static func defaultText(of part: Part) -> String {
        switch part {
        case .sheet:
            """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\(spreadsheetNamespace)"><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2"><v>1.5</v></c><c r="B2"><v>2</v></c></row></sheetData></worksheet>
            """
        case .sharedStrings:
            """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(spreadsheetNamespace)" count="2" uniqueCount="2">\
            <si><t>x</t></si><si><t>y</t></si></sst>
            """
        case .workbook:
            """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(spreadsheetNamespace)" xmlns:r="\(relationshipNamespace)">\
            <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
        case .styles:
            """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\(spreadsheetNamespace)"><cellXfs count="1">\
            <xf numFmtId="0"/></cellXfs></styleSheet>
            """
        case .workbookRelationships:
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\(packageRelationships)">\
            <Relationship Id="rId1" Type="\(relationshipNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(relationshipNamespace)/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId3" Type="\(relationshipNamespace)/styles" Target="styles.xml"/></Relationships>
            """
        case .contentTypes:
            """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            </Types>
            """
        case .rootRelationships:
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\(packageRelationships)">\
            <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """
        }
    }

    /// A package with every part at its default except those in `replacements`.
    public static func bytes(replacing replacements: [Part: [UInt8]] = [:]) -> [UInt8] {
        var zip = ZipBuilder()
        for part in [Part.contentTypes, .rootRelationships, .workbook, .workbookRelationships, .styles, .sharedStrings, .sheet] {
            zip.addStored(part.entryName, replacements[part] ?? Array(defaultText(of: part).utf8))
        }
        return zip.bytes()
    }

    /// A package whose `part` is the raw deflate data `bomb` (`DeflateBomb`), its header claiming `claimedSize` bytes
    /// inflated, with every other part at its default.
    public static func bytes(deflating part: Part, _ bomb: (deflate: [UInt8], inflatedSize: Int), claimedSize: UInt32) -> [UInt8] {
        var zip = ZipBuilder()
        for other in Part.allCases where other != part {
            zip.addStored(other.entryName, defaultText(of: other))
        }
        zip.addDeflated(part.entryName, deflate: bomb.deflate, uncompressedSize: claimedSize, crc: 0)
        return zip.bytes()
    }

    /// A package whose sheet part is `sheetXML`.
    public static func bytes(sheet sheetXML: String) -> [UInt8] { bytes(replacing: [.sheet: Array(sheetXML.utf8)]) }

    /// Wraps row XML in a worksheet with sheetData.
    public static func sheet(rows: String, before: String = "") -> String {
        "<worksheet xmlns=\"\(spreadsheetNamespace)\">\(before)<sheetData>\(rows)</sheetData></worksheet>"
    }
}
