import Foundation
import XCTest

/// Where the repository's files are, worked out from this file's path (Tests/TestSupport/Repository.swift).
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file or folder of the repository, e.g. `Workbooks/staff.xlsx`.
    public static func file(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}

/// The shared, read-only test material at `../shared` beside the repository. It lives outside the repository, so
/// its absence skips the calling test, saying so; a file missing from material that is present fails it.
public enum SharedMaterial {
    public static let root = Repository.root.deletingLastPathComponent().appendingPathComponent("shared")
    public static let corpus = root.appendingPathComponent("corpus/xlsx")

    /// The xlsx corpus folder, or a skip when `../shared` is absent.
    public static func corpusFolder() throws -> URL {
        guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path) else {
            throw XCTSkip("shared corpus absent: \(corpus.path) not found (../shared lives outside the repository)")
        }
        return corpus
    }

    /// The path of a corpus file. Skips when the corpus is absent; fails when the corpus is there but lacks the
    /// file (a renamed or removed file must not pass unnoticed).
    public static func corpusFile(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = try corpusFolder().appendingPathComponent(name).path
        return try XCTUnwrap(FileManager.default.fileExists(atPath: path) ? path : nil,
                             "\(name) is missing from the shared corpus at \(corpus.path)", file: file, line: line)
    }
}
