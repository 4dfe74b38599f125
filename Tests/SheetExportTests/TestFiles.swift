import Foundation
import XCTest
import TestSupport
import XLSXReader

/// The committed fixtures and the shared corpus's workbooks.
enum TestFiles {

    /// A committed fixture. It can only be missing by mistake, so its absence fails the calling test.
    static func fixture(_ name: String = "export_cases.xlsx", file: StaticString = #filePath, line: UInt = #line) throws -> Workbook {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
                                "committed fixture \(name) is missing from the test bundle (scripts/make-export-fixtures.py writes it)",
                                file: file, line: line)
        return try Workbook(path: url.path)
    }

    /// A corpus workbook; skips when `../shared` is absent (`SharedMaterial`).
    static func corpusWorkbook(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Workbook {
        try Workbook(path: try SharedMaterial.corpusFile(name, file: file, line: line))
    }
}
