import Foundation
import Workshop
import XCTest

/// The workbench in a real browser: headless Chromium driven over WebDriver against `bunseki serve` run as
/// a subprocess. Set BUNSEKI_SCREENSHOTS to a folder to keep screenshots of the pages (docs/images).
final class BrowserTests: XCTestCase {
    private var screenshots: URL? {
        ProcessInfo.processInfo.environment["BUNSEKI_SCREENSHOTS"].map { URL(fileURLWithPath: $0, isDirectory: true) }
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
