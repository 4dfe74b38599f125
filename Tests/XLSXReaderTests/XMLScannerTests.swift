import XCTest
@testable import XLSXReader

/// The byte scanner on its own, fed in 7-byte pieces so that every token straddles a refill.
final class XMLScannerTests: XCTestCase {
    private func scanner(_ xml: String) -> XMLScanner {
        XMLScanner(source: BytesSource(xml), file: "f.xlsx", part: "p.xml", limits: ReadLimits(), chunkSize: 16)
    }

    /// Start-tag local names (with namespace) and decoded texts, in order.
    private func events(_ xml: String) throws -> [String] {
        let scanner = scanner(xml)
        var out: [String] = []
        while true {
            switch try scanner.next() {
            case .start: out.append("<\(scanner.namespace == .spreadsheet ? "main:" : "")\(scanner.localName)")
            case .end: out.append(">")
            case .text:
                var bytes: [UInt8] = []
                try scanner.appendText(to: &bytes)
                out.append(String(decoding: bytes, as: UTF8.self))
            case .endOfDocument: return out
            }
        }
    }

    func testPrefixesResolveByURIAndBOMIsSkipped() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?><!-- c --><x:a xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><x:b/><c/></x:a>"
        XCTAssertEqual(try events(xml), ["<main:a", "<main:b", ">", "<c", ">", ">"])
    }

    func testEntitiesCharacterReferencesCDATAAndLineEnds() throws {
        let xml = "<a>&lt;&amp;amp;&#x41;&#66;<![CDATA[<&x>]]>\r\nz\rq</a>"
        XCTAssertEqual(try events(xml), ["<a", "<&amp;AB", "<&x>", "\nz\nq", ">"])
    }

    func testAttributesInEitherQuotesWithSpacesAroundEquals() throws {
        let scanner = scanner("<row r = '11' x=\"a&amp;b\"/>")
        XCTAssertEqual(try scanner.next(), .start)
        XCTAssertEqual(try scanner.attribute(Array("r".utf8)), "11")
        XCTAssertEqual(try scanner.attribute(Array("x".utf8)), "a&b")
        XCTAssertTrue(scanner.isSelfClosing)
        XCTAssertEqual(try scanner.next(), .end)
        XCTAssertEqual(try scanner.next(), .endOfDocument)
    }

    func testMalformedInputsReportTheirOffset() {
        let cases: [(String, Int)] = [
            ("foo<a/>", 0),          // text before the root
            ("<a><b></a>", 6),       // mismatched end tag
            ("<a>&bogus;</a>", 3),   // unknown entity
            ("<a x=1/>", 5),         // unquoted attribute
            ("<a><b>", 6),           // ends inside an element
        ]
        for (xml, offset) in cases {
            XCTAssertThrowsError(try events(xml), xml) { error in
                guard case XLSXError.malformedXML("f.xlsx", "p.xml", let at, _)? = error as? XLSXError else { return XCTFail("\(error)") }
                XCTAssertEqual(at, offset, xml)
            }
        }
    }

    func testEmptyPartHasNoRoot() {
        XCTAssertThrowsError(try events("  ")) { XCTAssertNotNil($0 as? XLSXError) }
    }
}
