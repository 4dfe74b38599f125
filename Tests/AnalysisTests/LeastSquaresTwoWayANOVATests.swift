import XCTest
@testable import Analysis

/// Two-factor ANOVA of long-format data against statsmodels (scripts/reference/anova2_statsmodels.py),
/// against the ToolPak formulas of `TwoWayANOVA` on balanced data, and its refusals.
final class LeastSquaresTwoWayANOVATests: XCTestCase {
    private struct Row: Decodable {
        let ss: Double
        let df: Double
        let f: Double?
        let p: Double?
    }

    private struct Design: Decodable {
        let name, value, first, second: String
        let y: [Double?]
        let a, b: [String?]
        let type2, type3, additive: [String: Row]
    }

    private struct File: Decodable { let designs: [Design] }

    private func designs() throws -> [Design] {
        try Fixtures.decode(File.self, from: "anova2_statsmodels.json").designs
    }

    private func compute(_ design: Design, interaction: Bool = true,
                         type: SumsOfSquaresType = .typeII) throws -> LeastSquaresTwoWayANOVA {
        try LeastSquaresTwoWayANOVA.compute(value: Variable(name: design.value, values: design.y),
                                            first: CategoricalVariable(name: design.first, labels: design.a),
                                            second: CategoricalVariable(name: design.second, labels: design.b),
                                            interaction: interaction, sumsOfSquares: type)
    }

    func testSumsOfSquaresFAndPAgreeWithStatsmodelsWithinOneInABillion() throws {
        var largest = (0.0, "")
        for design in try designs() {
            let runs: [(String, LeastSquaresTwoWayANOVA, [String: Row])] = [
                ("II", try compute(design), design.type2),
                ("III", try compute(design, type: .typeIII), design.type3),
                ("additive", try compute(design, interaction: false), design.additive),
            ]
            for (label, result, reference) in runs {
                let rows: [(String, ANOVASource?)] = [("first", result.first), ("second", result.second),
                                                      ("interaction", result.interaction), ("residual", result.within)]
                XCTAssertEqual(Set(rows.filter { $0.1 != nil }.map(\.0)), Set(reference.keys).subtracting(["intercept"]),
                               "\(design.name) \(label)")
                for (name, source) in rows {
                    guard let source, let expected = reference[name] else { continue }
                    let place = "\(design.name) \(label) \(name)"
                    XCTAssertEqual(Double(source.degreesOfFreedom), expected.df, place)
                    var pairs = [("SS", source.sumOfSquares, expected.ss)]
                    if let f = expected.f, let p = expected.p {
                        pairs += [("F", try XCTUnwrap(source.f, place), f), ("p", try XCTUnwrap(source.pValue, place), p)]
                    }
                    for (figure, ours, theirs) in pairs {
                        let error = relativeError(ours, theirs)
                        XCTAssertLessThanOrEqual(error, 1e-9, "\(place) \(figure): \(ours) vs \(theirs)")
                        if error > largest.0 { largest = (error, "\(place) \(figure)") }
                    }
                }
            }
        }
        print("largest relative difference from statsmodels: \(largest.0) at \(largest.1)")
    }

    func testTypesDifferOnUnbalancedDataAndAgreeOnBalancedData() throws {
        let all = try designs()
        let unbalanced = try XCTUnwrap(all.first { $0.name == "unbalanced_2x3" })
        let (two, three) = (try compute(unbalanced), try compute(unbalanced, type: .typeIII))
        XCTAssertFalse(two.table.isBalanced)
        XCTAssertGreaterThan(relativeError(two.first.sumOfSquares, three.first.sumOfSquares), 0.01)
        XCTAssertEqual(two.interaction, three.interaction)
        let balanced = try XCTUnwrap(all.first { $0.name == "balanced_3x2" })
        let (balancedTwo, balancedThree) = (try compute(balanced), try compute(balanced, type: .typeIII))
        XCTAssertTrue(balancedTwo.table.isBalanced)
        XCTAssertEqual(balancedTwo.first.sumOfSquares, balancedThree.first.sumOfSquares,
                       accuracy: 1e-13 * balancedTwo.first.sumOfSquares)
    }

    /// On a balanced design the least-squares sums are the ToolPak's closed-form sums: both are computed in
    /// double-double, so the rounded figures coincide.
    func testBalancedInputReproducesTheToolPakTool() throws {
        let design = try XCTUnwrap(try designs().first { $0.name == "balanced_3x2" })
        let result = try compute(design)
        let table = result.table
        var cells = Array(repeating: Array(repeating: [Double](), count: table.secondLevels.count), count: table.firstLevels.count)
        for (value, (a, b)) in zip(design.y, zip(design.a, design.b)) {
            guard let value, let a, let b, let i = table.firstLevels.firstIndex(of: a),
                  let j = table.secondLevels.firstIndex(of: b) else { continue }
            cells[i][j].append(value)
        }
        let toolPak = try TwoWayANOVA.compute(cells: cells, rowNames: table.firstLevels, columnNames: table.secondLevels)
        let pairs: [(String, ANOVASource?, ANOVASource)] = [
            ("first", result.first, toolPak.rows), ("second", result.second, toolPak.columns),
            ("interaction", result.interaction, toolPak.interaction), ("within", result.within, toolPak.within),
            ("total", result.total, toolPak.total),
        ]
        for (name, ours, theirs) in pairs {
            let ours = try XCTUnwrap(ours, name)
            XCTAssertEqual(ours.degreesOfFreedom, theirs.degreesOfFreedom, name)
            XCTAssertEqual(ours.sumOfSquares, theirs.sumOfSquares, name)
            XCTAssertEqual(ours.meanSquare, theirs.meanSquare, name)
            XCTAssertEqual(ours.f, theirs.f, name)
            XCTAssertEqual(ours.pValue, theirs.pValue, name)
            XCTAssertEqual(ours.fCritical, theirs.fCritical, name)
        }
        for i in cells.indices {
            for j in cells[i].indices {
                XCTAssertEqual(table.cells[i][j].count, toolPak.cells[i][j].count)
                XCTAssertEqual(table.cells[i][j].mean, toolPak.cells[i][j].mean)
            }
        }
    }

    // 本庁 × 月 {10, 12}, 本庁 × 火 {20}, 支所 × 月 {5, 7, 9}, 支所 × 火 {14, 16}.
    private let value = Variable(name: "待ち時間", values: [10, 12, 20, 5, 7, 9, 14, 16, nil, 30])
    private let office = CategoricalVariable(name: "窓口", labels: ["本庁", "本庁", "本庁", "支所", "支所", "支所", "支所", "支所",
                                                                   "本庁", nil])
    private let day = CategoricalVariable(name: "曜日", labels: ["月", "月", "火", "月", "月", "月", "火", "火", "火", "月"])

    func testCellTableAndDroppedRowsByHand() throws {
        let result = try LeastSquaresTwoWayANOVA.compute(value: value, first: office, second: day,
                                                         rowLabels: (2...11).map(String.init))
        let table = result.table
        XCTAssertEqual(table.firstLevels, ["本庁", "支所"])
        XCTAssertEqual(table.secondLevels, ["月", "火"])
        XCTAssertEqual(table.cells.map { $0.map(\.count) }, [[2, 1], [3, 2]])
        XCTAssertEqual(table.cells.map { $0.map(\.mean) }, [[11, 20], [7, 15]])
        XCTAssertEqual(table.cells[1][0].standardDeviation, 2)
        XCTAssertEqual(table.cells[0][1].standardDeviation, nil)
        XCTAssertEqual(table.firstMargins.map(\.mean), [14, 51.0 / 5])
        XCTAssertEqual(table.secondMargins.map(\.count), [5, 3])
        XCTAssertEqual(table.overall.count, 8)
        XCTAssertEqual(result.droppedRows.map(\.label), ["10", "11"])
        XCTAssertEqual(result.droppedRows.map(\.missingVariables), [["待ち時間"], ["窓口"]])
        // Within = Σ cell DEVSQ = 2 + 0 + 8 + 2 = 12 on 8 − 4 df; Total = DEVSQ of the eight values.
        XCTAssertEqual(result.within.sumOfSquares, 12, accuracy: 1e-12)
        XCTAssertEqual(result.within.degreesOfFreedom, 4)
        XCTAssertEqual(result.total.sumOfSquares, 169.875, accuracy: 1e-12)
        XCTAssertEqual(result.interaction?.name, "窓口 × 曜日")
    }

    func testAnEmptyCombinationIsNamedWhenTheInteractionIsModelled() throws {
        let labels = CategoricalVariable(name: "曜日", labels: ["月", "月", "火", "月", "月", "月", "月", "月", "火", "月"])
        XCTAssertThrowsError(try LeastSquaresTwoWayANOVA.compute(value: value, first: office, second: labels)) {
            XCTAssertEqual($0 as? AnalysisError, .emptyCell(first: "窓口", firstLevel: "支所", second: "曜日", secondLevel: "火"))
        }
        let additive = try LeastSquaresTwoWayANOVA.compute(value: value, first: office, second: labels, interaction: false)
        XCTAssertNil(additive.interaction)
        XCTAssertEqual(additive.within.degreesOfFreedom, 8 - 3)
    }

    func testFactorsThatCannotBeSeparatedAreRefused() throws {
        let same = CategoricalVariable(name: "曜日", labels: ["月", "月", "月", "火", "火", "火", "火", "火", nil, nil])
        XCTAssertThrowsError(try LeastSquaresTwoWayANOVA.compute(value: value, first: office, second: same, interaction: false)) {
            XCTAssertEqual($0 as? AnalysisError, .confoundedFactors(first: "窓口", second: "曜日"))
        }
    }

    func testOneLevelOrNoResidualIsRefused() throws {
        let single = CategoricalVariable(name: "曜日", labels: Array(repeating: "月", count: 10))
        XCTAssertThrowsError(try LeastSquaresTwoWayANOVA.compute(value: value, first: office, second: single)) {
            XCTAssertEqual($0 as? AnalysisError, .singleCategory(variable: "曜日", level: "月"))
        }
        let fourRows = Variable(name: "y", values: [1, 2, 3, 4])
        XCTAssertThrowsError(try LeastSquaresTwoWayANOVA.compute(
            value: fourRows, first: CategoricalVariable(name: "a", labels: ["x", "x", "y", "y"]),
            second: CategoricalVariable(name: "b", labels: ["p", "q", "p", "q"]))) {
            XCTAssertEqual($0 as? AnalysisError, .tooFewObservations(procedure: .twoFactorCases(first: "a", second: "b"), needed: 5, found: 4))
        }
    }

    /// An ID-like factor is refused by its level count before any model is fitted.
    func testAFactorOfTooManyLevelsIsRefused() throws {
        let rows = 400
        let values = Variable(name: "v", values: (0..<rows).map { Double($0 % 7) })
        let id = CategoricalVariable(name: "ID", labels: (0..<rows).map { "id\($0 % 200)" })
        let group = CategoricalVariable(name: "区分", labels: (0..<rows).map { $0 % 2 == 0 ? "a" : "b" })
        XCTAssertThrowsError(try LeastSquaresTwoWayANOVA.compute(value: values, first: group, second: id)) {
            XCTAssertEqual($0 as? AnalysisError, .tooManyCategories(variable: "ID", levels: 200, limit: DummyCoding.maximumLevels))
        }
    }

    func testConstantCellsLeaveFUndefinedWithANote() throws {
        let result = try LeastSquaresTwoWayANOVA.compute(
            value: Variable(name: "y", values: [1, 1, 2, 2, 3, 3, 5]),
            first: CategoricalVariable(name: "a", labels: ["x", "x", "y", "y", "x", "x", "y"]),
            second: CategoricalVariable(name: "b", labels: ["p", "p", "p", "p", "q", "q", "q"]))
        XCTAssertEqual(result.within.sumOfSquares, 0)
        XCTAssertNil(result.first.f)
        XCTAssertEqual(result.notes, [AnalysisNote(subject: "F", reason: .zeroErrorVariance)])
    }
}
