@testable import Workshop
import XCTest

final class TaskDataTests: XCTestCase {
    /// A hand-made dataset whose expected extracts can be read off directly.
    private let data = GeneratedDataset(exerciseID: "t", variant: 1, seed: 0, columns: [
        GeneratedColumn(name: "g", role: .categorical(labels: ["a", "b", "c"]),
                        values: [.label("a"), .label("b"), nil, .label("a")], cells: []),
        GeneratedColumn(name: "h", role: .categorical(labels: ["x", "y"]),
                        values: [.label("x"), .label("x"), .label("y"), .label("y")], cells: []),
        GeneratedColumn(name: "x", role: .numeric, values: [.number(1), nil, .number(3), .number(4)], cells: []),
        GeneratedColumn(name: "y", role: .numeric, values: [.number(10), .number(20), nil, .number(40)], cells: []),
    ])

    func testCompleteColumnsDropRowsWithAnyBlank() {
        XCTAssertEqual(TaskData(dataset: data).completeColumns(["x", "y"]), [[1, 4], [10, 40]])
        XCTAssertEqual(TaskData(dataset: data).completeColumns(["x"]), [[1, 3, 4]])
    }

    func testGroupsFollowTheRequestedLabelOrder() {
        let groups = TaskData(dataset: data).groups(value: "y", by: "g", labels: ["b", "a"])
        XCTAssertEqual(groups.map(\.label), ["b", "a"])
        XCTAssertEqual(groups.map(\.values), [[20], [10, 40]])
    }

    func testContingencyTableDropsAbsentLabelsAndIncompleteRows() {
        let table = TaskData(dataset: data).contingencyTable(rows: "g", columns: "h")
        XCTAssertEqual(table.rowLabels, ["a", "b"])
        XCTAssertEqual(table.columnLabels, ["x", "y"])
        XCTAssertEqual(table.counts, [[1, 1], [1, 0]])
    }
}
