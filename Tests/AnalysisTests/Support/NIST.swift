import Foundation
import XCTest
@testable import Analysis

/// A NIST StRD set copied into Fixtures/nist: the CSV columns and the certified JSON.
struct NISTDataset {
    struct Certified<Value: Decodable>: Decodable {
        let certified: Value
        let certifiedDigits: Value
        let model: Model?

        enum CodingKeys: String, CodingKey {
            case certified, model
            case certifiedDigits = "certified_digits"
        }
    }

    struct Model: Decodable {
        let terms: [String]
        let intercept: Bool
    }

    let name: String
    let columns: [String: [Double]]

    init(_ name: String) throws {
        self.name = name
        let lines = try Fixtures.text("nist/\(name).csv").split(whereSeparator: \.isNewline)
        let header = try XCTUnwrap(lines.first).split(separator: ",").map(String.init)
        var columns = [String: [Double]]()
        for line in lines.dropFirst() {
            for (key, field) in zip(header, line.split(separator: ",")) {
                columns[key, default: []].append(try XCTUnwrap(Double(field), "\(name): bad number \(field)"))
            }
        }
        self.columns = columns
    }

    func certified<Value: Decodable>(_ type: Value.Type) throws -> Certified<Value> {
        try Fixtures.decode(Certified<Value>.self, from: "nist/\(name).json")
    }
}

/// Log relative error −log10(|est − cert|/|cert|) (−log10|est| when cert = 0), capped at the
/// certified digits and floored at 0, as NIST's `lre.py`.
func logRelativeError(_ estimate: Double, certified: Double, digits: Double) -> Double {
    let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    guard error > 0 else { return digits }
    guard error.isFinite else { return 0 }
    return max(0, min(digits, -log10(error)))
}

/// Parses a fixture's term text: `x`, `x1`, `x^3`.
func parseTerm(_ text: String) throws -> Term {
    let parts = text.split(separator: "^")
    let power = parts.count == 2 ? try XCTUnwrap(Int(parts[1])) : 1
    return Term(String(parts[0]), power: power)
}
