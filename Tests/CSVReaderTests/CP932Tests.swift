import XCTest
@testable import CSVReader
import TestSupport

/// CP932 decoding and encoding against bytes written by Python's cp932 codec and by LibreOffice.
final class CP932Tests: XCTestCase {
    func testDecodesPythonEncodedSampleWithExtensionCharacters() throws {
        let expected = String(decoding: try fixtureBytes("japanese-sample.utf8.txt"), as: UTF8.self)
        let decoded = try TextDecoding.decode(try fixtureBytes("japanese-sample.cp932.txt"), file: "sample",
                                              encoding: .shiftJIS)
        XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), expected)
        XCTAssertTrue(expected.contains("①") && expected.contains("髙") && expected.contains("﨑"))
    }

    func testUTF8ToCP932ToUTF8IsLossless() throws {
        let text = String(decoding: try fixtureBytes("japanese-sample.utf8.txt"), as: UTF8.self)
        let encoded = try TextEncoder.encode(text, as: .shiftJIS)
        let decoded = try TextDecoding.decode(encoded, file: "roundtrip")
        XCTAssertEqual(decoded.encoding, .shiftJIS)
        XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), text)
    }

    func testEncodesLibreOfficeTableByteForByte() throws {
        let libreOffice = try fixtureBytes("libreoffice-sjis.csv")
        let text = try TextDecoding.decode(libreOffice, file: "lo", encoding: .shiftJIS).utf8
        XCTAssertEqual(try TextEncoder.encode(String(decoding: text, as: UTF8.self), as: .shiftJIS), libreOffice)
    }

    /// Characters with two or three codes must get the code Windows-compatible writers choose.
    func testDuplicateCharactersEncodeAsLibreOfficeDoes() throws {
        let lines = try fixtureBytes("libreoffice-duplicates-sjis.csv").split(separator: 0x0A).map(Array.init)
        XCTAssertEqual(lines.count, 396)
        for code in lines {
            let character = String(decoding: try TextDecoding.decode(code, file: "dup", encoding: .shiftJIS).utf8,
                                   as: UTF8.self)
            XCTAssertEqual(try TextEncoder.encode(character, as: .shiftJIS), code, "encoding \(character)")
        }
    }

    func testExtensionCharactersKnownCodes() throws {
        // Codes from Microsoft's CP932 table (and the LibreOffice export above).
        XCTAssertEqual(try TextEncoder.encode("①Ⅱ㈱髙﨑", as: .shiftJIS),
                       [0x87, 0x40, 0x87, 0x55, 0x87, 0x8A, 0xFB, 0xFC, 0xFA, 0xB1])
    }

    func testUserDefinedAreaMapsToPrivateUseArea() throws {
        // Python: b"\xf0\x40".decode("cp932") == "\ue000", b"\xf9\xfc" → "\ue757".
        let decoded = try TextDecoding.decode([0xF0, 0x40, 0xF9, 0xFC, 0xF0, 0x80], file: "gaiji", encoding: .shiftJIS)
        XCTAssertEqual(Array(String(decoding: decoded.utf8, as: UTF8.self).unicodeScalars.map(\.value)),
                       [0xE000, 0xE757, 0xE03F])
        XCTAssertEqual(try TextEncoder.encode("\u{E000}\u{E757}\u{E03F}", as: .shiftJIS),
                       [0xF0, 0x40, 0xF9, 0xFC, 0xF0, 0x80])
    }

    func testHalfWidthKatakana() throws {
        XCTAssertEqual(try TextEncoder.encode("ﾃｽﾄ", as: .shiftJIS), [0xC3, 0xBD, 0xC4])
        let decoded = try TextDecoding.decode([0xC3, 0xBD, 0xC4], file: "kana", encoding: .shiftJIS)
        XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "ﾃｽﾄ")
    }

    func testJISVariantsEncodeAsPythonCodecDoes() throws {
        // Python: "〜−‖¢£¬".encode("cp932")
        XCTAssertEqual(try TextEncoder.encode("〜−‖¢£¬", as: .shiftJIS),
                       [0x81, 0x60, 0x81, 0x7C, 0x81, 0x61, 0x81, 0x91, 0x81, 0x92, 0x81, 0xCA])
    }

    func testUnmappableCharacterIsATypedErrorWithItsPosition() {
        XCTAssertThrowsError(try TextEncoder.encode("金額¥100", as: .shiftJIS)) { error in
            XCTAssertEqual(error as? CSVError,
                           .unmappableCharacter(character: "¥", scalarOffset: 2, encoding: .shiftJIS))
        }
        XCTAssertThrowsError(try TextEncoder.encode("😀", as: .shiftJIS))
    }

    func testUnmappableCharacterSubstitutedWhenAsked() throws {
        XCTAssertEqual(try TextEncoder.encode("a¥😀b", as: .shiftJIS, unmappable: .substituteQuestionMark),
                       Array("a??b".utf8))
    }

    func testBytesMicrosoftLeavesUndefinedAreInvalid() {
        for invalid: [UInt8] in [[0x41, 0x80], [0x41, 0xA0], [0x41, 0xFD], [0x41, 0x81, 0x7F], [0x41, 0x81]] {
            XCTAssertThrowsError(try TextDecoding.decode(invalid, file: "x.csv", encoding: .shiftJIS)) { error in
                guard case .invalidBytes(_, let failure)? = error as? CSVError else {
                    return XCTFail("unexpected \(error)")
                }
                XCTAssertEqual(failure.byteOffset, 1, "\(invalid)")
            }
        }
    }
}
