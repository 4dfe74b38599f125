import Foundation
import Procedures
import Tabular
@testable import Workshop
import XCTest

/// The answer keys' input: the true values as the participant's cleaned データ sheet reads, and the task's keys
/// as the procedure's settings.
final class TaskTableTests: XCTestCase {
    /// A hand-made dataset whose expected extracts can be read off directly.
    private let data = GeneratedDataset(exerciseID: "t", variant: 1, seed: 0, columns: [
        GeneratedColumn(name: "g", role: .categorical(labels: ["a", "b", "c"]),
                        values: [.label("a"), .label("b"), nil, .label("a"), .label("b"), .label("c")], cells: []),
        GeneratedColumn(name: "h", role: .categorical(labels: ["x", "y"]),
                        values: [.label("x"), .label("x"), .label("y"), .label("y"), .label("y"), .label("x")], cells: []),
        GeneratedColumn(name: "x", role: .numeric, values: [.number(1), nil, .number(3), .number(4), .number(2), .number(9)],
                        cells: []),
        GeneratedColumn(name: "y", role: .numeric, values: [.number(10), .number(20), nil, .number(40), .number(25), .number(7)],
                        cells: []),
    ])

    private func task(_ json: String) throws -> TaskSpec {
        try JSONDecoder().decode(TaskSpec.self, from: Data("""
            {"id": "t", "instructions": "…", "figures": [], \(json)}
            """.utf8))
    }

    func testTheSheetHoldsTheTrueValuesBelowTheHeaders() throws {
        let table = try TaskTable(dataset: data).input.table
        XCTAssertEqual(table.sheetName, "データ")
        XCTAssertEqual(table.columns.map(\.name), ["g", "h", "x", "y"])
        XCTAssertEqual(table.rowNumbers, [2, 3, 4, 5, 6, 7])
        XCTAssertEqual(try table.numericData(["x", "y"]).values, [[1, nil, 3, 4, 2, 9], [10, 20, nil, 40, 25, 7]])
    }

    func testTheOrderSettingListsTheSpecsLabelsThatOccur() throws {
        let sparse = GeneratedDataset(exerciseID: "t", variant: 1, seed: 0, columns: [
            GeneratedColumn(name: "g", role: .categorical(labels: ["c", "a", "b"]), values: [.label("a"), .label("c")], cells: []),
        ])
        XCTAssertEqual(try TaskTable(dataset: sparse).order("g"), ["g=c,a"])
        XCTAssertEqual(try TaskTable(dataset: sparse).order("g", ["a", "b"]), ["g=a"])
        XCTAssertThrowsError(try TaskTable.list(["a,b", "c"]))
    }

    /// The listwise deletion is the procedure's: a blank in any column the task uses drops the row.
    func testRegressionLeavesOutRowsWithABlank() throws {
        let fit = try RegressionSolver.fit(try task(#""analysis": "regression", "response": "y", "predictors": ["x"]"#),
                                           data: TaskTable(dataset: data))
        XCTAssertEqual(fit.fit.sourceRows, [2, 5, 6, 7])
        XCTAssertEqual(fit.result.droppedRows.count, 2)
    }

    /// An analysis of variance of some of the groups compares those only, in the task's order.
    func testAnovaComparesTheListedGroupsInTheirOrder() throws {
        let solution = try ANOVASolver.analyse(
            try task(#""analysis": "anova", "value": "y", "group": "g", "groups": ["b", "a"]"#), data: TaskTable(dataset: data))
        let (anova, groups) = (solution.anova, solution.groups)
        XCTAssertEqual(groups.map(\.name), ["b", "a"])
        XCTAssertEqual(groups.map { $0.values.compactMap { $0 } }, [[20, 25], [10, 40]])
        XCTAssertEqual(anova.groups.map(\.count), [2, 2])
    }

    func testCrossTabulationDropsIncompleteRowsAndAbsentLabels() throws {
        let sparse = GeneratedDataset(exerciseID: "t", variant: 1, seed: 0, columns: [
            GeneratedColumn(name: "g", role: .categorical(labels: ["a", "b", "c"]),
                            values: [.label("b"), .label("a"), nil, .label("a")], cells: []),
            GeneratedColumn(name: "h", role: .categorical(labels: ["x", "y"]),
                            values: [.label("x"), .label("x"), .label("y"), .label("y")], cells: []),
        ])
        let table = try CrosstabSolver.tabulate(try task(#""analysis": "crosstab", "rows": "g", "columns": "h""#),
                                                data: TaskTable(dataset: sparse)).table
        XCTAssertEqual(table.rowLabels, ["a", "b"])
        XCTAssertEqual(table.columnLabels, ["x", "y"])
        XCTAssertEqual(table.observed, [[1, 1], [1, 0]])
    }

    /// A task the tool refuses fails with the tool's own sentence about it, in Japanese and English, not a program's
    /// account of the error (which the Japanese warning used to embed).
    func testAFailureIsTheToolsOwnSentenceInBothLanguages() throws {
        let blank = GeneratedDataset(exerciseID: "t", variant: 1, seed: 0, columns: data.columns + [
            GeneratedColumn(name: "z", role: .numeric, values: Array(repeating: nil, count: 6), cells: []),
        ])
        let describe = try task(#""analysis": "describe", "variable": "z""#)
        XCTAssertThrowsError(try DescribeSolver().solve(describe, data: TaskTable(dataset: blank))) { error in
            let expected = ProcedureError.noNumbers(file: "t", sheet: "データ", column: "z")
            XCTAssertEqual((error as? SolverFailure)?.reason,
                           LocalizedText(ja: ErrorMessages.sentence(for: expected, language: .ja),
                                         en: ErrorMessages.sentence(for: expected, language: .en)))
        }
    }
}
