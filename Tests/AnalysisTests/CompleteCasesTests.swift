import XCTest
@testable import Analysis

final class CompleteCasesTests: XCTestCase {
    func testListwiseDeletionReportsDroppedRows() throws {
        let x = Variable(name: "x", values: [1, nil, 3, 4, .nan])
        let y = Variable(name: "y", values: [10, 20, nil, 40, 50])
        let cases = try CompleteCases([x, y], rowLabels: ["A2", "A3", "A4", "A5", "A6"])
        XCTAssertEqual(cases.columns, [[1, 4], [10, 40]])
        XCTAssertEqual(cases.keptLabels, ["A2", "A5"])
        XCTAssertEqual(cases.count, 2)
        XCTAssertEqual(cases.dropped.map(\.label), ["A3", "A4", "A6"])
        XCTAssertEqual(cases.dropped.map(\.missingVariables), [["x"], ["y"], ["x"]])
        XCTAssertEqual(cases.dropped.map(\.index), [1, 2, 4])
    }

    func testDefaultLabelsAreOneBasedPositions() throws {
        let cases = try CompleteCases([Variable(name: "a", values: [nil, 2])])
        XCTAssertEqual(cases.dropped.first?.label, "1")
        XCTAssertEqual(cases.keptLabels, ["2"])
    }

    func testLengthMismatchThrows() {
        XCTAssertThrowsError(try CompleteCases([Variable(name: "a", values: [1]), Variable(name: "b", values: [1, 2])])) {
            XCTAssertEqual($0 as? AnalysisError, .lengthMismatch(variable: "b", expected: 1, found: 2))
        }
        XCTAssertThrowsError(try CompleteCases([Variable(name: "a", values: [1])], rowLabels: []))
    }

    func testKeptIndicesAreTheRowsNotDropped() throws {
        let x = Variable(name: "x", values: [1, nil, 3, .nan, 5, 6])
        let y = Variable(name: "y", values: [1, 2, nil, 4, 5, 6])
        let cases = try CompleteCases([x, y])
        let kept = CompleteCases.keptIndices(rowCount: 6, dropped: cases.dropped)
        XCTAssertEqual(kept, [0, 4, 5])
        // The kept positions pick out exactly the complete values.
        XCTAssertEqual(kept.map { x.values[$0]! }, cases.columns[0])
        XCTAssertEqual(CompleteCases.keptIndices(rowCount: 3, dropped: []), [0, 1, 2])
    }

    /// The kept values of any column: the rows not dropped, in order; with nothing dropped the column itself, its
    /// storage shared rather than copied (a data sheet of a million rows takes its columns this way).
    func testKeptValuesShareTheColumnWhenNothingWasDropped() throws {
        let x = Variable(name: "x", values: [1, nil, 3, .nan, 5, 6])
        let y = Variable(name: "y", values: [1, 2, nil, 4, 5, 6])
        let cases = try CompleteCases([x, y])
        XCTAssertEqual(CompleteCases.kept(["a", "b", "c", "d", "e", "f"], dropped: cases.dropped), ["a", "e", "f"])
        let column: [Double?] = [1, 2, 3]
        let kept = CompleteCases.kept(column, dropped: [])
        XCTAssertEqual(kept, column)
        column.withUnsafeBufferPointer { original in
            kept.withUnsafeBufferPointer { XCTAssertEqual($0.baseAddress, original.baseAddress, "the same storage") }
        }
    }
}
