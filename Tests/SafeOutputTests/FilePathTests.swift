@testable import SafeOutput
import XCTest

/// The folder of a destination decides where the temporary file goes and which folder must be writable.
final class FilePathTests: XCTestCase {
    func testFolderOfABareNameIsTheWorkingFolder() {
        XCTAssertEqual(FilePath.folder(of: "out.csv"), ".")
        XCTAssertEqual(FilePath.folder(of: "/out.csv"), "/")
        XCTAssertEqual(FilePath.folder(of: "results/2024/out.csv"), "results/2024")
    }

    func testNameAndJoin() {
        XCTAssertEqual(FilePath.name(of: "results/名簿.csv"), "名簿.csv")
        XCTAssertEqual(FilePath.joined("/", "x"), "/x")
        XCTAssertEqual(FilePath.joined("a/b", "x"), "a/b/x")
    }
}
