import Foundation
import Hummingbird
import HummingbirdTesting
import Report
import Tabular
@testable import Workbench
import XCTest

/// The work queue under many participants (docs/PERFORMANCE.md, "The workbench under load"): what a participant
/// waits for on screen goes before workbooks written ahead of their download, a download moves its workbook
/// forward, a session can ask where its work stands, and an upload's table is read once.
final class QueueTests: XCTestCase {
    /// A gate the first job waits at, so that the others queue behind it in a known state.
    private final class Gate: @unchecked Sendable {
        let semaphore = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var finished: [String] = []
        func record(_ name: String) { lock.withLock { finished.append(name) } }
        var order: [String] { lock.withLock { finished } }
    }

    /// Waits (without timing anything) until `condition` holds, checking every few milliseconds.
    private func eventually(_ condition: () -> Bool) async throws {
        for _ in 0..<2000 where !condition() { try await Task.sleep(nanoseconds: 2_000_000) }
        XCTAssertTrue(condition())
    }

    func testInteractiveWorkGoesBeforeBackgroundWorkAndADownloadPromotesItsWorkbook() async throws {
        let pool = ComputePool(width: 1, limit: 600)
        let gate = Gate()
        let blocker = Task { try await pool.run(owner: "a") { gate.semaphore.wait(); gate.record("blocker") } }
        try await eventually { pool.place(of: "a") == .running }
        let first = Task { try await pool.run(priority: .background, owner: "b", key: "w1", timed: false) { gate.record("workbook 1") } }
        try await eventually { pool.place(of: "b") == .waiting(ahead: 0) }
        let second = Task { try await pool.run(priority: .background, owner: "c", key: "w2", timed: false) { gate.record("workbook 2") } }
        try await eventually { pool.place(of: "c") == .waiting(ahead: 1) }
        let page = Task { try await pool.run(owner: "d") { gate.record("page") } }
        try await eventually { pool.place(of: "d") == .waiting(ahead: 0) }
        XCTAssertEqual(pool.place(of: "c"), .waiting(ahead: 2), "the page went before both workbooks")
        pool.promote("w2")
        XCTAssertEqual(pool.place(of: "c"), .waiting(ahead: 1), "the downloaded workbook went before the other one")
        XCTAssertNil(pool.place(of: "nobody"))
        gate.semaphore.signal()
        for task in [blocker, first, second, page] { try await task.value }
        XCTAssertEqual(gate.order, ["blocker", "page", "workbook 2", "workbook 1"])
        XCTAssertNil(pool.place(of: "a"), "nothing left of a finished session's work")
    }

    func testAnUploadsTableIsReadOnceForEveryStep() throws {
        let upload = Upload(id: "u", fileName: "staff.xlsx", bytes: try RouteTests.staff(), received: Date())
        let first = try upload.tables.reading(.init(sheet: nil, coerce: false), upload: upload)
        XCTAssertEqual(upload.tables.reads, 1)
        _ = try upload.tables.reading(.init(sheet: nil, coerce: false), upload: upload)
        _ = try upload.tables.reading(.init(sheet: first.sheet, coerce: false), upload: upload)
        XCTAssertEqual(upload.tables.reads, 1, "the first sheet by default and by name is one reading")
        _ = try upload.tables.reading(.init(sheet: nil, coerce: true), upload: upload, keep: false)
        _ = try upload.tables.reading(.init(sheet: nil, coerce: true), upload: upload, keep: false)
        XCTAssertEqual(upload.tables.reads, 3, "a reading asked not to be kept is read each time")
        let converted = try upload.tables.reading(.init(sheet: nil, coerce: true), upload: upload)
        XCTAssertEqual(upload.tables.reads, 4)
        XCTAssertGreaterThan(converted.table.coercedCells.count, 0, "staff.xlsx has number-like text")
        _ = try upload.tables.reading(.init(sheet: first.sheet, coerce: true), upload: upload)
        _ = try upload.tables.reading(.init(sheet: nil, coerce: false), upload: upload)
        XCTAssertEqual(upload.tables.reads, 4, "two readings are kept")
    }

    func testTheWaitingNoteAsksWhereTheSessionsWorkStands() async throws {
        try await withWorkbench(WorkbenchConfiguration(port: 0), tools: SlowTools(seconds: 1.5)) { browser in
            try await browser.get("/")
            let idle = try await browser.get("/progress")
            XCTAssertEqual(idle.status, .ok)
            XCTAssertEqual(idle.text, "", "nothing to wait for")
            let uploaded = try await browser.upload("/upload", fileName: "staff.xlsx", bytes: try RouteTests.staff())
            let file = try XCTUnwrap(uploaded.location)
            let form = try await browser.get(file + "/tools/slow")
            XCTAssertTrue(form.text.contains(#"data-elapsed="経過 {s} 秒""#), "the note counts seconds in Japanese")
            let run = Task { try await browser.post(file + "/tools/slow", ["sheet": "職員データ"]) }
            var said = ""
            for _ in 0..<500 where said.isEmpty {
                said = try await browser.get("/progress").text
                if said.isEmpty { try await Task.sleep(nanoseconds: 2_000_000) }
            }
            XCTAssertTrue(["計算しています。", "順番待ちです（次の番です）。"].contains(said), said)
            _ = try await run.value
        }
    }

    func testTheUploadGateLetsThroughItsWidthAndThenOneForEachThatLeaves() async throws {
        let gate = AsyncGate(width: 2)
        let passed = Gate()
        await gate.enter()
        await gate.enter()
        let third = Task { await gate.enter(); passed.record("third") }
        try await Task.sleep(nanoseconds: 50_000_000)
        XCTAssertEqual(passed.order, [], "a third waits while two are inside")
        await gate.leave()
        await third.value
        XCTAssertEqual(passed.order, ["third"])
    }
}
