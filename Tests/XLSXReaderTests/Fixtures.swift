import Foundation
import XCTest

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
