import Foundation
import Hummingbird
import HummingbirdTesting
import Procedures
import Report
import TestSupport
@testable import Workbench
import XCTest

/// What the browser offers of the CLI's reading options (`--header-row`, `--range`, `--no-detect-layout`,
/// `--dash-as-zero`) and of the order of several columns, and that a tool runs on the table as chosen.
final class ReadingOptionTests: XCTestCase {
    func testARangeIsReadAsTheCommandReadsItAndCarriedToTheTool() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let uploaded = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try RouteTests.staff())
            let file = try XCTUnwrap(uploaded.location)
            let plain = try await browser.get(file)
            XCTAssertFalse(plain.text.contains("<details class=\"reading\" open>"), "folded while nothing is changed")
            let ranged = try await browser.get(file + "?range=A1:D11")
            XCTAssertEqual(ranged.status, .ok)
            XCTAssertTrue(ranged.text.contains("データ 10 行"), "ten data rows below the header of A1:D11")
            XCTAssertFalse(ranged.text.contains("研修受講"), "column E lies outside the range")
            XCTAssertTrue(ranged.text.contains("<details class=\"reading\" open>"))
            XCTAssertTrue(ranged.text.contains(#"tools/mean?range=A1%3AD11""#) || ranged.text.contains("tools/mean?sheet="),
                          "the tools are offered on the table as read")
            let form = try await browser.get(file + "/tools/mean?sheet=%E8%81%B7%E5%93%A1%E3%83%87%E3%83%BC%E3%82%BF&range=A1:D11")
            XCTAssertTrue(form.text.contains(#"<input type="hidden" name="range" value="A1:D11">"#), "the form carries the range")
            let run = try await browser.post(file + "/tools/mean", ["sheet": "職員データ", "range": "A1:D11", "column": "処理件数"])
            let result = try await browser.get(try XCTUnwrap(run.location))
            // The mean of 処理件数 over the first ten rows, as the command reads them with --range A1:D11.
            let cli = try ServeProcess.output(["describe", "Workbooks/staff.xlsx", "--range", "A1:D11", "--columns", "処理件数", "--json"])
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: cli) as? [String: Any])
            let mean = try XCTUnwrap(jsonNumber(named: "mean", in: json))
            XCTAssertTrue(result.text.contains(NumberFormat.decimals(2).approximateDisplay(of: mean)), "mean \(mean) on the page")
        }
    }

    func testABadRangeOrHeaderRowIsSaidUnderItsControlInTheCommandsSentence() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let uploaded = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try RouteTests.staff())
            let file = try XCTUnwrap(uploaded.location)
            let range = try await browser.get(file + "?range=A1-D11")
            XCTAssertEqual(range.status, .unprocessableContent)
            let expected = ErrorMessages.sentence(for: ProcedureError.invalidRange(text: "A1-D11"), language: .ja)
            XCTAssertTrue(range.text.contains(#"id="error-range">\#(HTMLText.escape(expected))"#), "under the range: \(expected)")
            XCTAssertFalse(range.text.contains("id=\"tools\""), "no tools on a table that could not be read")
            XCTAssertTrue(range.text.contains(#"value="A1-D11""#), "what was typed stays to be corrected")
            let header = try await browser.get(file + "?header-row=0")
            let below = ErrorMessages.sentence(for: ProcedureError.headerRowBelowOne(row: 0), language: .ja)
            XCTAssertTrue(header.text.contains(#"id="error-header-row">\#(HTMLText.escape(below))"#), below)
        }
    }

    func testSeveralColumnsGoInTheOrderClickedWhenTheScriptSendsIt() {
        let tool = ToolDescriptor(id: "regress", titles: (ja: "回帰分析", en: "Regression"), parameters: [
            ParameterDescriptor("x", ja: "説明変数", en: "Predictors", .columns(.any), required: true),
        ], make: { _ in throw FixtureTools.MissingColumn() })
        var form = FormData()
        form.fields["x"] = ["年齢", "処理件数"]
        XCTAssertEqual(ToolFormPage.values(from: form, tool: tool)["x"], "年齢,処理件数", "the sheet's order without the script")
        form.fields["x.order"] = ["処理件数", "年齢"]
        XCTAssertEqual(ToolFormPage.values(from: form, tool: tool)["x"], "処理件数,年齢", "the order clicked")
        form.fields["x.order"] = ["処理件数"]
        XCTAssertEqual(ToolFormPage.values(from: form, tool: tool)["x"], "年齢,処理件数", "an order naming other columns is not used")
    }
}
