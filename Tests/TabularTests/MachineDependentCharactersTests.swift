import XCTest
@testable import Tabular

/// 機種依存文字 are found wherever they are in the text; everything in JIS X 0208 passes.
final class MachineDependentCharactersTests: XCTestCase {
    func testEachKind() {
        let characters = "①⑩⑳ⅠⅩⅪⅯⅰⅹ㈱㈲㈹㍻㍼㍽㍾㋿㎜㎝㎞㎎㎏㏄㎡㍉㌔㌢㍍㌘㌧㌃㌶㍑㍗㌍㌦㌣㌫㍊㌻№℡㊤㊨㏍〝〟∮∑∟⊿"
        for character in characters {
            XCTAssertEqual(MachineDependentCharacters.first(in: String(character)), character, String(character))
        }
    }

    func testFirstOneInText() {
        XCTAssertEqual(MachineDependentCharacters.first(in: "会場は㈱山田ビル①階"), "㈱")
        XCTAssertEqual(MachineDependentCharacters.first(in: "面積 120㎡（②を参照）"), "㎡")
        XCTAssertEqual(MachineDependentCharacters.first(in: "第Ⅲ期"), "Ⅲ")
    }

    func testOrdinaryTextHasNone() {
        for text in ["", "総務課", "株式会社山田", "120m2", "第3期", "平成31年", "ｍ", "ＡＢＣ１２３", "≒≡∫√⊥∠∵∩∪",
                     "ー－―‐…", "▲△○●◎", "※〒→", "(1)", "（株）", "No.", "TEL"] {
            XCTAssertNil(MachineDependentCharacters.first(in: text), text)
        }
    }
}
