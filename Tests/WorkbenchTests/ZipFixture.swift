import CZip
import Foundation

/// Small .xlsx packages written with libzip for the upload tests: a one-sheet workbook, and the same with a
/// sheet part that inflates a thousand times over (a zip bomb).
enum ZipFixture {
    static func package(_ entries: [(name: String, bytes: Data)]) throws -> Data {
        let path = NSTemporaryDirectory() + "/workbench-fixture-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else { throw FixtureError.zip("open \(error)") }
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { free($0) } }
        for entry in entries {
            // libzip reads the buffer at zip_close, so it must outlive the loop.
            let buffer = malloc(max(entry.bytes.count, 1))!
            entry.bytes.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: entry.bytes.count)
            buffers.append(buffer)
            guard let source = zip_source_buffer(archive, buffer, zip_uint64_t(entry.bytes.count), 0) else {
                throw FixtureError.zip("source")
            }
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else { throw FixtureError.zip("add \(entry.name)") }
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9)
        }
        guard zip_close(archive) == 0 else { throw FixtureError.zip("close") }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// A workbook whose one sheet holds `sheetData` (the XML inside `<sheetData>`).
    static func workbook(sheetData: Data) throws -> Data {
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let types = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
        """
        let rootRels = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """
        let workbook = """
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(ns)" xmlns:r="\(rel)"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
        let workbookRels = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """
        var sheet = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(ns)\"><sheetData>".utf8)
        sheet.append(sheetData)
        sheet.append(Data("</sheetData></worksheet>".utf8))
        return try package([("[Content_Types].xml", Data(types.utf8)), ("_rels/.rels", Data(rootRels.utf8)),
                            ("xl/workbook.xml", Data(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Data(workbookRels.utf8)),
                            ("xl/worksheets/sheet1.xml", sheet)])
    }

    /// A sheet of `megabytes` MiB of blank space after one row: deflate packs it about a thousand to one,
    /// past the reader's ratio limit of 500.
    static func bomb(megabytes: Int) throws -> Data {
        var data = Data("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>".utf8)
        data.append(Data(repeating: UInt8(ascii: " "), count: megabytes << 20))
        return try workbook(sheetData: data)
    }
}

enum FixtureError: Error { case zip(String) }
