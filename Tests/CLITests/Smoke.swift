import XCTest
@testable import bunseki

final class bunsekiSmokeTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
