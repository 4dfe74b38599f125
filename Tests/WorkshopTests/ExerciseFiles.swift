import Foundation
import TestSupport

/// Paths of the repository's exercise specs, found relative to this source file so tests run from any
/// working directory.
enum ExerciseFiles {
    static let exercisesFolder = Repository.root.appendingPathComponent("Exercises")

    static func specPaths() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: exercisesFolder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { exercisesFolder.appendingPathComponent($0).path }
    }
}
