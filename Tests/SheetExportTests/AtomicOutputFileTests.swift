import SafeOutput
import SheetExport
import XCTest
import TestSupport

/// The streaming side of an export file; where it may go and how it is committed is tested in SafeOutputTests.
final class AtomicOutputFileTests: XCTestCase {
    func testBytesAppearOnlyOnCommit() throws {
        let folder = try temporaryFolder("bunseki-export")
        let path = folder.appendingPathComponent("out.csv").path
        let file = try AtomicOutputFile(destination: path, inputs: [], overwrite: false)
        try file.write(Array("a,b\r\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing is visible before commit")
        try file.commit()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "a,b\r\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.csv"])
    }

    func testRestartDropsWhatWasWrittenIncludingFlushedBlocks() throws {
        let folder = try temporaryFolder("bunseki-export")
        let path = folder.appendingPathComponent("out.csv").path
        let file = try AtomicOutputFile(destination: path, inputs: [], overwrite: false)
        try file.write([UInt8](repeating: 0x41, count: 3 << 20))
        try file.restart()
        try file.write(Array("second pass".utf8))
        try file.commit()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "second pass")
    }

    func testCommittedFileHasTheUmaskPermissions() throws {
        let folder = try temporaryFolder("bunseki-export")
        let path = folder.appendingPathComponent("out.csv").path
        let file = try AtomicOutputFile(destination: path, inputs: [], overwrite: false)
        try file.commit()
        let mask = umask(0)
        umask(mask)
        let permissions = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(permissions, Int(0o666 & ~mask))
    }

    func testRefusalsArriveAsExportErrors() throws {
        let folder = try temporaryFolder("bunseki-export")
        let path = folder.appendingPathComponent("out.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try AtomicOutputFile(destination: path, inputs: [], overwrite: false)) { error in
            XCTAssertEqual(error as? ExportError, .output(.destinationExists(path: path)))
        }
    }

    func testDiscardLeavesNothingBehind() throws {
        let folder = try temporaryFolder("bunseki-export")
        let file = try AtomicOutputFile(destination: folder.appendingPathComponent("x.csv").path, inputs: [], overwrite: false)
        try file.write([1, 2, 3])
        file.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
