import Foundation
import SheetExport
import XCTest

final class JSONExporterTests: XCTestCase {
    private func exported(sheet: Int) throws -> [String: Any] {
        let workbook = try TestFiles.fixture()
        let sink = MemorySink()
        try JSONExporter().export(workbook.sheets[sheet], of: workbook, to: sink)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
    }

    func testEveryNonEmptyCellWithTypeValueAndFormula() throws {
        let json = try exported(sheet: 0)
        XCTAssertEqual(json["format"] as? String, "bunseki-cells")
        XCTAssertEqual(json["version"] as? Int, 1)
        XCTAssertEqual(json["dateSystem"] as? String, "1900")
        let sheet = try XCTUnwrap(json["sheet"] as? [String: Any])
        XCTAssertEqual(sheet["name"] as? String, "名簿")
        XCTAssertEqual(sheet["index"] as? Int, 1)
        XCTAssertEqual(sheet["state"] as? String, "visible")
        let cells = try XCTUnwrap(json["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["address"] as? String },
                       ["A1", "B1", "C1", "D1", "E1", "A2", "B2", "C2", "D2", "E2", "A4", "B4", "C4", "D4", "E4", "A5", "C5"])
        let byAddress = Dictionary(uniqueKeysWithValues: cells.map { ($0["address"] as? String ?? "", $0) })
        XCTAssertEqual(byAddress["A2"]?["value"] as? String, "髙橋①")
        XCTAssertEqual(byAddress["B2"]?["type"] as? String, "date")
        XCTAssertEqual(byAddress["B2"]?["value"] as? String, "2024-04-01")
        XCTAssertEqual(byAddress["B2"]?["serial"] as? Double, 45383)
        XCTAssertEqual(byAddress["C2"]?["type"] as? String, "duration")
        XCTAssertEqual(byAddress["C2"]?["value"] as? String, "36:00:00")
        XCTAssertEqual(byAddress["D2"]?["value"] as? String, "a,\"b\"\nc")
        XCTAssertEqual(byAddress["E2"]?["type"] as? String, "bool")
        XCTAssertEqual(byAddress["E2"]?["value"] as? Bool, true)
        XCTAssertEqual(byAddress["A4"]?["type"] as? String, "number")
        XCTAssertEqual(byAddress["A4"]?["value"] as? Double, 0.1)
        XCTAssertEqual(byAddress["A4"]?["formula"] as? String, "0.05*2")
        XCTAssertEqual(byAddress["C4"]?["type"] as? String, "error")
        XCTAssertEqual(byAddress["C4"]?["value"] as? String, "#DIV/0!")
        XCTAssertEqual(byAddress["D4"]?["type"] as? String, "empty")
        XCTAssertTrue(byAddress["D4"]?["value"] is NSNull)
        XCTAssertEqual(byAddress["D4"]?["formula"] as? String, "A4*2")
        XCTAssertNil(byAddress["A5"]?["formula"])
        XCTAssertEqual(byAddress["C5"]?["value"] as? String, "𠮷野家")
    }

    func testHiddenSheetStateAndMergedRanges() throws {
        let json = try exported(sheet: 1)
        let sheet = try XCTUnwrap(json["sheet"] as? [String: Any])
        XCTAssertEqual(sheet["name"] as? String, "a<b>|c")
        XCTAssertEqual(sheet["state"] as? String, "hidden")
        XCTAssertEqual(json["mergedRanges"] as? [String], ["A1:B2"])
    }
}
