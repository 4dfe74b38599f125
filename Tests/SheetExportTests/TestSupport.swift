import Foundation
import XCTest
import XLSXReader

/// Paths to the committed fixture, the sample workbooks and the shared corpus.
enum TestFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/xlsx")

    static func fixture(_ name: String = "export_cases.xlsx") throws -> Workbook {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw XCTSkip("fixture \(name) missing from the test bundle (run scripts/make-export-fixtures.py)")
        }
        return try Workbook(path: url.path)
    }

    /// A corpus workbook, or an XCTSkip saying the shared corpus is absent.
    static func corpusWorkbook(_ name: String) throws -> Workbook {
        let path = corpus.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("shared corpus absent: \(path) not found, so this real-workbook test is skipped")
        }
        return try Workbook(path: path)
    }

    /// A fresh empty folder under the temporary directory.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bunseki-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
