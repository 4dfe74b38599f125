import Foundation
import XCTest
import XLSXReader
#if canImport(Glibc)
import Glibc
#endif

/// Reading helpers: every cell of the first sheet, with the time it took and the peak memory it added.
enum Reading {
    /// All cells of the first sheet of the package `bytes`, keyed by A1 address.
    static func cells(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) throws -> [String: CellValue] {
        let workbook = try Workbook(data: Data(bytes), name: "test.xlsx", limits: limits)
        guard let sheet = workbook.sheets.first else { return [:] }
        var cursor = try workbook.cells(of: sheet)
        var cells: [String: CellValue] = [:]
        while let cell = try cursor.next() { cells[cell.address.a1] = cell.value }
        return cells
    }

    /// The error `body` throws, failing the test when it returns normally.
    static func error(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> Error? {
        do {
            try body()
            XCTFail("expected an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }
}

/// Wall-clock time and growth of the process's peak resident set while running a body.
struct Footprint {
    let seconds: Double
    /// How far the peak RSS rose during the body (0 when an earlier peak was higher).
    let peakGrowthBytes: Int

    static func measure(_ body: () throws -> Void) rethrows -> Footprint {
        let peakBefore = peakResidentBytes()
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Footprint(seconds: elapsed, peakGrowthBytes: max(0, peakResidentBytes() - peakBefore))
    }

    /// ru_maxrss is in KiB on Linux.
    private static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
