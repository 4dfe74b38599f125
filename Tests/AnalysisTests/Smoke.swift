import XCTest
@testable import Analysis

final class AnalysisSmokeTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
