import XCTest
@testable import CSVReader

final class EncodingDetectionTests: XCTestCase {
    private func detect(_ bytes: [UInt8], forcing encoding: TextEncoding? = nil) throws -> (TextEncoding, Bool, String) {
        let decoded = try TextDecoding.decode(bytes, file: "data.csv", encoding: encoding)
        return (decoded.encoding, decoded.hadByteOrderMark, String(decoding: decoded.utf8, as: UTF8.self))
    }

    func testUTF8WithoutBOM() throws {
        let (encoding, bom, text) = try detect(Array("名前,値\n".utf8))
        XCTAssertEqual(encoding, .utf8)
        XCTAssertFalse(bom)
        XCTAssertEqual(text, "名前,値\n")
    }

    func testUTF8BOMIsRemoved() throws {
        let (encoding, bom, text) = try detect([0xEF, 0xBB, 0xBF] + Array("a,b".utf8))
        XCTAssertEqual(encoding, .utf8)
        XCTAssertTrue(bom)
        XCTAssertEqual(text, "a,b")
    }

    func testUTF16WithBOMBothByteOrders() throws {
        // "名前\n" is U+540D U+524D U+000A.
        let little = try detect([0xFF, 0xFE, 0x0D, 0x54, 0x4D, 0x52, 0x0A, 0x00])
        XCTAssertEqual(little.0, .utf16LittleEndian)
        XCTAssertEqual(little.2, "名前\n")
        let big = try detect([0xFE, 0xFF, 0x54, 0x0D, 0x52, 0x4D, 0x00, 0x0A])
        XCTAssertEqual(big.0, .utf16BigEndian)
        XCTAssertEqual(big.2, "名前\n")
    }

    func testUTF16SurrogatePairAndUnpairedSurrogate() throws {
        // U+1F600 is D83D DE00.
        XCTAssertEqual(try detect([0xFE, 0xFF, 0xD8, 0x3D, 0xDE, 0x00]).2, "😀")
        XCTAssertThrowsError(try detect([0xFE, 0xFF, 0x00, 0x41, 0x00, 0x0A, 0xD8, 0x3D, 0x00, 0x41])) { error in
            XCTAssertEqual(error as? CSVError, .invalidBytes(file: "data.csv", failure: DecodingFailure(
                encoding: .utf16BigEndian, line: 2, byteOffset: 6, bytes: [0xD8, 0x3D, 0x00, 0x41])))
        }
    }

    func testShiftJISDetectedWhenNotUTF8() throws {
        // Python: "id,名前\n1,髙\n".encode("cp932")
        let bytes: [UInt8] = [0x69, 0x64, 0x2C, 0x96, 0xBC, 0x91, 0x4F, 0x0A, 0x31, 0x2C, 0xEE, 0xE0, 0x0A]
        let (encoding, _, text) = try detect(bytes)
        XCTAssertEqual(encoding, .shiftJIS)
        XCTAssertEqual(text, "id,名前\n1,髙\n")
    }

    func testForcedUTF8OnShiftJISNamesLineAndByte() {
        let bytes: [UInt8] = [0x69, 0x64, 0x0A, 0x31, 0x2C, 0xEE, 0xE0, 0x0A]
        XCTAssertThrowsError(try detect(bytes, forcing: .utf8)) { error in
            XCTAssertEqual(error as? CSVError, .invalidBytes(file: "data.csv", failure: DecodingFailure(
                encoding: .utf8, line: 2, byteOffset: 5, bytes: [0xEE])))
        }
    }

    func testForcedShiftJISOnUTF8RefusesInvalidBytes() {
        // UTF-8 of "①" is E2 91 A0; CP932 reads E2 91 as 竭 and then meets the undefined single byte A0.
        XCTAssertThrowsError(try detect([0xE2, 0x91, 0xA0], forcing: .shiftJIS)) { error in
            XCTAssertEqual(error as? CSVError, .invalidBytes(file: "data.csv", failure: DecodingFailure(
                encoding: .shiftJIS, line: 1, byteOffset: 2, bytes: [0xA0])))
        }
    }

    func testNeitherUTF8NorShiftJISReportsBothAttempts() {
        let bytes: [UInt8] = Array("a,b\nc,".utf8) + [0x80, 0x0A]
        XCTAssertThrowsError(try detect(bytes)) { error in
            XCTAssertEqual(error as? CSVError, .undetectableEncoding(file: "data.csv", failures: [
                DecodingFailure(encoding: .utf8, line: 2, byteOffset: 6, bytes: [0x80]),
                DecodingFailure(encoding: .shiftJIS, line: 2, byteOffset: 6, bytes: [0x80]),
            ]))
        }
    }

    func testUTF8ValidationRejectsOverlongsAndSurrogates() {
        for invalid: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xE3, 0x81]] {
            XCTAssertThrowsError(try detect(invalid, forcing: .utf8), "\(invalid)")
        }
    }

    func testEncodingNames() {
        XCTAssertEqual(TextEncoding(name: "Shift_JIS"), .shiftJIS)
        XCTAssertEqual(TextEncoding(name: "cp932"), .shiftJIS)
        XCTAssertEqual(TextEncoding(name: "UTF-8"), .utf8)
        XCTAssertEqual(TextEncoding(name: "utf-16le"), .utf16LittleEndian)
        XCTAssertNil(TextEncoding(name: "latin1"))
    }
}
