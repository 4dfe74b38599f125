import Foundation
import Workbench
import XCTest
@testable import bunseki

/// The address `bunseki serve --lan` prints is one participants can open: the bound host when `--host` names one.
final class ServeBannerTests: XCTestCase {
    func testANamedHostIsTheOnlyAddressPrinted() {
        let bound = ServeBanner.text(configuration: WorkbenchConfiguration(host: "127.0.0.1", lan: true, accessCode: "1234"), port: 8080)
        let urls = bound.split(separator: "\n").filter { $0.contains("http://") }
        XCTAssertEqual(urls, ["  http://127.0.0.1:8080/"])
        XCTAssertTrue(bound.contains("1234"))
        let everywhere = ServeBanner.text(configuration: WorkbenchConfiguration(host: "0.0.0.0", lan: true, accessCode: "1234"), port: 8080)
        XCTAssertFalse(everywhere.contains("0.0.0.0"), "all interfaces is not an address to open: \(everywhere)")
    }
}
