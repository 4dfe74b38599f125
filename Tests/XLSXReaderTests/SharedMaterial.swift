import Foundation
import XCTest

/// Locates the shared, read-only test material at `../shared` next to the package root.
enum SharedMaterial {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = root.appendingPathComponent("corpus/xlsx")

    /// The corpus folder. `../shared` is optional material outside the repository, so its absence skips
    /// the calling test, saying so.
    static func corpusFolder() throws -> URL {
        guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path) else {
            throw XCTSkip("shared corpus absent: \(corpus.path) not found (../shared lives outside the repository)")
        }
        return corpus
    }

    /// The path of a corpus file. Skips when the corpus is absent; fails when the corpus is there but
    /// lacks the file (a renamed or removed file must not pass unnoticed).
    static func corpusFile(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = try corpusFolder().appendingPathComponent(name).path
        return try XCTUnwrap(FileManager.default.fileExists(atPath: path) ? path : nil,
                             "\(name) is missing from the shared corpus at \(corpus.path)", file: file, line: line)
    }
}

/// Small fixture files committed with the tests.
enum Fixtures {
    /// A committed fixture. It can only be missing by mistake, so its absence fails the calling test.
    static func url(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
                      "committed fixture \(name) is missing from the test bundle", file: file, line: line)
    }

    /// The folder holding every committed fixture.
    static func folder() throws -> URL {
        try XCTUnwrap(Bundle.module.resourceURL, "the test bundle has no resources").appendingPathComponent("Fixtures")
    }
}
