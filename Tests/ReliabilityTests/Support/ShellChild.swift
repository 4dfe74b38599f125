import Foundation
import TestSupport
import XCTest

/// Runs the built `bunseki` binary through `/bin/sh` so a test can impose limits (`ulimit -f`) on the
/// child alone, and can kill it part-way.
struct ShellChild {
    let process = Process()
    private let errorPipe = Pipe()

    /// Starts `bunseki arguments…` after the shell commands in `setup` (e.g. `ulimit -f 4`).
    init(setup: String = ":", _ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(setup); exec \"$0\" \"$@\"", try CommandRunner.binary().path] + arguments
        process.environment = ["LANG": "C", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorPipe
        try process.run()
    }

    /// Waits for the child; its exit status (or 128 + signal) and standard error.
    func finish() -> (status: Int32, stderr: String) {
        let stderr = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return (status, String(decoding: stderr, as: UTF8.self))
    }
}
