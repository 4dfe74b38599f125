import Foundation
import Procedures
import Hummingbird
import HummingbirdTesting
import Report
import Tabular
@testable import Workbench
import XCTest

/// The safety promises of docs/SERVE.md that the route tests do not already cover: every form refuses a
/// missing CSRF token, wrong codes are counted per client rather than per session, the time limit answers
/// on time, the instructor's pages refuse participants, and sessions are dropped as promised.
final class SafetyTests: XCTestCase {
    private func classroomConfiguration(uploadLimit: Int = WorkbenchConfiguration.defaultUploadLimit) -> WorkbenchConfiguration {
        WorkbenchConfiguration(port: 0, uploadLimit: uploadLimit,
                               classroom: ClassroomConfiguration(specPath: ClassroomTests.specPath, participants: 3,
                                                                 instructorCode: "TEACH234"))
    }

    func testEveryFormRefusesARequestWithoutItsToken() async throws {
        try await withWorkbench(classroomConfiguration()) { browser in
            try await browser.get("/")
            let uploaded = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try RouteTests.staff())
            let file = try XCTUnwrap(uploaded.location)
            try await browser.get(file)
            let forms: [(String, [String: String])] = [
                ("/access", ["code": "K7QH2M"]), ("/language", ["lang": "en"]), ("/session/end", [:]),
                (file + "/delete", [:]), (file + "/tools/mean", ["column": "年齢"]), ("/class/join", ["participant": "1"]),
                ("/teacher/login", ["code": "TEACH234"]), ("/teacher/release", ["release": "1"]),
            ]
            for (path, fields) in forms {
                let page = try await browser.post(path, fields, csrf: false)
                XCTAssertEqual(page.status, .forbidden, "\(path) without the token")
            }
            for path in ["/upload", "/class/submit"] {
                let page = try await browser.upload(path, fileName: "staff.xlsx", bytes: try RouteTests.staff(), csrf: false)
                XCTAssertEqual(page.status, .forbidden, "\(path) without the token")
            }
            // Nothing the refused forms asked for happened: the file is still there, the page still Japanese.
            let still = try await browser.get(file)
            XCTAssertEqual(still.status, .ok, "the refused delete and session end left the file")
            XCTAssertTrue(still.text.contains("シート"), "the refused language switch left Japanese")
            let teacher = try await browser.get("/teacher")
            XCTAssertFalse(teacher.text.contains("id=\"participants\""), "the refused instructor login let nobody in")
            // A token of another session is no better than none.
            let other = TestBrowser(browser.client)
            try await other.get("/")
            let borrowed = try await browser.post(file + "/delete", ["csrf": try XCTUnwrap(other.csrf)], csrf: false)
            XCTAssertEqual(borrowed.status, .forbidden)
        }
    }

    func testWrongCodesLockTheClientOutWhateverSessionItComesWith() async throws {
        let configuration = WorkbenchConfiguration(port: 0, lan: true, accessCode: "K7QH2M")
        try await withWorkbench(configuration) { first in
            try await first.get("/")
            for _ in 0..<Workbench.codeAttempts { try await first.post("/access", ["code": "WRONG1"]) }
            // A guesser that drops its cookie gets a new session, but the same address: still locked.
            let fresh = TestBrowser(first.client)
            try await fresh.get("/")
            XCTAssertNotEqual(fresh.cookie, first.cookie)
            let locked = try await fresh.post("/access", ["code": "K7QH2M"])
            XCTAssertEqual(locked.status, .tooManyRequests)
            XCTAssertTrue(locked.text.contains("1 分待って"))
            let home = try await fresh.get("/")
            XCTAssertFalse(home.text.contains("action=\"/upload\""), "the right code during the lock admits nobody")
        }
    }

    func testInstructorCodeGuessesAreCountedToo() async throws {
        try await withWorkbench(classroomConfiguration()) { browser in
            try await browser.get("/teacher")
            for _ in 0..<Workbench.codeAttempts { try await browser.post("/teacher/login", ["code": "WRONG999"]) }
            let locked = try await browser.post("/teacher/login", ["code": "TEACH234"])
            XCTAssertEqual(locked.status, .tooManyRequests)
            let page = try await browser.get("/teacher")
            XCTAssertFalse(page.text.contains("id=\"participants\""))
        }
    }

    func testAnAnalysisPastTheTimeLimitIsAnsweredOnTimeBesideItsForm() async throws {
        let configuration = WorkbenchConfiguration(port: 0, requestTimeLimit: 1)
        try await withWorkbench(configuration, tools: SlowTools(seconds: 4)) { browser in
            try await browser.get("/")
            let uploaded = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try RouteTests.staff())
            let file = try XCTUnwrap(uploaded.location)
            try await browser.get(file + "/tools/slow")
            let start = Date()
            let page = try await browser.post(file + "/tools/slow", ["sheet": "職員データ"])
            let waited = Date().timeIntervalSince(start)
            XCTAssertEqual(page.status, .unprocessableContent)
            XCTAssertTrue(page.text.contains("分析が 1 秒で終わりませんでした"), page.text)
            XCTAssertTrue(page.text.contains("action=\"\(file)/tools/slow\""), "the sentence stands on the tool's form")
            XCTAssertLessThan(waited, 3, "answered at the limit, not when the work ends")
        }
    }

    func testInstructorPagesRefuseAParticipant() async throws {
        try await withWorkbench(classroomConfiguration()) { browser in
            try await browser.get("/class")
            try await browser.post("/class/join", ["participant": "1"])
            let grades = try await browser.get("/teacher/grades.xlsx")
            XCTAssertEqual(grades.status, .unauthorized)
            XCTAssertFalse(grades.body.starts(with: [0x50, 0x4B]), "no workbook for a participant")
            XCTAssertTrue(grades.text.contains("instructor-code"), "asked for the instructor code instead")
            let page = try await browser.get("/teacher")
            XCTAssertFalse(page.text.contains("id=\"participants\""))
            // A participant number outside the class is not taken.
            try await browser.post("/class/join", ["participant": "99"])
            let mine = try await browser.get("/class")
            XCTAssertTrue(mine.text.contains("<option value=\"1\" selected>"), "still participant 1")
        }
    }

    func testInstructorPageRefreshesItselfAndCountsStrayHandIns() async throws {
        try await withWorkbench(classroomConfiguration()) { participant in
            try await participant.get("/class")
            try await participant.post("/class/join", ["participant": "1"])
            try await participant.upload("/class/submit", fileName: "staff.xlsx", bytes: try RouteTests.staff())
            let instructor = TestBrowser(participant.client)
            try await instructor.get("/teacher")
            try await instructor.post("/teacher/login", ["code": "TEACH234"])
            let page = try await instructor.get("/teacher")
            XCTAssertTrue(page.text.contains("data-refresh=\"\(InstructorPage.refreshSeconds)\""), "live: the page reloads itself")
            XCTAssertTrue(page.text.contains("照合できなかった提出: 1 件"), page.text)
            let script = try await instructor.get("/assets/app.js")
            XCTAssertTrue(script.text.contains("[data-refresh]") && script.text.contains("location.reload()"))
        }
    }

    func testARefusedHandInIsSaidUnderItsFileControl() async throws {
        try await withWorkbench(classroomConfiguration(uploadLimit: 1 << 20)) { browser in
            try await browser.get("/class")
            try await browser.post("/class/join", ["participant": "1"])
            let page = try await browser.upload("/class/submit", fileName: "big.xlsx", bytes: Data(repeating: 0x50, count: 2 << 20))
            XCTAssertEqual(page.status, .contentTooLarge)
            XCTAssertTrue(page.text.contains(#"id="submission-error">ファイルが大きすぎます（上限 1 MB）"#), page.text)
        }
    }

    func testTheOldestResultGoesFirstWhenASessionHoldsTooMany() async throws {
        try await withWorkbench { browser in
            try await browser.get("/")
            let uploaded = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try RouteTests.staff())
            let file = try XCTUnwrap(uploaded.location)
            var results: [String] = []
            for _ in 0...Session.resultLimit {
                let run = try await browser.post(file + "/tools/mean", ["sheet": "職員データ", "column": "年齢"])
                results.append(try XCTUnwrap(run.location))
            }
            let first = try await browser.get(results[0])
            XCTAssertEqual(first.status, .notFound, "the oldest result made room")
            for path in results.dropFirst() {
                let kept = try await browser.get(path)
                XCTAssertEqual(kept.status, .ok, "\(path) is among the \(Session.resultLimit) newest")
            }
        }
    }

    func testAFloodOfNewSessionsDoesNotPushOutOneAtWork() async {
        let store = SessionStore(defaultLanguage: .ja, admitsWithoutCode: true, capacity: 3)
        let working = await store.resolve(nil).session
        await store.update(working.id) { session in
            session.uploads["u"] = Upload(id: "u", fileName: "a.xlsx", bytes: Data([1]), received: Date())
        }
        for _ in 0..<10 { _ = await store.resolve(nil) }
        let again = await store.resolve(working.id)
        XCTAssertFalse(again.isNew, "the session holding a file survived ten new ones")
        XCTAssertEqual(again.session.uploads.count, 1)
        let count = await store.count
        XCTAssertEqual(count, 3)
    }

    func testAnIdleSessionIsDroppedWithItsFiles() async throws {
        let store = SessionStore(defaultLanguage: .ja, admitsWithoutCode: true, idleLimit: 0.2)
        let session = await store.resolve(nil).session
        await store.update(session.id) { $0.uploads["u"] = Upload(id: "u", fileName: "a.xlsx", bytes: Data([1]), received: Date()) }
        try await Task.sleep(nanoseconds: 400_000_000)
        let later = await store.resolve(session.id)
        XCTAssertTrue(later.isNew, "past the idle limit the old session is gone")
        XCTAssertNotEqual(later.session.id, session.id, "and the old id is not revived")
        XCTAssertTrue(later.session.uploads.isEmpty)
        let held = await store.heldBytes
        XCTAssertEqual(held, 0)
    }
}

/// FixtureTools with one more tool, `slow`, that takes longer than any test's time limit.
struct SlowTools: ToolProvider {
    let seconds: Double
    private let base = FixtureTools()

    var tools: [ToolDescriptor] {
        base.tools + [ToolDescriptor(id: "slow", titles: (ja: "遅い", en: "Slow"), parameters: [], make: { _ in throw FixtureTools.MissingColumn() })]
    }

    func run(tool: String, values: [String: String], table: Table, upload: UploadSource, language: Language) throws -> ToolRun {
        guard tool == "slow" else { return try base.run(tool: tool, values: values, table: table, upload: upload, language: language) }
        Thread.sleep(forTimeInterval: seconds)
        return try base.run(tool: "mean", values: ["column": "年齢"], table: table, upload: upload, language: language)
    }

    func sentence(for error: any Error, language: Language, file: String) -> ErrorSentenceText {
        base.sentence(for: error, language: language, file: file)
    }
}
