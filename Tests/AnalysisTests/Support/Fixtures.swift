import Foundation
import XCTest

/// Locates and decodes the committed reference fixtures in the test bundle.
enum Fixtures {
    static func url(_ relativePath: String) throws -> URL {
        let base = try XCTUnwrap(Bundle.module.resourceURL, "test bundle has no resources")
        return base.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    static func decode<T: Decodable>(_ type: T.Type, from relativePath: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: url(relativePath)))
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }
}

/// |estimate − reference| / |reference| (absolute difference when the reference is 0).
func relativeError(_ estimate: Double, _ reference: Double) -> Double {
    reference == 0 ? abs(estimate) : abs(estimate - reference) / abs(reference)
}
