import Foundation
import XCTest

/// Reference values written by scripts/fixtures (the C reference generators and mpmath).
enum RandomFixtures {
    struct Generators: Decodable {
        let xoshiroState: [String]
        let xoshiroOutputs: [String]
        let splitMixSeed: String
        let splitMixOutputs: [String]
        let seededSeed: String
        let seededOutputs: [String]
    }

    struct ElementaryFunctions: Decodable {
        let log: [[String]]
        let exp: [[String]]
        let logFactorial: [LogFactorialPoint]
    }

    struct LogFactorialPoint: Decodable {
        let n: Int
        let value: String

        init(from decoder: Decoder) throws {
            var pair = try decoder.unkeyedContainer()
            n = try pair.decode(Int.self)
            value = try pair.decode(String.self)
        }
    }

    /// A committed fixture. It can only be missing by mistake, so its absence fails the calling test.
    static func load<T: Decodable>(_ name: String, as type: T.Type, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/Random/\(name)", withExtension: "json"),
                                "committed fixture Fixtures/Random/\(name).json is missing from the test bundle",
                                file: file, line: line)
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    static func uint64s(_ strings: [String]) throws -> [UInt64] {
        try strings.map { text in
            guard let value = UInt64(text) else { throw CocoaError(.coderReadCorrupt) }
            return value
        }
    }
}
