import Report
import XCTest

/// City-hall PCs often run Excel 2016: every formula of every tool's workbook must calculate there.
final class ExcelVersionTests: XCTestCase {
    /// Functions (and the dynamic-array spill operator's functions) that came after Excel 2016, from
    /// ../shared/reference/excel-versions.md: Excel 2019 added the first six, Microsoft 365 the rest.
    static let later = ["MINIFS", "MAXIFS", "IFS", "SWITCH", "CONCAT", "TEXTJOIN", "XLOOKUP", "XMATCH", "FILTER", "SORT",
                        "SORTBY", "UNIQUE", "SEQUENCE", "RANDARRAY", "LET", "LAMBDA", "VSTACK", "HSTACK", "TAKE", "DROP",
                        "TEXTSPLIT", "TOCOL", "TOROW", "CHOOSECOLS", "CHOOSEROWS", "WRAPROWS", "WRAPCOLS", "EXPAND", "ARRAYTOTEXT",
                        "GROUPBY", "PIVOTBY", "MAP", "REDUCE", "SCAN", "MAKEARRAY", "BYROW", "BYCOL"]

    /// The later functions `formula` calls; a name counts only where it begins the formula or follows a
    /// character that cannot be part of a name (`COUNTIFS(` ends in `IFS(`, `'データ'!` is no call).
    static func laterFunctions(in formula: String) -> [String] {
        let text = formula.uppercased()
        return later.filter { name in
            text.range(of: "(^|[^A-Z0-9._])" + name + "\\s*\\(", options: .regularExpression) != nil
        }
    }

    func testTheScanFindsALaterFunctionAndOnlyAsACall() {
        XCTAssertEqual(Self.laterFunctions(in: "MINIFS(A1:A3,B1:B3,\"x\")"), ["MINIFS"])
        XCTAssertEqual(Self.laterFunctions(in: "1+TEXTJOIN(\",\",TRUE,A1:A3)"), ["TEXTJOIN"])
        XCTAssertEqual(Self.laterFunctions(in: "COUNTIFS(A1:A3,\"x\")+SUMIFS(B1:B3,A1:A3,\"y\")"), [])
        XCTAssertEqual(Self.laterFunctions(in: "_xlfn.SORT(A1:A3)"), [], "a prefixed name is not what a layout writes")
    }

    func testEveryToolsFormulasCalculateInExcel2016() throws {
        for language in [Language.ja, .en] {
            var formulaCount = 0
            for (tool, document) in try EveryToolWorkbook.documents(language) {
                for sheet in document.sheets {
                    for placed in try sheet.laidOutCells() {
                        guard case .formula(let formula, _) = placed.cell.content else { continue }
                        formulaCount += 1
                        for name in Self.laterFunctions(in: formula.text) {
                            XCTFail("\(tool) (\(language)), \(sheet.name)!\(placed.address.a1()): \(name) needs a later Excel than 2016: =\(formula.text)")
                        }
                    }
                }
            }
            XCTAssertGreaterThan(formulaCount, 1000, "the workbooks hold formulas to scan")
        }
    }
}
