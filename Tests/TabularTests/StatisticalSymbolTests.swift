import XCTest
@testable import Tabular

/// The symbols official statistics print in place of numbers; only whole cells count.
final class StatisticalSymbolTests: XCTestCase {
    func testRecognisedSymbols() {
        let cases: [(String, StatisticalSymbol)] = [
            ("-", StatisticalSymbol.none), ("－", StatisticalSymbol.none), ("―", StatisticalSymbol.none),
            ("—", StatisticalSymbol.none), ("–", StatisticalSymbol.none), ("‐", StatisticalSymbol.none),
            ("…", .unknown), ("...", .unknown), ("‥", .unknown), ("・・・", .unknown),
            ("x", .suppressed), ("X", .suppressed), ("χ", .suppressed), ("ｘ", .suppressed), ("Ｘ", .suppressed),
            ("*", .asterisk), ("＊", .asterisk),
            (" - ", StatisticalSymbol.none), ("\u{3000}x\u{3000}", .suppressed), ("  …", .unknown), ("＊ ", .asterisk),
        ]
        for (text, symbol) in cases {
            XCTAssertEqual(StatisticalSymbol(text), symbol, text)
        }
    }

    func testOtherTextsAreNotSymbols() {
        for text in ["", " ", "\u{3000}", "ー", "--", "-5", "▲", "x軸", "xx", "X線", "....", "・", "・・", "**", "ｘ１",
                     "総務課", "0", "\t-", "-\n", "－ －", "◯", "×"] {
            XCTAssertNil(StatisticalSymbol(text), text)
        }
    }

    func testMeanings() {
        XCTAssertEqual(StatisticalSymbol.none.meaning(japanese: true), "該当数字なし")
        XCTAssertEqual(StatisticalSymbol.none.meaning(japanese: false), "none (no such case)")
        XCTAssertEqual(StatisticalSymbol.unknown.meaning(japanese: true), "不詳")
        XCTAssertEqual(StatisticalSymbol.unknown.meaning(japanese: false), "unknown")
        XCTAssertEqual(StatisticalSymbol.suppressed.meaning(japanese: true), "秘匿")
        XCTAssertEqual(StatisticalSymbol.suppressed.meaning(japanese: false), "suppressed (confidential)")
        XCTAssertEqual(StatisticalSymbol.asterisk.meaning(japanese: true), "記号 *（表の注を参照）")
        XCTAssertEqual(StatisticalSymbol.asterisk.meaning(japanese: false), "* (see the table's notes)")
    }

    func testCodesAsItsName() throws {
        let data = try JSONEncoder().encode(StatisticalSymbol.allCases)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["none","unknown","suppressed","asterisk"]"#)
        XCTAssertEqual(try JSONDecoder().decode([StatisticalSymbol].self, from: data), StatisticalSymbol.allCases)
    }

    /// A dash is never a number here: whether it counts as 0 is decided by whoever reads the table.
    func testDashIsNotANumber() {
        for text in ["-", "－", "―"] {
            XCTAssertNil(NumberLikeText(text), text)
        }
    }
}
