import Foundation
import XCTest

/// A fresh folder under the system temporary directory (`<label>-<UUID>`), for a test's inputs and outputs.
public struct TemporaryFolder: Sendable {
    public let url: URL

    /// Creates the folder; `label` says in a listing of the temporary directory which tests left it.
    public init(_ label: String = "bunseki-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    public var path: String { url.path }

    /// A file in the folder (not created).
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The path of a file in the folder (not created).
    public func path(_ name: String) -> String { file(name).path }

    /// Writes `text` as UTF-8 to a file in the folder.
    public func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: file(name))
    }

    /// A file of the folder read as UTF-8.
    public func read(_ name: String) throws -> String { try String(contentsOf: file(name), encoding: .utf8) }

    /// Names of everything in the folder, hidden files included, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// Removes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}

extension XCTestCase {
    /// A fresh folder for one test's files, removed when the test ends.
    public func temporaryFolder(_ label: String = "bunseki-test") throws -> URL {
        let folder = try TemporaryFolder(label)
        addTeardownBlock { folder.remove() }
        return folder.url
    }
}
