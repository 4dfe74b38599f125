import CZip
import Foundation

/// Writes the two benchmark workbooks deterministically: the sheet XML is streamed to a temporary file
/// and deflated by libzip, so generating a 1,000,000-row sheet never holds it in memory.
enum BenchWorkbooks {
    static let numericRows = 1_000_000
    static let mixedRows = 200_000
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let words = ["総務課", "企画課", "税務課", "福祉課", "土木課", "市民課", "教育委員会", "水道局"]

    /// 10 numeric columns: integers, two-decimal amounts and full-precision doubles, as Excel writes them.
    static func writeNumeric(to path: String) throws {
        var random = SplitMix64(seed: 1)
        try write(path, sharedStrings: nil) { emit in
            for row in 1...numericRows {
                var line = "<row r=\"\(row)\">"
                for column in 0..<10 {
                    let value: String = switch column % 3 {
                    case 0: String(random.next() % 100_000)
                    case 1: String(format: "%.2f", Double(random.next() % 10_000_000) / 100)
                    default: String(Double(random.next() >> 11) / Double(1 << 53) * 1000)
                    }
                    line += "<c r=\"\(letter(column))\(row)\"><v>\(value)</v></c>"
                }
                emit(line + "</row>")
            }
        }
    }

    /// Repeated shared strings, dates (style 1 = numFmt 14), booleans, blanks and numbers.
    static func writeMixed(to path: String) throws {
        var random = SplitMix64(seed: 2)
        try write(path, sharedStrings: words) { emit in
            for row in 1...mixedRows {
                var line = "<row r=\"\(row)\">"
                line += "<c r=\"A\(row)\" t=\"s\"><v>\(random.next() % UInt64(words.count))</v></c>"
                line += "<c r=\"B\(row)\" s=\"1\"><v>\(36_000 + random.next() % 10_000)</v></c>"
                line += "<c r=\"C\(row)\" t=\"b\"><v>\(random.next() % 2)</v></c>"
                if random.next() % 10 != 0 { line += "<c r=\"D\(row)\"><v>\(random.next() % 1000)</v></c>" }
                line += "<c r=\"E\(row)\"><v>\(String(format: "%.1f", Double(random.next() % 5000) / 10))</v></c>"
                line += "<c r=\"F\(row)\" t=\"s\"><v>\(random.next() % UInt64(words.count))</v></c>"
                emit(line + "</row>")
            }
        }
    }

    private static func letter(_ column: Int) -> String { String(UnicodeScalar(UInt8(65 + column))) }

    private static func write(_ path: String, sharedStrings: [String]?, rows: ((String) -> Void) -> Void) throws {
        let sheetPath = path + ".sheet.xml"
        guard FileManager.default.createFile(atPath: sheetPath, contents: nil) else { throw BenchError.io("cannot create \(sheetPath)") }
        guard let handle = FileHandle(forWritingAtPath: sheetPath) else { throw BenchError.io("cannot write \(sheetPath)") }
        var pending = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>"
        rows { line in
            pending += line
            if pending.utf8.count > 1 << 20 {
                handle.write(Data(pending.utf8))
                pending = ""
            }
        }
        handle.write(Data((pending + "</sheetData></worksheet>").utf8))
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: sheetPath) }

        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(main)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"),
        ]
        var workbookRels = [("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")]
        if let strings = sharedStrings {
            workbookRels.append(("rId3", "sharedStrings", "sharedStrings.xml"))
            parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"\(main)\">" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"))
        }
        parts.append(("xl/_rels/workbook.xml.rels", relationships(workbookRels)))
        try zip(path, parts: parts, sheetFile: sheetPath)
    }

    private static func relationships(_ items: [(String, String, String)]) -> String {
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.map { "<Relationship Id=\"\($0.0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\($0.1)\" Target=\"\($0.2)\"/>" }.joined()
            + "</Relationships>"
    }

    private static func zip(_ path: String, parts: [(String, String)], sheetFile: String) throws {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else { throw BenchError.io("zip_open \(code)") }
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { free($0) } }
        for (name, text) in parts {
            let bytes = Array(text.utf8)
            guard let copy = malloc(bytes.count) else { throw BenchError.io("out of memory") }
            copy.copyMemory(from: bytes, byteCount: bytes.count)
            buffers.append(copy)
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 0),
                  zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) >= 0 else { throw BenchError.io("zip add \(name)") }
        }
        guard let sheet = zip_source_file(archive, sheetFile, 0, -1),
              zip_file_add(archive, "xl/worksheets/sheet1.xml", sheet, ZIP_FL_OVERWRITE) >= 0 else { throw BenchError.io("zip add sheet") }
        guard zip_close(archive) == 0 else { throw BenchError.io("zip_close: \(String(cString: zip_strerror(archive)))") }
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny deterministic generator, enough for benchmark data.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum BenchError: Error {
    case io(String)
    case usage
}
