import Foundation
@testable import Workshop
import XCTest
import TestSupport

/// The committed Workbooks/<exercise id>/ are exactly what the current code generates
/// (regenerate with scripts/make-exercise-workbooks).
final class CommittedWorkbookTests: XCTestCase {
    /// Keep in step with scripts/make-exercise-workbooks.
    static let participants = 3

    func testCommittedClassSetsMatchFreshBuilds() throws {
        let workbooks = Repository.root.appendingPathComponent("Workbooks")
        let scratch = try TemporaryFolder("workshop-committed").url
        defer { try? FileManager.default.removeItem(at: scratch) }
        let specs = try ExerciseFiles.specPaths()
        XCTAssertGreaterThanOrEqual(specs.count, 6)
        for path in specs {
            let spec = try ExerciseSpecLoader.load(path: path)
            let output = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: Self.participants),
                                                                into: scratch.appendingPathComponent(spec.id))
            for file in output.exerciseWorkbooks + output.answerKeys + output.taskResults + [output.overview] {
                let committed = workbooks.appendingPathComponent("\(spec.id)/\(file)")
                guard let expected = FileManager.default.contents(atPath: committed.path) else {
                    XCTFail("\(committed.path) is missing; run scripts/make-exercise-workbooks")
                    continue
                }
                let fresh = try Data(contentsOf: scratch.appendingPathComponent("\(spec.id)/\(file)"))
                XCTAssertEqual(fresh, expected, "\(spec.id)/\(file) differs; run scripts/make-exercise-workbooks")
            }
        }
    }
}
