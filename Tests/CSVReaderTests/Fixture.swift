import Foundation
import XCTest

/// Reads a committed reference file from the test bundle's Fixtures folder.
func fixtureBytes(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        XCTFail("fixture \(name) is missing from the test bundle", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }
    return [UInt8](try Data(contentsOf: url))
}
