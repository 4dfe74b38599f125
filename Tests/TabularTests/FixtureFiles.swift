import Foundation
import XLSXReader

/// The reader's committed fixtures (written by scripts/make-fixtures.py), shared with these tests.
enum FixtureFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("XLSXReaderTests/Fixtures")

    static func workbook(_ name: String) throws -> Workbook {
        try Workbook(path: folder.appendingPathComponent(name).path)
    }
}
