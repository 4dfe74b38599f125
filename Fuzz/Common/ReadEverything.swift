import Foundation
import Tabular
import XLSXReader

/// Does everything the CLI does with a participant's workbook: open it, list the sheets, stream every
/// cell of every sheet (with formulas), read merged ranges and build a table. Typed errors are the
/// expected outcome for broken input; anything else (a trap, a sanitizer report, a hang) is a finding.
func readEverything(_ bytes: [UInt8]) {
    // Small limits keep every run fast while still exercising the limit checks themselves.
    let limits = ReadLimits(maxInflatedBytes: 64 << 20, maxCompressionRatio: 500, ratioCheckFloor: 1 << 20, maxTokenBytes: 1 << 20)
    guard let workbook = try? Workbook(data: Data(bytes), name: "fuzz.xlsx", limits: limits) else { return }
    _ = workbook.firstVisibleWorksheet
    for sheet in workbook.sheets {
        _ = try? workbook.sheet(named: sheet.name)
        if var cursor = try? workbook.cells(of: sheet, formulas: true) {
            _ = cursor.dimension
            _ = cursor.reservationHint
            while let cell = try? cursor.next() { _ = cell.address.a1 }
        }
        _ = try? workbook.mergedRanges(of: sheet)
        if let table = try? Table.read(workbook, sheet: sheet, options: TableOptions(coerceNumbers: true)) {
            for column in table.columns { _ = column.name }
        }
    }
}
