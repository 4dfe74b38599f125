@testable import Workshop
import XCTest

final class AnswerTextTests: XCTestCase {
    func testNumbersTypedAsText() {
        XCTAssertEqual(AnswerText.parse("0.352"), .number(0.352))
        XCTAssertEqual(AnswerText.parse(" -6.1 "), .number(-6.1))
        XCTAssertEqual(AnswerText.parse("1.23E-05"), .number(1.23e-5))
        XCTAssertEqual(AnswerText.parse("1,234.5"), .number(1234.5))
    }

    func testFullWidthDigitsSignsAndSpaces() {
        XCTAssertEqual(AnswerText.parse("１２．５"), .number(12.5))
        XCTAssertEqual(AnswerText.parse("－０．０３"), .number(-0.03))
        XCTAssertEqual(AnswerText.parse("\u{2212}2"), .number(-2))
        XCTAssertEqual(AnswerText.parse("\u{3000}7\u{3000}"), .number(7))
    }

    func testTrailingUnitsPrefixesAndAccountingNegatives() {
        XCTAssertEqual(AnswerText.parse("12時間"), .number(12))
        XCTAssertEqual(AnswerText.parse("３５件"), .number(35))
        XCTAssertEqual(AnswerText.parse("約0.71"), .number(0.71))
        XCTAssertEqual(AnswerText.parse("▲3.5"), .number(-3.5))
        XCTAssertEqual(AnswerText.parse("85%"), .number(0.85))
        XCTAssertEqual(AnswerText.parse("0.05以下"), .number(0.05))
        XCTAssertEqual(AnswerText.parse("12.5 時間"), .number(12.5))
    }

    func testDecisions() {
        for yes in ["はい", "ハイ", "Yes", "Ｙｅｓ", "有意", "○"] {
            XCTAssertEqual(AnswerText.parse(yes), .decision(true), yes)
        }
        for no in ["いいえ", "NO", "有意でない", "×"] {
            XCTAssertEqual(AnswerText.parse(no), .decision(false), no)
        }
    }

    func testBlankAndUnreadable() {
        XCTAssertEqual(AnswerText.parse(""), .blank)
        XCTAssertEqual(AnswerText.parse(" \u{3000} "), .blank)
        XCTAssertEqual(AnswerText.parse("わからない"), .unreadable("わからない"))
        XCTAssertEqual(AnswerText.parse("-"), .unreadable("-"))
        XCTAssertEqual(AnswerText.parse("nan"), .unreadable("nan"))
        XCTAssertEqual(AnswerText.parse("inf"), .unreadable("inf"))
        XCTAssertEqual(AnswerText.parse("12,34"), .unreadable("12,34"))
    }
}

final class FigureGradeTests: XCTestCase {
    private func expected(_ value: AnswerValue, decimals: Int? = nil) -> ExpectedAnswer {
        let figure = FigureSpec(id: "f", label: LocalizedText(ja: "f"), statistic: .coefficient, term: nil, row: nil,
                                alpha: nil, decimals: decimals, tolerance: nil)
        return ExpectedAnswer(taskID: "t", figureID: "f", label: figure.label, value: value,
                              tolerance: figure.effectiveTolerance(default: Tolerance(absolute: 0, relative: 0.001)))
    }

    func testNumbersWithinToleranceAreCorrect() {
        let key = expected(.number(0.35214), decimals: 3)
        XCTAssertEqual(FigureGrade(expected: key, given: .number(0.352)).status, .correct)
        XCTAssertEqual(FigureGrade(expected: key, given: .number(0.3526)).status, .correct)  // relative 0.1 %
        XCTAssertEqual(FigureGrade(expected: key, given: .number(0.353)).status, .incorrect)
        XCTAssertEqual(FigureGrade(expected: key, given: .number(-0.352)).status, .incorrect)
    }

    func testDecimalsWidenToleranceToHalfAUnit() {
        let key = expected(.number(0.000012), decimals: 4)
        XCTAssertEqual(FigureGrade(expected: key, given: .number(0)).status, .correct)
        XCTAssertEqual(FigureGrade(expected: key, given: .number(0.0001)).status, .incorrect)
        XCTAssertEqual(FigureGrade(expected: expected(.number(0.000012)), given: .number(0)).status, .incorrect)
    }

    func testDecisionsAndMismatchedKinds() {
        let yes = expected(.decision(true))
        XCTAssertEqual(FigureGrade(expected: yes, given: .decision(true)).status, .correct)
        XCTAssertEqual(FigureGrade(expected: yes, given: .decision(false)).status, .incorrect)
        XCTAssertEqual(FigureGrade(expected: yes, given: .number(1)).status, .correct)
        XCTAssertEqual(FigureGrade(expected: yes, given: .number(0.03)).status, .incorrect)
        XCTAssertEqual(FigureGrade(expected: expected(.number(1)), given: .decision(true)).status, .incorrect)
    }

    func testBlankAndUnreadableAreTheirOwnVerdicts() {
        let key = expected(.number(2))
        XCTAssertEqual(FigureGrade(expected: key, given: .blank).status, .blank)
        XCTAssertEqual(FigureGrade(expected: key, given: .unreadable("?")).status, .unreadable)
    }
}
