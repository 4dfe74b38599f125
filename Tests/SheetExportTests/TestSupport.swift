import Foundation
import XCTest
import XLSXReader

/// Paths to the committed fixture, the sample workbooks and the shared corpus.
enum TestFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/xlsx")

    /// A committed fixture. It can only be missing by mistake, so its absence fails the calling test.
    static func fixture(_ name: String = "export_cases.xlsx", file: StaticString = #filePath, line: UInt = #line) throws -> Workbook {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
                                "committed fixture \(name) is missing from the test bundle (scripts/make-export-fixtures.py writes it)",
                                file: file, line: line)
        return try Workbook(path: url.path)
    }

    /// A corpus workbook. `../shared` lies outside the repository, so its absence skips the calling test,
    /// saying so; a file missing from a corpus that is present fails it.
    static func corpusWorkbook(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Workbook {
        guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path) else {
            throw XCTSkip("shared corpus absent: \(corpus.path) not found (../shared lives outside the repository)")
        }
        let path = corpus.appendingPathComponent(name).path
        _ = try XCTUnwrap(FileManager.default.fileExists(atPath: path) ? path : nil,
                          "\(name) is missing from the shared corpus at \(corpus.path)", file: file, line: line)
        return try Workbook(path: path)
    }

    /// A fresh empty folder under the temporary directory.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bunseki-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
