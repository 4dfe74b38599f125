import SheetExport
import XCTest

final class AtomicOutputFileTests: XCTestCase {
    func testCommitMovesTheWholeFileIntoPlaceAndLeavesNoTemporaryFile() throws {
        let folder = try TestFiles.scratchFolder()
        let path = folder.appendingPathComponent("out.csv").path
        let file = try AtomicOutputFile(destination: path, inputs: [], overwrite: false)
        try file.write(Array("a,b\r\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing is visible before commit")
        try file.commit()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "a,b\r\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.csv"])
    }

    func testExistingFileIsKeptWithoutOverwriteAndReplacedWithIt() throws {
        let folder = try TestFiles.scratchFolder()
        let path = folder.appendingPathComponent("out.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try AtomicOutputFile(destination: path, inputs: [], overwrite: false)) { error in
            XCTAssertEqual(error as? ExportError, .destinationExists(path: path))
        }
        let file = try AtomicOutputFile(destination: path, inputs: [], overwrite: true)
        try file.write(Array("new".utf8))
        try file.commit()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
    }

    func testTheInputIsNeverReplacedEvenWithOverwrite() throws {
        let folder = try TestFiles.scratchFolder()
        let input = folder.appendingPathComponent("book.xlsx").path
        try Data("PK".utf8).write(to: URL(fileURLWithPath: input))
        let sameThroughAnotherSpelling = folder.appendingPathComponent("link.xlsx").path
        try FileManager.default.createSymbolicLink(atPath: sameThroughAnotherSpelling, withDestinationPath: input)
        XCTAssertThrowsError(try AtomicOutputFile(destination: sameThroughAnotherSpelling, inputs: [input], overwrite: true)) { error in
            XCTAssertEqual(error as? ExportError, .destinationIsInput(path: sameThroughAnotherSpelling))
        }
    }

    func testDiscardLeavesNothingBehind() throws {
        let folder = try TestFiles.scratchFolder()
        let file = try AtomicOutputFile(destination: folder.appendingPathComponent("x.csv").path, inputs: [], overwrite: false)
        try file.write([1, 2, 3])
        file.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
