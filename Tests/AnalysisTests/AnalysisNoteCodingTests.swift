import Foundation
import XCTest
@testable import Analysis

/// The notes of every tool share one type; its JSON must keep the shape readers already parse
/// (`subject`, and `reason` keyed by the reason's name with its values inside).
final class AnalysisNoteCodingTests: XCTestCase {
    private func json(_ note: AnalysisNote) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(note), as: UTF8.self)
    }

    func testReasonsEncodeUnderTheirNamesWithTheirValues() throws {
        XCTAssertEqual(try json(AnalysisNote(subject: "df", reason: .welchDegreesOfFreedomRounded(exact: 3.5, rounded: 4))),
                       #"{"reason":{"welchDegreesOfFreedomRounded":{"exact":3.5,"rounded":4}},"subject":"df"}"#)
        XCTAssertEqual(try json(AnalysisNote(subject: "kurtosis", reason: .needsAtLeast(4))),
                       #"{"reason":{"needsAtLeast":{"_0":4}},"subject":"kurtosis"}"#)
        XCTAssertEqual(try json(AnalysisNote(subject: "F", reason: .zeroErrorVariance)),
                       #"{"reason":{"zeroErrorVariance":{}},"subject":"F"}"#)
    }

    func testNotesRoundTrip() throws {
        let notes = [AnalysisNote(subject: "t Stat", reason: .zeroVariance),
                     AnalysisNote(subject: "expected counts", reason: .expectedCountBelowFive(cells: 2, smallest: 4.5)),
                     AnalysisNote(subject: "x2", reason: .aliased(with: ["x1"]))]
        let decoded = try JSONDecoder().decode([AnalysisNote].self, from: JSONEncoder().encode(notes))
        XCTAssertEqual(decoded, notes)
    }
}
