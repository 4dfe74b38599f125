import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// What reaches the disk when writing the result fails part-way: the input is never touched, and the
/// result path holds either nothing, the earlier file, or a complete workbook — never a fragment.
final class OutputUnderFailureTests: XCTestCase {
    private var folder: URL!
    private var input: URL!
    private var inputBytes = Data()

    override func setUpWithError() throws {
        folder = try TemporaryFolder("bunseki-output").url
        input = folder.appendingPathComponent("survey.xlsx")
        try Data(LargeInput.package(rows: 20_000)).write(to: input)
        inputBytes = try Data(contentsOf: input)
    }

    override func tearDownWithError() throws {
        XCTAssertEqual(try Data(contentsOf: input), inputBytes, "the input is untouched")
        try? FileManager.default.removeItem(at: folder)
    }

    /// A file-size limit makes the write fail (EFBIG): a typed error, no file at the target, no leftovers.
    func testFileSizeLimitFailsCleanly() throws {
        let output = folder.appendingPathComponent("result.xlsx")
        let child = try ShellChild(setup: "ulimit -f 8", ["describe", input.path, "--columns", "score", "-o", output.path])
        let (status, stderr) = child.finish()
        XCTAssertEqual(status, 1, "an error exit, not death by SIGXFSZ; stderr: \(stderr)")
        XCTAssertTrue(stderr.contains("result.xlsx"), stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
        XCTAssertEqual(try leftovers(), [], "the temporary file is removed")
    }

    /// The same limit with `--force` over an earlier result keeps the earlier result intact.
    func testFailedOverwriteKeepsTheEarlierResult() throws {
        let output = folder.appendingPathComponent("result.xlsx")
        try Data("earlier result".utf8).write(to: output)
        let child = try ShellChild(setup: "ulimit -f 8", ["describe", input.path, "--columns", "score", "-o", output.path, "--force"])
        XCTAssertEqual(child.finish().status, 1)
        XCTAssertEqual(try Data(contentsOf: output), Data("earlier result".utf8))
        XCTAssertEqual(try leftovers(), [])
    }

    /// SIGKILL while the package is being written: nothing appears at the target. (A killed process cannot
    /// clean up, so its hidden temporary file stays; it never carries the result's name.)
    func testKillDuringWriteLeavesNothingAtTheTarget() throws {
        let output = folder.appendingPathComponent("result.xlsx")
        let child = try ShellChild(["describe", input.path, "--columns", "score", "-o", output.path])
        var killedWhileWriting = false
        let deadline = Date().addingTimeInterval(120)
        while child.process.isRunning, Date() < deadline {
            if try !leftovers().isEmpty {
                kill(child.process.processIdentifier, SIGKILL)
                killedWhileWriting = true
                break
            }
            usleep(500)
        }
        let (status, stderr) = child.finish()
        if killedWhileWriting {
            XCTAssertEqual(status, 128 + SIGKILL)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "no half-written result")
        } else {
            XCTAssertEqual(status, 0, stderr)
            XCTAssertEqual(try Data(contentsOf: output).prefix(2), Data("PK".utf8), "the write won the race: a whole package")
            print("the child finished before its temporary file was seen; checked the complete result instead")
        }
    }

    /// A folder the process may not write to: an error naming it, and nothing written.
    func testUnwritableFolderIsRefused() throws {
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o555)
        defer { chmod(locked.path, 0o755) }
        // root ignores permission bits, so use a file system that refuses everyone when running as root.
        let target = getuid() == 0 ? URL(fileURLWithPath: "/proc/bunseki-result.xlsx") : locked.appendingPathComponent("r.xlsx")
        let (status, stderr) = try ShellChild(["describe", input.path, "--columns", "score", "-o", target.path]).finish()
        XCTAssertEqual(status, 1, stderr)
        XCTAssertTrue(stderr.contains(target.deletingLastPathComponent().path), stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }

    /// The input named as the output is refused even with `--force`.
    func testOutputEqualToInputIsRefused() throws {
        let (status, stderr) = try ShellChild(["describe", input.path, "--columns", "score", "-o", input.path, "--force"]).finish()
        XCTAssertEqual(status, 1, stderr)
        XCTAssertTrue(stderr.contains("survey.xlsx"), stderr)
    }

    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }
}

/// A plain one-sheet workbook with a header row and `rows` numeric rows, large enough that writing its
/// result takes a noticeable time.
enum LargeInput {
    static func package(rows: Int) -> [UInt8] {
        var xml = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>score</t></is></c></row>"
        xml.reserveCapacity(rows * 60)
        for row in 2...(rows + 1) {
            xml += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row - 1)</v></c><c r=\"B\(row)\"><v>\((row * 7919) % 1000).5</v></c></row>"
        }
        return MinimalPackage.bytes(sheet: MinimalPackage.sheet(rows: xml))
    }
}
