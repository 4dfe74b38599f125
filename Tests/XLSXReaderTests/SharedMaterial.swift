import Foundation
import XCTest

/// Locates the shared, read-only test material at `../shared` next to the package root.
enum SharedMaterial {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = root.appendingPathComponent("corpus/xlsx")

    /// The corpus folder, or an XCTSkip that says why the test cannot run.
    static func corpusFolder() throws -> URL {
        guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path) else {
            throw XCTSkip("shared corpus absent: \(corpus.path) not found, so real-workbook tests are skipped")
        }
        return corpus
    }
}

/// Small fixture files committed with the tests.
enum Fixtures {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw XCTSkip("fixture \(name) missing from the test bundle")
        }
        return url
    }
}
