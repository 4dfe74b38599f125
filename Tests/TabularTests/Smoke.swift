import XCTest
@testable import Tabular

final class TabularSmokeTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
