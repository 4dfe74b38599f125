import SheetExport
import XCTest

final class SheetFileNameTests: XCTestCase {
    func testForbiddenCharactersLeadingDotsAndReservedNames() {
        let names = SheetFileName.names(
            for: ["集計/2024", "a<b>|c", ".hidden", "CON", "com1.data", "末尾. ", "", "x:y*z?\"w\\v"], extension: "csv")
        XCTAssertEqual(names, ["集計_2024.csv", "a_b__c.csv", "_hidden.csv", "CON_.csv", "com1.data_.csv",
                               "末尾.csv", "sheet7.csv", "x_y_z__w_v.csv"])
    }

    func testNamesThatCollideAfterCleaningOrByCaseGetNumbered() {
        XCTAssertEqual(SheetFileName.names(for: ["a/b", "a:b", "Data", "data"], extension: "tsv"),
                       ["a_b.tsv", "a_b (2).tsv", "Data.tsv", "data (2).tsv"])
    }
}
