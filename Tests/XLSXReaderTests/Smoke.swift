import XCTest
@testable import XLSXReader

final class XLSXReaderSmokeTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
