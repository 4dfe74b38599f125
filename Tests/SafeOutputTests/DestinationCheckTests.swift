import Foundation
import SafeOutput
import XCTest
import TestSupport

/// What `OutputDestination` refuses before anything is written.
final class DestinationCheckTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder("bunseki-output") }
    override func tearDown() { folder.remove() }

    func testExistingFileIsRefusedWithoutReplacingAndAcceptedWithIt() throws {
        try folder.write("keep me", to: "result.csv")
        let path = folder.path("result.csv")
        XCTAssertThrowsError(try OutputDestination(path: path, inputs: [], replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .destinationExists(path: path))
        }
        XCTAssertNoThrow(try OutputDestination(path: path, inputs: [], replacesExisting: true))
    }

    func testTheInputIsRefusedUnderEverySpellingEvenWhenReplacing() throws {
        try folder.write("participant data", to: "team.xlsx")
        let input = folder.path("team.xlsx")
        try FileManager.default.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: input, toPath: folder.path("hard.xlsx"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("soft.xlsx"), withDestinationPath: input)

        for destination in [input, folder.path("sub/../team.xlsx"), folder.path("hard.xlsx"), folder.path("soft.xlsx")] {
            XCTAssertThrowsError(try OutputDestination(path: destination, inputs: [input], replacesExisting: true),
                                 destination) { error in
                XCTAssertEqual(error as? OutputError, .destinationIsInput(path: destination))
            }
        }
        XCTAssertEqual(try folder.read("team.xlsx"), "participant data")
    }

    func testAnInputThatIsMissingIsComparedByItsResolvedPath() throws {
        try FileManager.default.createDirectory(atPath: folder.path("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("alias"), withDestinationPath: folder.path("real"))
        let destination = folder.path("alias/new.xlsx")
        XCTAssertThrowsError(try OutputDestination(path: destination, inputs: [folder.path("real/new.xlsx")],
                                                   replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .destinationIsInput(path: destination))
        }
        XCTAssertNoThrow(try OutputDestination(path: destination, inputs: [folder.path("real/other.xlsx")],
                                               replacesExisting: false))
    }

    func testAFolderIsNotADestinationEvenWhenReplacing() throws {
        let path = folder.path("result.xlsx")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try OutputDestination(path: path, inputs: [], replacesExisting: true)) { error in
            XCTAssertEqual(error as? OutputError, .destinationIsFolder(path: path))
        }
    }

    func testMissingFolderIsRefused() throws {
        let missing = folder.path("no-such-folder")
        XCTAssertThrowsError(try OutputDestination(path: missing + "/r.xlsx", inputs: [], replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .folderNotWritable(folder: missing))
        }
    }

    func testFileInPlaceOfFolderIsRefused() throws {
        try folder.write("", to: "plain-file")
        let notAFolder = folder.path("plain-file")
        XCTAssertThrowsError(try OutputDestination(path: notAFolder + "/r.xlsx", inputs: [], replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .folderNotWritable(folder: notAFolder))
        }
    }

    /// A folder the user may not write into is refused, and a writable folder beside it is accepted.
    /// Root passes permission checks, so under root (as in CI) the check runs with the real user ID set to
    /// nobody: access(2), which OutputDestination asks, judges by the real ID. The effective ID stays root.
    func testReadOnlyFolderIsRefused() throws {
        let locked = folder.path("locked"), open = folder.path("open")
        for path in [locked, open] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        XCTAssertEqual(chmod(locked, 0o555), 0)
        XCTAssertEqual(chmod(open, 0o777), 0)
        defer { chmod(locked, 0o755) }
        let (refused, accepted) = try withUnprivilegedRealUser {
            (Result { () throws(OutputError) in try OutputDestination(path: locked + "/r.xlsx", inputs: [], replacesExisting: false) },
             Result { () throws(OutputError) in try OutputDestination(path: open + "/r.xlsx", inputs: [], replacesExisting: false) })
        }
        XCTAssertThrowsError(try refused.get()) { error in
            XCTAssertEqual(error as? OutputError, .folderNotWritable(folder: locked))
        }
        XCTAssertNoThrow(try accepted.get(), "a writable folder beside it is accepted, so the refusal is about permission")
    }

    /// Runs `body` as it is for an ordinary user; for root, with the real user ID set to nobody (65534)
    /// and put back afterwards.
    private func withUnprivilegedRealUser<T>(_ body: () -> T) throws -> T {
        guard getuid() == 0 else { return body() }
        let nobody: uid_t = 65534
        guard setreuid(nobody, 0) == 0 else {
            let reason = String(cString: strerror(errno))
            return try XCTUnwrap(nil as T?, "running as root without the right to change the real user ID (\(reason))")
        }
        defer { XCTAssertEqual(setreuid(0, 0), 0, "the real user ID must return to root") }
        XCTAssertEqual(getuid(), nobody)
        return body()
    }
}
