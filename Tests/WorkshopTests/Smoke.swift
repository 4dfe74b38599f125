import XCTest
@testable import Workshop

final class WorkshopSmokeTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
