import Foundation
import TestSupport
import XCTest

/// `bunseki serve` run as its user runs it: the built binary in a subprocess on a free loopback port, read
/// from the address it prints.
final class ServeProcess {
    let process = Process()
    let port: Int
    private let output = Pipe()
    private let errors = Pipe()
    private let logged = LockedText()
    let banner: String

    init(_ arguments: [String]) async throws {
        process.executableURL = try CommandRunner.binary()
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = Repository.root
        process.environment = ["LANG": "C"]
        process.standardOutput = output
        process.standardError = errors
        // Drained as it comes, so a chatty server never blocks on a full pipe.
        errors.fileHandleForReading.readabilityHandler = { [logged] handle in logged.append(handle.availableData) }
        try process.run()
        // The banner is printed once the server listens; the first address line carries the port.
        var text = ""
        let reader = output.fileHandleForReading
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !text.contains("Ctrl+C") {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        banner = text
        guard let port = Int(TestBrowser.firstMatch(#"http://127\.0\.0\.1:(\d+)/"#, in: text) ?? "") else {
            kill(process.processIdentifier, SIGKILL)
            throw WebDriverError.command(path: "serve", error: "no address", message: text)
        }
        self.port = port
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// What the server has written to standard error so far (its log).
    var log: String { logged.text }

    /// Ctrl+C, as its user stops it; killed if it has not ended within ten seconds.
    func stop() {
        process.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        logged.append(errors.fileHandleForReading.readDataToEndOfFile())
    }

    /// The CLI's standard output for `arguments` (a failing command fails the test with its sentence).
    static func output(_ arguments: [String]) throws -> Data {
        let result = try CommandRunner.run(arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        return Data(result.stdout.utf8)
    }
}

/// Bytes appended from the pipe's handler thread and read from the test's.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
