import XCTest
@testable import XLSXReader

/// Format-code classification against the expected-results table of xlsx-format.md §8.2
/// (collected from calamine's formats.rs tests, the corpus and SheetJS notes).
final class NumberFormatTests: XCTestCase {
    func testDateCodes() {
        for code in ["DD/MM/YY", "yyyy\\-mm\\-dd", "m-d", "mmmm\" \"yyyy", "[$-411]ggge\"年\"m\"月\"d\"日\";@",
                     "[$-404]e\"\u{fc}\"m\"\u{fc}\"d\"\u{fc}\"", "H:MM:SS;@", "ha/p\\\\m", "h:mm AM/PM", "*-yyyy-mm-dd", "[$-411]ggge\"年\""] {
            XCTAssertEqual(NumberFormats.classify(code: code), .date, code)
        }
    }

    func testDurationCodes() {
        for code in ["[h]:mm:ss", "[hh]:mm:ss", "[ss]", "[s].000", "[mm]", "[h]:mm;[=0]\\-", "[>=100][Magenta][s].00",
                     "[Blue]\\+[h]:mm;[Red]\\-[h]:mm"] {
            XCTAssertEqual(NumberFormats.classify(code: code), .duration, code)
        }
    }

    func testNumberCodes() {
        for code in ["\"$\"#,##0_);[Red](\"$\"#,##0)", "#,##0\\ [$\u{20bd}-46D]", "\\Y000000", "#,##0.0####\" YMD\"",
                     "0_ ;[Red]\\-0\\ ", "[>=100][Magenta]General", "#,##0*y", "0\"x\"*d", "#,##0.00\\ _M\"H\"_)",
                     "0.00E+00", "General", "", "@", "0.00;yyyy-mm-dd"] {
            XCTAssertEqual(NumberFormats.classify(code: code), .number, code)
        }
    }

    func testBuiltInIds() {
        let dates = Array(14...22) + Array(27...36) + [45, 47] + Array(50...58)
        for id in Array(0...70) + Array(82...163) {
            let expected: NumberFormatClass = id == 46 ? .duration : dates.contains(id) ? .date : .number
            XCTAssertEqual(NumberFormats.builtInClass(id), expected, "id \(id)")
        }
        // Thai ids as LibreOffice maps them: 71 → 14 (date), 80 → 46 (elapsed), 70 → 13 (fraction).
        XCTAssertEqual(NumberFormats.builtInClass(71), .date)
        XCTAssertEqual(NumberFormats.builtInClass(80), .duration)
    }
}
