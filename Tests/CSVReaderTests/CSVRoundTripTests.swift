import XCTest
@testable import CSVReader
import TestSupport

/// Random tables written with RFC 4180 quoting by a minimal writer here, then read back.
final class CSVRoundTripTests: XCTestCase {
    private let alphabet: [String] = ["a", "1", ",", ";", "\t", "\"", "\n", " ", "髙", "①", "ｶ", "😀", "="]

    private func randomField(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "" }
            .joined()
    }

    private func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func testQuotedRandomTablesReadBackExactlyInEveryEncoding() throws {
        var generator = SeededGenerator(seed: 8)
        for round in 0..<300 {
            let columns = Int.random(in: 1...5, using: &generator)
            let table = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<columns).map { _ in randomField(&generator) }
            }
            let lineBreak = round.isMultiple(of: 2) ? "\r\n" : "\n"
            let text = table.map { $0.map(quoted).joined(separator: ",") }.joined(separator: lineBreak)
            for encoding in [TextEncoding.utf8, .utf16LittleEndian] {
                let bytes = (encoding == .utf8 ? [] : [0xFF, 0xFE]) + (try TextEncoder.encode(text, as: encoding))
                let file = try CSVFile(bytes: bytes, name: "random.csv", options: CSVOptions(delimiter: .comma))
                var cursor = file.records()
                XCTAssertEqual(try cursor.readAll().map(\.texts), table, "round \(round): \(text.debugDescription)")
            }
        }
    }

    /// Arbitrary bytes must give records or a typed error, and positions must stay inside the text.
    func testArbitraryBytesNeverEscapeTheTypedErrors() {
        var generator = SeededGenerator(seed: 99)
        let bytes: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x09, 0x3B, 0x41, 0x81, 0x40, 0xFC, 0x80, 0xA0, 0xE3, 0x82, 0xFF]
        var parsed = 0, refused = 0
        for _ in 0..<2_000 {
            let input = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                bytes.randomElement(using: &generator) ?? 0
            }
            let lineCount = input.count { $0 == 0x0A || $0 == 0x0D } + 1
            do throws(CSVError) {
                let file = try CSVFile(bytes: input, name: "noise.csv")
                var cursor = file.records()
                for record in try cursor.readAll() {
                    XCTAssertTrue(record.fields.allSatisfy { (1...lineCount).contains($0.line) })
                }
                parsed += 1
            } catch {
                refused += 1
            }
        }
        XCTAssertGreaterThan(parsed, 0)
        XCTAssertGreaterThan(refused, 0)
    }
}
