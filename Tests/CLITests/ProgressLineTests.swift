import Foundation
import XCTest
import TestSupport

/// The progress line on standard error: drawn only on a terminal, never with `--quiet` or `--json`, and cleared
/// before the command ends. `BUNSEKI_PROGRESS_DELAY=0` shows it on a small file, which would otherwise finish
/// within the one second the line waits for.
final class ProgressLineTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"
    private let now = ["LANG": "C", "BUNSEKI_PROGRESS_DELAY": "0"]

    func testATerminalSeesTheLineInJapaneseAndItIsClearedAtTheEnd() throws {
        let folder = try temporaryFolder()
        let result = try TerminalRunner.run(["describe", staff, "--columns", "年齢", "--lang", "ja",
                                             "-o", folder.appendingPathComponent("d.xlsx").path], environment: now)
        XCTAssertEqual(result.status, 0, result.terminal)
        XCTAssertTrue(result.terminal.hasPrefix("\rファイルを読み込んでいます…"), result.terminal)
        // The last thing on the terminal is the line overwritten with spaces and the cursor back at its start.
        let cleared = try XCTUnwrap(result.terminal.range(of: "\r +\r$", options: .regularExpression), result.terminal)
        XCTAssertFalse(result.terminal[cleared.upperBound...].contains("…"))
        XCTAssertFalse(result.stdout.contains("…"), result.stdout)
        XCTAssertTrue(result.stdout.contains("年齢"), result.stdout)
    }

    func testEnglishLine() throws {
        let result = try TerminalRunner.run(["inspect", staff, "--lang", "en"], environment: now)
        XCTAssertEqual(result.status, 0, result.terminal)
        XCTAssertTrue(result.terminal.hasPrefix("\rReading the file…"), result.terminal)
        XCTAssertTrue(result.stdout.hasPrefix("File:"), result.stdout)
    }

    func testNoLineWithQuietOrJSON() throws {
        let folder = try temporaryFolder()
        for extra in [["--quiet"], ["--json"], ["--json", "-o", folder.appendingPathComponent("j.xlsx").path]] {
            let result = try TerminalRunner.run(["describe", staff, "--columns", "年齢", "--lang", "ja",
                                                 "-o", folder.appendingPathComponent("q.xlsx").path, "--force"] + extra,
                                                environment: now)
            XCTAssertEqual(result.status, 0, result.terminal)
            XCTAssertEqual(result.terminal, "", "with \(extra)")
        }
        let inspect = try TerminalRunner.run(["inspect", staff, "--json"], environment: now)
        XCTAssertEqual(inspect.terminal, "")
        XCTAssertTrue(inspect.stdout.hasPrefix("{"), inspect.stdout)
    }

    func testNoLineWhenStandardErrorIsNotATerminal() throws {
        let folder = try temporaryFolder()
        let result = try CommandRunner.run(["describe", staff, "--columns", "年齢", "--lang", "ja",
                                            "-o", folder.appendingPathComponent("d.xlsx").path], environment: now)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
    }

    func testAnErrorMessageStartsOnACleanLine() throws {
        let result = try TerminalRunner.run(["describe", staff, "--columns", "ない列", "--lang", "ja"], environment: now)
        XCTAssertNotEqual(result.status, 0)
        // The line is cleared before the message, so the message is whole on its own line.
        let message = try XCTUnwrap(result.terminal.components(separatedBy: "\r").last, result.terminal)
        XCTAssertTrue(message.contains("ない列"), result.terminal)
        XCTAssertFalse(message.contains("…"), result.terminal)
    }
}

/// Runs `bunseki` with standard error on a pseudo-terminal and standard output in a file, through util-linux
/// `script` (Swift's Glibc module does not export `posix_openpt`). What `script` prints is what reached the terminal.
enum TerminalRunner {
    struct Result {
        let status: Int32
        let stdout: String
        /// Everything written to the terminal (standard error), with the terminal's "\r\n" for "\n" undone.
        let terminal: String
    }

    static func run(_ arguments: [String], environment: [String: String]) throws -> Result {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else {
            throw XCTSkip("util-linux script(1) is not installed, so no pseudo-terminal can be given to the command")
        }
        let folder = try TemporaryFolder("bunseki-tty").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let stdoutFile = folder.appendingPathComponent("stdout")
        let quoted = ([try CommandRunner.binary().path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = quoted.joined(separator: " ") + " >'\(stdoutFile.path)'"
        let process = Process()
        process.executableURL = script
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let terminal = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stdout = (try? Data(contentsOf: stdoutFile)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      terminal: String(decoding: terminal, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
