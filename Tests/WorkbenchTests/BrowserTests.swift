import Foundation
import Workshop
import XCTest
import TestSupport

/// The workbench in a real browser: headless Chromium driven over WebDriver against `bunseki serve` run as
/// a subprocess. Set BUNSEKI_SCREENSHOTS to a folder to keep screenshots of the pages (docs/images).
final class BrowserTests: XCTestCase {
    private var screenshots: URL? {
        ProcessInfo.processInfo.environment["BUNSEKI_SCREENSHOTS"].map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// The participant's way on Workbooks/staff.xlsx, in Japanese: upload, switch on the conversion, pick 回帰分析
    /// with two predictors, read R² on the page, download, and compare the bytes with the CLI's for the same
    /// command.
    func testParticipantRegressionMatchesTheCommandToTheByte() async throws {
        let browser = try await WebDriver.start()
        let server = try await ServeProcess(["--lang", "ja"])
        defer { server.stop() }
        do {
            try await browser.open(server.url + "/")
            try await browser.type("#file", Repository.file("Workbooks/staff.xlsx").path)
            try await browser.click("#upload")
            try await browser.wait(for: "#tools")
            let columns = try await browser.text("#columns")
            XCTAssertTrue(columns.contains("C30"), "the problem cell by its address")
            try await browser.click("#coerce")
            // The switch sends its form: wait for the page it brings, not the ticked box of the old one.
            try await browser.wait(for: #"a#tool-regress[href*="coerce=1"]"#)
            try await browser.click("#tool-regress")
            try await browser.wait(for: "#p-y")
            try await browser.choose("#p-y", "C 月間残業時間")
            try await browser.choose("#p-x", "D 処理件数")
            try await browser.choose("#p-x", "B 年齢")
            let order = try await browser.text("#p-x-order-note")
            XCTAssertEqual(order, "選んだ順: 処理件数 → 年齢", "the order clicked, shown under the list")
            try await browser.click("#run")
            try await browser.wait(for: "#download")

            // R² as the page shows it, against the command's JSON.
            let cli = try ServeProcess.output(["regress", "Workbooks/staff.xlsx", "--y", "月間残業時間", "--x", "処理件数,年齢",
                                               "--coerce-numbers", "--json"])
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: cli) as? [String: Any])
            let expected = try XCTUnwrap(jsonNumber(named: "rSquared", in: json), "rSquared in the command's JSON")
            let page = try await browser.source()
            let shown = try XCTUnwrap(TestBrowser.firstMatch(#"<td[^>]*>重決定 R2</td><td[^>]*>([0-9.]+)</td>"#, in: page),
                                      "the page shows 重決定 R2")
            let decimals = shown.split(separator: ".").last.map(\.count) ?? 0
            XCTAssertGreaterThanOrEqual(decimals, 4, "R² is shown with its digits: \(shown)")
            XCTAssertEqual(try XCTUnwrap(Double(shown)), expected, accuracy: 0.5 * pow(10, -Double(decimals)))
            XCTAssertTrue(page.contains("<svg class=\"chart\""), "the charts, drawn in the page")
            try await Self.assertNothingFromElsewhere(browser, origin: server.url)
            if let screenshots { try await browser.screenshot(to: screenshots.appendingPathComponent("serve-result-ja.png")) }

            try await browser.click("#download")
            let downloaded = try await browser.download()
            XCTAssertEqual(downloaded.lastPathComponent, "staff.regress.xlsx")
            let folder = browser.downloads.appendingPathComponent("cli", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let written = folder.appendingPathComponent("staff.regress.xlsx")
            // The predictors go in the order clicked (D 処理件数, then B 年齢), not the sheet's: the command with that
            // order writes the same bytes.
            let run = try CommandRunner.run(["regress", "Workbooks/staff.xlsx", "--y", "月間残業時間", "--x", "処理件数,年齢",
                                            "--coerce-numbers", "--lang", "ja", "-o", written.path])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(try Data(contentsOf: downloaded), try Data(contentsOf: written), "the download is the CLI's workbook, byte for byte")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    /// Every resource the page loaded came from the workbench itself, and no element carries an inline style
    /// or handler (the Content-Security-Policy would block it and the page would look broken).
    static func assertNothingFromElsewhere(_ browser: WebDriver, origin: String) async throws {
        let loaded = try await browser.execute("return performance.getEntriesByType('resource').map(function (e) { return e.name; });") as? [String] ?? []
        XCTAssertFalse(loaded.isEmpty, "the page loaded its style sheet and script")
        for url in loaded { XCTAssertTrue(url.hasPrefix(origin + "/"), "loaded from elsewhere: \(url)") }
        let inline = try await browser.execute("return document.querySelectorAll('[style],[onclick],[onload],[onchange]').length;") as? Int
        XCTAssertEqual(inline, 0)
    }

    func testClassroomFlowDownloadHandInAndScore() async throws {
        let browser = try await WebDriver.start()
        let server = try await ServeProcess(["--lang", "en", "--exercise", "Exercises/overtime-regression.yaml", "--participants", "3"])
        defer { server.stop() }
        do {
            let spec = try ExerciseSpecLoader.load(path: ClassroomTests.specPath)
            try await browser.open(server.url + "/class")
            try await browser.choose("#participant", "No. 2")
            try await browser.click("#join")
            try await browser.wait(for: "#exercise-download")
            try await browser.click("#exercise-download")
            let downloaded = try await browser.download()
            XCTAssertEqual(downloaded.lastPathComponent, "overtime-regression-02.xlsx")
            XCTAssertEqual(try Data(contentsOf: downloaded), try ClassroomTests.build(spec), "the workbook exercise build hands out")

            let filled = try ClassroomTests.filled(spec, variant: 2, wrong: 1)
            let file = browser.downloads.appendingPathComponent("filled-in.xlsx")
            try filled.bytes.write(to: file)
            try await browser.type("#submission", file.path)
            try await browser.click("#submit")
            try await browser.wait(for: "#score")
            let score = try await browser.text("#score")
            XCTAssertEqual(score, "\(filled.key.answers.filter { $0.value != nil }.count - 1) / \(filled.key.answers.count)")
            let page = try await browser.source()
            XCTAssertFalse(page.contains(filled.wrongExpected.replacingOccurrences(of: "正解: ", with: "Answer: ")), "no key for a wrong answer yet")
            try await Self.assertNothingFromElsewhere(browser, origin: server.url)
            if let screenshots { try await browser.screenshot(to: screenshots.appendingPathComponent("serve-class.png")) }

            let code = try XCTUnwrap(TestBrowser.firstMatch(#"instructor code: ([A-Z0-9]+)"#, in: server.banner))
            try await browser.open(server.url + "/teacher")
            try await browser.type("#instructor-code", code)
            try await browser.click("#instructor-enter")
            try await browser.wait(for: "#participants")
            let participants = try await browser.text("#participants")
            XCTAssertTrue(participants.contains(score), "the instructor sees the live score")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
