import Foundation
import TestSupport

/// A workbook for the upload tests whose one sheet part inflates about 688 times over (a zip bomb): the start of a
/// sheet with one row, then blank space repeated by `DeflateBomb`.
enum ZipFixture {
    /// About `megabytes` MiB of sheet once inflated, past the reader's ratio limit of 500.
    static func bomb(megabytes: Int) -> Data {
        let prefix = Array(("<worksheet xmlns=\"\(MinimalPackage.spreadsheetNamespace)\"><sheetData>"
                            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>      ").utf8)
        let bomb = DeflateBomb.make(prefix: prefix, matchGroups: (megabytes << 20) / 2064)
        return Data(MinimalPackage.bytes(deflating: .sheet, bomb, claimedSize: UInt32(bomb.inflatedSize)))
    }
}
