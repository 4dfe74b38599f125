import Foundation
import SafeOutput
import XCTest

/// What `OutputDestination` refuses before anything is written.
final class DestinationCheckTests: XCTestCase {
    private var folder: ScratchFolder!

    override func setUpWithError() throws { folder = try ScratchFolder() }
    override func tearDown() { folder.remove() }

    func testExistingFileIsRefusedWithoutReplacingAndAcceptedWithIt() throws {
        try folder.write("keep me", to: "result.csv")
        let path = folder.file("result.csv")
        XCTAssertThrowsError(try OutputDestination(path: path, inputs: [], replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .destinationExists(path: path))
        }
        XCTAssertNoThrow(try OutputDestination(path: path, inputs: [], replacesExisting: true))
    }

    func testTheInputIsRefusedUnderEverySpellingEvenWhenReplacing() throws {
        try folder.write("participant data", to: "team.xlsx")
        let input = folder.file("team.xlsx")
        try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: input, toPath: folder.file("hard.xlsx"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("soft.xlsx"), withDestinationPath: input)

        for destination in [input, folder.file("sub/../team.xlsx"), folder.file("hard.xlsx"), folder.file("soft.xlsx")] {
            XCTAssertThrowsError(try OutputDestination(path: destination, inputs: [input], replacesExisting: true),
                                 destination) { error in
                XCTAssertEqual(error as? OutputError, .destinationIsInput(path: destination))
            }
        }
        XCTAssertEqual(try folder.read("team.xlsx"), "participant data")
    }

    func testAnInputThatIsMissingIsComparedByItsResolvedPath() throws {
        try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("alias"), withDestinationPath: folder.file("real"))
        let destination = folder.file("alias/new.xlsx")
        XCTAssertThrowsError(try OutputDestination(path: destination, inputs: [folder.file("real/new.xlsx")],
                                                   replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .destinationIsInput(path: destination))
        }
        XCTAssertNoThrow(try OutputDestination(path: destination, inputs: [folder.file("real/other.xlsx")],
                                               replacesExisting: false))
    }

    func testAFolderIsNotADestinationEvenWhenReplacing() throws {
        let path = folder.file("result.xlsx")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try OutputDestination(path: path, inputs: [], replacesExisting: true)) { error in
            XCTAssertEqual(error as? OutputError, .destinationIsFolder(path: path))
        }
    }

    func testMissingFolderIsRefused() throws {
        let missing = folder.file("no-such-folder")
        XCTAssertThrowsError(try OutputDestination(path: missing + "/r.xlsx", inputs: [], replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .folderNotWritable(folder: missing))
        }
    }

    func testFileInPlaceOfFolderIsRefused() throws {
        try folder.write("", to: "plain-file")
        let notAFolder = folder.file("plain-file")
        XCTAssertThrowsError(try OutputDestination(path: notAFolder + "/r.xlsx", inputs: [], replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .folderNotWritable(folder: notAFolder))
        }
    }

    func testReadOnlyFolderIsRefused() throws {
        guard getuid() != 0 else {
            throw XCTSkip("running as root, which may write into read-only folders; the permission check cannot be observed")
        }
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        chmod(locked, 0o555)
        defer { chmod(locked, 0o755) }
        XCTAssertThrowsError(try OutputDestination(path: locked + "/r.xlsx", inputs: [], replacesExisting: false)) { error in
            XCTAssertEqual(error as? OutputError, .folderNotWritable(folder: locked))
        }
    }
}
