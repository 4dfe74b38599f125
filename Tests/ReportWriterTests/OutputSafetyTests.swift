import Foundation
import Report
import ReportWriter
import SafeOutput
import XCTest
import TestSupport

/// The writer puts workbooks in place through `SafeOutput` (whose refusals are tested in SafeOutputTests):
/// here, that it passes the refusals on, hands it the inputs, and removes libxlsxwriter's half-made file.
final class OutputSafetyTests: XCTestCase {
    private var folder: TemporaryFolder!
    private let document = ReportDocument(sheets: [
        ReportSheet(name: "Data", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .title("x"))]),
    ])

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testExistingOutputIsKeptWithoutOverwrite() throws {
        let output = folder.file("result.xlsx")
        try Data("keep me".utf8).write(to: output)
        XCTAssertThrowsError(try ReportWriter().write(document, to: output)) { error in
            XCTAssertEqual(error as? ReportWriterError, .output(.destinationExists(path: output.path)))
        }
        XCTAssertEqual(try Data(contentsOf: output), Data("keep me".utf8))
        XCTAssertEqual(try folder.contents(), ["result.xlsx"], "no temporary file is left behind")
    }

    func testOverwriteReplacesExistingOutput() throws {
        let output = folder.file("result.xlsx")
        try Data("old".utf8).write(to: output)
        try ReportWriter(overwrite: true).write(document, to: output)
        XCTAssertEqual(try Data(contentsOf: output).prefix(2), Data("PK".utf8), "now a zip package")
        XCTAssertEqual(try folder.contents(), ["result.xlsx"])
    }

    /// The writer standardizes URLs before comparing, so a `..` spelling of the input is caught too.
    func testWritingTheInputIsRefusedEvenWithOverwrite() throws {
        let input = folder.file("team.xlsx")
        try Data("participant data".utf8).write(to: input)
        try FileManager.default.createDirectory(at: folder.file("sub"), withIntermediateDirectories: true)
        let viaDotDot = folder.url.appendingPathComponent("sub/../team.xlsx")
        XCTAssertThrowsError(try ReportWriter(inputs: [input], overwrite: true).write(document, to: viaDotDot)) { error in
            XCTAssertEqual(error as? ReportWriterError, .output(.destinationIsInput(path: input.path)))
        }
        XCTAssertEqual(try Data(contentsOf: input), Data("participant data".utf8))
    }

    func testFailedRenderingLeavesNoFileBehind() throws {
        let origin = CellAddress(row: 0, column: 0)
        let broken: [(ReportDocument, ReportWriterError)] = [
            (ReportDocument(sheets: [ReportSheet(name: "bad/name")]),
             .invalidSheetName(name: "bad/name", reason: "")),
            (ReportDocument(sheets: [ReportSheet(name: "Twice"), ReportSheet(name: "twice")]),
             .invalidSheetName(name: "twice", reason: "")),
            (ReportDocument(sheets: [ReportSheet(name: "S", blocks: [ReportBlock(at: origin, .title("a")),
                                                                     ReportBlock(at: origin, .title("b"))])]),
             .invalidLayout(.overlappingCells(sheet: "S", cell: "A1"))),
            (ReportDocument(sheets: [ReportSheet(name: "S", charts: [
                ChartSpec(kind: .line, title: "T", series: [.init(values: CellRange.column(0, rows: 0..<3, on: "Gone"))],
                          anchor: origin)])]),
             .chartReferencesUnknownSheet(sheet: "S", chart: "T", referencedSheet: "Gone")),
        ]
        let output = folder.file("result.xlsx")
        for (document, expected) in broken {
            XCTAssertThrowsError(try ReportWriter().write(document, to: output)) { error in
                XCTAssertEqual((error as? ReportWriterError).map(Self.ignoringReason), Self.ignoringReason(expected))
            }
            XCTAssertEqual(try folder.contents(), [], "nothing at the target, no temporary file")
        }
    }

    func testSuccessfulWriteLeavesOnlyTheResult() throws {
        try ReportWriter().write(document, to: folder.file("result.xlsx"))
        XCTAssertEqual(try folder.contents(), ["result.xlsx"])
    }

    /// libxlsxwriter's wording of a reason is not ours to pin down; the case and its subject are.
    private static func ignoringReason(_ error: ReportWriterError) -> ReportWriterError {
        if case .invalidSheetName(let name, _) = error { return .invalidSheetName(name: name, reason: "") }
        return error
    }
}
