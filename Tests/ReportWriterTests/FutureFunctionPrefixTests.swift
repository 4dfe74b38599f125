import ReportWriter
import XCTest

/// Excel 2010+ functions get exactly one `_xlfn.` prefix; nothing else changes.
final class FutureFunctionPrefixTests: XCTestCase {
    func testDottedStatisticalFunctionsArePrefixed() {
        XCTAssertEqual(FutureFunctions.storedText(of: "STDEV.S(A1:A3)"), "=_xlfn.STDEV.S(A1:A3)")
        XCTAssertEqual(FutureFunctions.storedText(of: "=T.DIST.2T(ABS(B2),INDEX(LINEST(C2:C9,D2:D9,TRUE,TRUE),4,2))"),
                       "=_xlfn.T.DIST.2T(ABS(B2),INDEX(LINEST(C2:C9,D2:D9,TRUE,TRUE),4,2))")
        XCTAssertEqual(FutureFunctions.storedText(of: "F.DIST.RT(F2,1,7)*NORM.S.INV(0.975)"),
                       "=_xlfn.F.DIST.RT(F2,1,7)*_xlfn.NORM.S.INV(0.975)")
    }

    func testEveryFunctionToolPakReferenceListsIsPrefixed() {
        // toolpak.md §4.3: the functions a result workbook may use that need the prefix.
        let listed = ["STDEV.S", "VAR.S", "MODE.SNGL", "CONFIDENCE.T", "COVARIANCE.S", "COVARIANCE.P", "T.TEST",
                      "T.DIST.2T", "T.DIST.RT", "T.INV", "T.INV.2T", "F.DIST", "F.DIST.RT", "F.INV", "F.INV.RT",
                      "F.TEST", "NORM.S.DIST", "NORM.S.INV", "CHISQ.TEST", "CHISQ.DIST.RT", "PERCENTILE.INC",
                      "PERCENTILE.EXC", "QUARTILE.INC", "QUARTILE.EXC", "PERCENTRANK.INC", "PERCENTRANK.EXC",
                      "RANK.EQ", "RANK.AVG", "FORECAST.LINEAR"]
        for name in listed {
            XCTAssertEqual(FutureFunctions.storedText(of: "\(name)(A1:A9)"), "=_xlfn.\(name)(A1:A9)", name)
        }
    }

    /// Non-ASCII text (sheet names, labels) passes through untouched; names are found however they are spelt.
    func testJapaneseTextAndQuotedPartsAreCopiedAsTheyAre() {
        XCTAssertEqual(FutureFunctions.storedText(of: "IF('データ'!B2>0,\"正.S(\",norm.s.inv (0.5))&\"件\""),
                       "=IF('データ'!B2>0,\"正.S(\",_xlfn.NORM.S.INV (0.5))&\"件\"")
        XCTAssertEqual(FutureFunctions.storedText(of: "'VAR.S('!A1+残業VAR.S(A1)+X1VAR.S(A2)"),
                       "='VAR.S('!A1+残業_xlfn.VAR.S(A1)+X1VAR.S(A2)")
        XCTAssertEqual(FutureFunctions.storedText(of: "="), "=")
        XCTAssertEqual(FutureFunctions.storedText(of: ""), "=")
    }

    func testLegacyAndOrdinaryFunctionsAreLeftAlone() {
        let formula = "STDEV(A1:A9)+AVERAGE(A1:A9)+KURT(A1:A9)+TDIST(2,8,2)+LINEST(A1:A9)"
        XCTAssertEqual(FutureFunctions.storedText(of: formula), "=" + formula)
    }

    func testAlreadyPrefixedFunctionsStayPrefixedOnce() {
        XCTAssertEqual(FutureFunctions.storedText(of: "_xlfn.VAR.S(A1:A3)"), "=_xlfn.VAR.S(A1:A3)")
    }

    func testLowerCaseNamesAreRecognised() {
        XCTAssertEqual(FutureFunctions.storedText(of: "var.s(A1:A3)"), "=_xlfn.VAR.S(A1:A3)")
    }

    func testStringLiteralsAndQuotedSheetNamesAreNotTouched() {
        XCTAssertEqual(FutureFunctions.storedText(of: #"IF(A1>0,"VAR.S(x) ""quoted""","")"#),
                       #"=IF(A1>0,"VAR.S(x) ""quoted""","")"#)
        XCTAssertEqual(FutureFunctions.storedText(of: "SUM('T.TEST(1) O''Brien'!A1:A3)"),
                       "=SUM('T.TEST(1) O''Brien'!A1:A3)")
    }

    func testNamesThatOnlyEndLikeAFunctionAreNotPrefixed() {
        XCTAssertEqual(FutureFunctions.storedText(of: "MYVAR.S(A1)+VAR.S2(A1)"), "=MYVAR.S(A1)+VAR.S2(A1)")
        XCTAssertEqual(FutureFunctions.storedText(of: "VAR.S+1"), "=VAR.S+1", "not a call, so not a function")
    }

    func testJapaneseSheetNamesAndTextAroundNamesAreKeptWhole() {
        XCTAssertEqual(FutureFunctions.storedText(of: "SUM(職員データ!A1:A3)+var.s(残業!B1:B3)&\"「STDEV.S(」\""),
                       "=SUM(職員データ!A1:A3)+_xlfn.VAR.S(残業!B1:B3)&\"「STDEV.S(」\"")
        XCTAssertEqual(FutureFunctions.storedText(of: "=平均T.TEST(A1:A3,B1:B3,2,2)"), "=平均_xlfn.T.TEST(A1:A3,B1:B3,2,2)",
                       "a letter of another script before a name does not join it")
    }
}
