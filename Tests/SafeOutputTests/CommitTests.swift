import Foundation
import SafeOutput
import XCTest
import TestSupport

/// How a finished temporary file reaches its destination, and that nothing temporary survives.
final class CommitTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder("bunseki-output") }
    override func tearDown() { folder.remove() }

    func testTemporaryFileIsHiddenInTheDestinationFolderAndFreshEachTime() throws {
        let destination = try OutputDestination(path: folder.path("out.csv"), inputs: [], replacesExisting: false)
        let first = destination.temporaryPath()
        let second = destination.temporaryPath()
        XCTAssertNotEqual(first, second)
        XCTAssertTrue(first.hasPrefix(folder.path + "/.out.csv."), first)
    }

    func testNewFileAppearsOnlyOnCommitAndTheTemporaryOneIsGone() throws {
        let destination = try OutputDestination(path: folder.path("out.csv"), inputs: [], replacesExisting: false)
        let temporary = destination.temporaryPath()
        try Data("a,b\r\n".utf8).write(to: URL(fileURLWithPath: temporary))
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.path), "nothing is visible before commit")
        try destination.commit(temporary: temporary)
        XCTAssertEqual(try folder.read("out.csv"), "a,b\r\n")
        XCTAssertEqual(try folder.contents(), ["out.csv"])
    }

    func testReplacingSwapsTheContents() throws {
        try folder.write("old", to: "out.csv")
        let destination = try OutputDestination(path: folder.path("out.csv"), inputs: [], replacesExisting: true)
        let temporary = destination.temporaryPath()
        try Data("new".utf8).write(to: URL(fileURLWithPath: temporary))
        try destination.commit(temporary: temporary)
        XCTAssertEqual(try folder.read("out.csv"), "new")
        XCTAssertEqual(try folder.contents(), ["out.csv"])
    }

    /// The race link(2) closes: a file that appears between the checks and the commit is kept.
    func testFileThatAppearedAfterTheChecksIsKept() throws {
        let destination = try OutputDestination(path: folder.path("out.csv"), inputs: [], replacesExisting: false)
        let temporary = destination.temporaryPath()
        try Data("ours".utf8).write(to: URL(fileURLWithPath: temporary))
        try folder.write("someone else's", to: "out.csv")
        XCTAssertThrowsError(try destination.commit(temporary: temporary)) { error in
            XCTAssertEqual(error as? OutputError, .destinationExists(path: destination.path))
        }
        XCTAssertEqual(try folder.read("out.csv"), "someone else's")
        XCTAssertEqual(try folder.contents(), ["out.csv"], "the temporary file is removed")
    }

    func testMissingTemporaryFileIsAWriteFailureWithTheSystemsReason() throws {
        let destination = try OutputDestination(path: folder.path("out.csv"), inputs: [], replacesExisting: true)
        XCTAssertThrowsError(try destination.commit(temporary: destination.temporaryPath())) { error in
            XCTAssertEqual(error as? OutputError,
                           .writeFailed(path: destination.path, reason: String(cString: strerror(ENOENT))))
        }
        XCTAssertEqual(try folder.contents(), [])
    }
}
