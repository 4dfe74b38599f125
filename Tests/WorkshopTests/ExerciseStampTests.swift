import Spreadsheet
@testable import Workshop
import XCTest

final class ExerciseStampTests: XCTestCase {
    func testStampRoundTripsThroughText() {
        let stamp = ExerciseStamp(exerciseID: "overtime-regression", variant: 12, dataFingerprint: "00ff00ff00ff00ff")
        XCTAssertEqual(stamp.text, "bunseki-exercise/1 overtime-regression 12 00ff00ff00ff00ff")
        XCTAssertEqual(ExerciseStamp(text: stamp.text), stamp)
    }

    func testForeignTextIsNoStamp() {
        XCTAssertNil(ExerciseStamp(text: "bunseki-exercise/2 x 1 00ff00ff00ff00ff"))
        XCTAssertNil(ExerciseStamp(text: "bunseki-exercise/1 x 0 00ff00ff00ff00ff"))
        XCTAssertNil(ExerciseStamp(text: "bunseki-exercise/1 x 1 zz"))
        XCTAssertNil(ExerciseStamp(text: ""))
    }

    func testFNV1aMatchesPublishedVectors() {
        // FNV-1a 64 of "" and "a" from the reference test suite: cbf29ce484222325, af63dc4c8601ec8c.
        XCTAssertEqual(DataFingerprint.of(rows: []), "cbf29ce484222325")
        XCTAssertEqual(DataFingerprint.fnv1a64("a"), 0xAF63_DC4C_8601_EC8C)
        XCTAssertEqual(DataFingerprint.fnv1a64("foobar"), 0x8594_4171_F739_67E8)
    }

    func testFingerprintNoticesEditsButNotStorageDifferences() throws {
        let date = try XCTUnwrap(CivilDate(iso: "2024-01-01"))
        let original: [[DataCell]] = [[.text("日付"), .text("件数")], [.date(date), .number(12)], [.number(45293), .empty]]
        let fingerprint = DataFingerprint.of(rows: original)
        // A date read back as its serial, and a blank stored as an empty string, are the same sheet.
        XCTAssertEqual(DataFingerprint.of(rows: [[.text("日付"), .text("件数")], [.number(45292), .number(12)],
                                                [.number(45293), .text("")]]), fingerprint)
        XCTAssertNotEqual(DataFingerprint.of(rows: [[.text("日付"), .text("件数")], [.date(date), .number(13)],
                                                   [.number(45293), .empty]]), fingerprint)
        XCTAssertNotEqual(DataFingerprint.of(rows: [[.text("日付"), .text("件数")], [.date(date), .text("12")],
                                                   [.number(45293), .empty]]), fingerprint)
        XCTAssertNotEqual(DataFingerprint.of(rows: [[.text("日付"), .text("件数")], [.date(date), .empty],
                                                   [.number(45293), .number(12)]]), fingerprint)
    }
}
