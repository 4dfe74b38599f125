import XCTest
@testable import Tabular

/// Labels padded for alignment merge into their plain spelling, and only when that spelling is there.
final class SpacedLabelsTests: XCTestCase {
    func testPaddedLabelsMergeIntoThePlainOne() {
        let merges = SpacedLabels.merges(["総務課", "総 務 課", "総　務　課", "総務課 ", "\u{3000}総務課", "税務課", "税 務 課"])
        XCTAssertEqual(merges, [
            "総 務 課": "総務課", "総　務　課": "総務課", "総務課 ": "総務課", "\u{3000}総務課": "総務課",
            "税 務 課": "税務課",
        ])
    }

    func testNoMergeWithoutThePlainLabel() {
        XCTAssertEqual(SpacedLabels.merges(["会 計 課", "総務課"]), [:])
        XCTAssertEqual(SpacedLabels.merges(["山田 太郎", "鈴木 花子"]), [:])
        XCTAssertEqual(SpacedLabels.merges(["山田 太郎", "山田太郎"]), ["山田 太郎": "山田太郎"])
    }

    func testTextsWithoutSpacesAndBlanksMapToNothing() {
        XCTAssertEqual(SpacedLabels.merges(["総務課", "税務課"]), [:])
        XCTAssertEqual(SpacedLabels.merges([" ", "\u{3000}", ""]), [:])
        XCTAssertEqual(SpacedLabels.merges([String]()), [:])
        // Tabs and line breaks are not alignment.
        XCTAssertEqual(SpacedLabels.merges(["総務課", "総務\t課", "総務課\n"]), [:])
    }

    func testAnySequence() {
        let texts: Set<String> = ["A B", "AB"]
        XCTAssertEqual(SpacedLabels.merges(texts), ["A B": "AB"])
        XCTAssertEqual(SpacedLabels.merges(texts.lazy.map { $0 }), ["A B": "AB"])
    }

    func testSqueezed() {
        XCTAssertEqual(SpacedLabels.squeezed(" 総 務　課\u{3000}"), "総務課")
        XCTAssertEqual(SpacedLabels.squeezed("総務課"), "総務課")
        XCTAssertEqual(SpacedLabels.squeezed("\t総務課"), "\t総務課")
        XCTAssertEqual(SpacedLabels.squeezed("  "), "")
    }
}
