import Foundation
import XCTest

/// Runs the built `bunseki` binary as a subprocess, as a user would.
public enum CommandRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The repository root, where commands run unless told otherwise (the committed workbooks are found there).
    public static let packageRoot = Repository.root

    /// The binary sits next to the test bundle in the build folder.
    public static func binary() throws -> URL {
        let candidates = [Bundle.main.bundleURL, Bundle(for: BundleMarker.self).bundleURL,
                          URL(fileURLWithPath: CommandLine.arguments[0])]
            .map { $0.deletingLastPathComponent().appendingPathComponent("bunseki") }
        // `swift test` builds it with the tests, so a missing binary is a build problem: a failure, not a skip.
        return try XCTUnwrap(candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }),
                             "the bunseki binary was not found next to the test bundle (looked in \(candidates.map(\.path)))")
    }

    /// Runs `bunseki arguments…` in `directory` with exactly `environment`, to the end; its status and both streams.
    public static func run(_ arguments: [String], environment: [String: String] = ["LANG": "C"],
                           in directory: URL = packageRoot) throws -> Result {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

private final class BundleMarker {}
