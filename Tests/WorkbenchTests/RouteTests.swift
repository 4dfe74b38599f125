import Foundation
import Hummingbird
import HummingbirdTesting
import Report
import Tabular
@testable import Workbench
import XCTest
import TestSupport

/// Every participant route over HTTP: the pages, the session cookie, CSRF, the access code, uploads good and
/// bad, results and their download, and that one session cannot reach another's.
final class RouteTests: XCTestCase {
    static func staff() throws -> Data { try Data(contentsOf: Repository.file("Workbooks/staff.xlsx")) }

    func testStartPageSetsAStrictSessionCookieAndAPolicyWithoutOtherOrigins() async throws {
        try await withWorkbench { browser in
            let page = try await browser.get("/")
            XCTAssertEqual(page.status, .ok)
            let cookie = try XCTUnwrap(page.headers[.setCookie])
            XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
            let policy = try XCTUnwrap(page.headers[.contentSecurityPolicy])
            XCTAssertTrue(policy.hasPrefix("default-src 'none'"), policy)
            XCTAssertFalse(policy.contains("http"), "no other origin is allowed: \(policy)")
            XCTAssertTrue(page.text.contains("分析するファイルを選ぶ"), "Japanese by default")
            XCTAssertNotNil(browser.csrf)
            // Nothing the page loads comes from elsewhere.
            XCTAssertNil(page.text.range(of: #"(src|href)="(https?:)?//"#, options: .regularExpression))
            let css = try await browser.get("/assets/app.css")
            XCTAssertEqual(css.headers[.contentType], "text/css; charset=utf-8")
            let js = try await browser.get("/assets/app.js")
            XCTAssertTrue(js.text.contains("data-autosubmit"))
        }
    }

    func testLanguageSwitchNeedsTheTokenAndReturnsToALocalPathOnly() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let refused = try await browser.post("/language", ["lang": "en", "back": "/"], csrf: false)
            XCTAssertEqual(refused.status, .forbidden)
            let moved = try await browser.post("/language", ["lang": "en", "back": "//elsewhere.example/"])
            XCTAssertEqual(moved.status, .seeOther)
            XCTAssertEqual(moved.location, "/")
            let page = try await browser.get("/")
            XCTAssertTrue(page.text.contains("Choose a file to analyse"))
        }
    }

    func testLanAsksForTheAccessCodeAndRefusesAWrongOne() async throws {
        let configuration = WorkbenchConfiguration(port: 0, lan: true, accessCode: "K7QH2M")
        try await withWorkbench(configuration) { browser in
            let first = try await browser.get("/")
            XCTAssertTrue(first.text.contains("アクセスコード"))
            XCTAssertFalse(first.text.contains("action=\"/upload\""), "no upload form before the code")
            let uploadBeforeCode = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try Self.staff())
            XCTAssertEqual(uploadBeforeCode.status, .seeOther)
            XCTAssertEqual(uploadBeforeCode.location, "/")
            let wrong = try await browser.post("/access", ["code": "AAAAAA"])
            XCTAssertEqual(wrong.status, .unauthorized)
            XCTAssertTrue(wrong.text.contains("アクセスコードが違います"))
            let right = try await browser.post("/access", ["code": "k7qh2m"])
            XCTAssertEqual(right.status, .seeOther)
            let home = try await browser.get("/")
            XCTAssertTrue(home.text.contains("action=\"/upload\""))
        }
    }

    func testRepeatedWrongCodesLockTheBrowserOutEvenForTheRightCode() async throws {
        let configuration = WorkbenchConfiguration(port: 0, lan: true, accessCode: "K7QH2M")
        try await withWorkbench(configuration) { browser in
            try await browser.get("/")
            for _ in 0..<Workbench.codeAttempts { try await browser.post("/access", ["code": "WRONG1"]) }
            let locked = try await browser.post("/access", ["code": "K7QH2M"])
            XCTAssertTrue(locked.text.contains("1 分待って"), "locked after \(Workbench.codeAttempts) wrong codes")
            let home = try await browser.get("/")
            XCTAssertFalse(home.text.contains("action=\"/upload\""))
        }
    }

    func testUploadShowsTheTableWithProblemCellsAndWhatConversionWouldChange() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let uploaded = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try Self.staff())
            XCTAssertEqual(uploaded.status, .seeOther)
            let path = try XCTUnwrap(uploaded.location)
            XCTAssertTrue(path.hasPrefix("/files/"))
            let preview = try await browser.get(path)
            XCTAssertEqual(preview.status, .ok)
            for expected in ["職員データ", "月間残業時間", "処理件数", "<b>C30</b>", "<b>C58</b>", "データ 120 行", "id=\"tool-mean\""] {
                XCTAssertTrue(preview.text.contains(expected), "preview shows \(expected)")
            }
            XCTAssertTrue(preview.text.contains("C30: 「１２」 → 12"), "what --coerce-numbers would convert")
            let converted = try await browser.get(path + "?coerce=1")
            XCTAssertTrue(converted.text.contains("数値に変換したセル (2 個)"))
            XCTAssertTrue(converted.text.contains("id=\"coerce\" data-autosubmit checked"))
        }
    }

    func testUploadWithoutTheTokenIsRefused() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let page = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try Self.staff(), csrf: false)
            XCTAssertEqual(page.status, .forbidden)
            XCTAssertTrue(page.text.contains("確認用の値"))
        }
    }

    func testOversizedUploadIsRefusedWithTheLimitInTheSentence() async throws {
        let configuration = WorkbenchConfiguration(port: 0, uploadLimit: 1 << 20)
        try await withWorkbench(configuration) { browser in
            try await browser.get("/")
            let page = try await browser.upload("/upload", fileName: "big.xlsx", bytes: Data(repeating: 0x50, count: 2 << 20))
            XCTAssertEqual(page.status, .contentTooLarge)
            XCTAssertTrue(page.text.contains("上限 1 MB"), page.text)
        }
    }

    func testZipBombUploadIsStoppedByTheReadersRatioLimit() async throws {
        let bomb = ZipFixture.bomb(megabytes: 48)
        XCTAssertLessThan(bomb.count, 200_000, "the bomb is small on the wire")
        try await withWorkbench { browser in
            try await browser.get("/")
            let page = try await browser.upload("/upload", fileName: "bomb.xlsx", bytes: bomb)
            XCTAssertEqual(page.status, .unprocessableContent)
            XCTAssertTrue(page.text.contains("bomb.xlsx"), "the sentence names the file")
            XCTAssertTrue(page.text.contains("展開すると大きすぎます"), "stopped as a bomb, in the CLI's sentence, not for another reason")
            XCTAssertFalse(page.text.contains("/files/"))
        }
    }

    func testNonWorkbookUploadGetsTheReadersSentence() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let page = try await browser.upload("/upload", fileName: "report.xlsx", bytes: Data("%PDF-1.7 not a workbook".utf8))
            XCTAssertEqual(page.status, .unprocessableContent)
            XCTAssertTrue(page.text.contains("report.xlsx"))
            XCTAssertTrue(page.text.contains("id=\"upload-error\""), "the sentence stands under the file control")
            XCTAssertTrue(page.text.contains("action=\"/upload\""), "with the form to choose another file")
        }
    }

    func testAToolRunShowsTheDocumentAndDownloadsTheWritersBytesOnce() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let pathUpload = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try Self.staff())
            let path = try XCTUnwrap(pathUpload.location)
            let form = try await browser.get(path + "/tools/mean?coerce=1")
            XCTAssertTrue(form.text.contains("<option value=\"月間残業時間\""), "number columns offered")
            XCTAssertFalse(form.text.contains("<option value=\"所属\""), "a text column is not offered for a number option")
            let missing = try await browser.post(path + "/tools/mean", ["sheet": "職員データ", "coerce": "1"])
            XCTAssertEqual(missing.status, .unprocessableContent)
            XCTAssertTrue(missing.text.contains("id=\"error-column\">列を選んでください。"), "the sentence stands by its control")
            let run = try await browser.post(path + "/tools/mean", ["sheet": "職員データ", "coerce": "1", "column": "月間残業時間"])
            XCTAssertEqual(run.status, .seeOther)
            let resultPath = try XCTUnwrap(run.location)
            let result = try await browser.get(resultPath)
            XCTAssertTrue(result.text.contains("<svg class=\"chart\""), "the chart as inline SVG")
            XCTAssertTrue(result.text.contains("1.23E-05"), "p-value format as in Excel")
            XCTAssertTrue(result.text.contains("title=\"=AVERAGE(&#39;データ&#39;!$A$2:$A$121)\""), "the formula behind the figure")
            let download = try await browser.get(resultPath + "/download")
            XCTAssertEqual(download.status, .ok)
            XCTAssertTrue(download.headers[.contentDisposition]?.contains("staff.mean.xlsx") == true)
            // The bytes the CLI's writer makes for the same document.
            let document = try FixtureTools().run(tool: "mean", values: ["column": "月間残業時間"],
                                                  table: try Self.staffTable(), upload: UploadSource(fileName: "staff.xlsx", sheet: "職員データ"),
                                                  language: .ja).document
            XCTAssertEqual(download.body, try WorkbookBytes.write(document))
            let again = try await browser.get(resultPath + "/download")
            XCTAssertEqual(again.status, .notFound, "deleted once downloaded")
            let file = try await browser.get(path)
            XCTAssertEqual(file.status, .notFound, "the upload went with it")
        }
    }

    func testAnotherSessionsIdsAreNotFound() async throws {
        let workbench = try Workbench(configuration: WorkbenchConfiguration(port: 0), tools: FixtureTools())
        try await workbench.application().test(.router) { client in
            let owner = TestBrowser(client), stranger = TestBrowser(client)
            try await owner.get("/")
            let pathUpload = try await owner.upload("/upload", fileName: "staff.xlsx", bytes: try Self.staff())
            let path = try XCTUnwrap(pathUpload.location)
            let run = try await owner.post(path + "/tools/mean", ["sheet": "職員データ", "coerce": "1", "column": "年齢"])
            let resultPath = try XCTUnwrap(run.location)
            try await stranger.get("/")
            XCTAssertNotEqual(owner.cookie, stranger.cookie)
            let file = try await stranger.get(path)
            XCTAssertEqual(file.status, .notFound)
            let result = try await stranger.get(resultPath)
            XCTAssertEqual(result.status, .notFound)
            let download = try await stranger.get(resultPath + "/download")
            XCTAssertEqual(download.status, .notFound)
            let runAsStranger = try await stranger.post(path + "/tools/mean", ["column": "年齢"])
            XCTAssertEqual(runAsStranger.status, .notFound)
            // The owner still has it.
            let mine = try await owner.get(resultPath)
            XCTAssertEqual(mine.status, .ok)
        }
    }

    func testEndingTheSessionDeletesItsFiles() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let pathUpload = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try Self.staff())
            let path = try XCTUnwrap(pathUpload.location)
            let end = try await browser.post("/session/end", [:])
            XCTAssertEqual(end.status, .seeOther)
            let after = try await browser.get(path)
            XCTAssertEqual(after.status, .notFound)
        }
    }

    static func staffTable() throws -> Tabular.Table {
        let upload = Upload(id: "x", fileName: "staff.xlsx", bytes: try Data(contentsOf: Repository.file("Workbooks/staff.xlsx")), received: Date())
        let reader = UploadReader(upload: upload)
        return try reader.table(try reader.open(), sheet: nil, options: TableOptions(coerceNumbers: true)).table
    }
}
