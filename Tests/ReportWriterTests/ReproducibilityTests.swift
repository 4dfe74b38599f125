import Foundation
import Report
import ReportWriter
import XCTest
import TestSupport

/// The same report gives the same bytes, whenever it is written.
final class ReproducibilityTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testSameDocumentGivesIdenticalBytes() throws {
        let first = folder.file("first.xlsx")
        let second = folder.file("second.xlsx")
        try ReportWriter().write(SampleReport.document(), to: first)
        // Cross a second boundary so any timestamp taken from the clock would differ.
        Thread.sleep(forTimeInterval: 1.1)
        try ReportWriter().write(SampleReport.document(), to: second)
        let firstBytes = try Data(contentsOf: first)
        XCTAssertGreaterThan(firstBytes.count, 1000)
        XCTAssertEqual(firstBytes, try Data(contentsOf: second))
    }

    func testCreationTimeComesFromTheDocument() throws {
        var later = SampleReport.document()
        later.properties.created = Date(timeIntervalSince1970: 1_700_000_000)
        try ReportWriter().write(SampleReport.document(), to: folder.file("fixed.xlsx"))
        try ReportWriter().write(later, to: folder.file("later.xlsx"))
        XCTAssertNotEqual(try Data(contentsOf: folder.file("fixed.xlsx")), try Data(contentsOf: folder.file("later.xlsx")))
    }
}
