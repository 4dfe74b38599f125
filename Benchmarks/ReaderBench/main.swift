import CZip
import Foundation
import SheetExport
import Tabular
import XLSXReader

// ReaderBench generate DIR | inflate FILE | read FILE | export FILE
// Each measurement runs in its own process so that peak RSS (VmHWM) belongs to that measurement alone.
// Prints one line of JSON per run.

func peakRSSBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes * 1024
}

/// User plus system CPU seconds of this process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

/// CPU seconds of the calling thread only: on an idle two-core machine the read takes about
/// max(this, the inflate thread's CPU time), since the two threads overlap.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// libzip alone: inflate the sheet part in 256 KiB chunks and throw the bytes away.
func inflateOnly(_ path: String) throws -> (Double, Int) {
    var code: Int32 = 0
    guard let archive = zip_open(path, ZIP_RDONLY, &code) else { throw BenchError.io("zip_open \(code)") }
    defer { zip_discard(archive) }
    var total = 0
    let time = try seconds {
        guard let file = zip_fopen(archive, "xl/worksheets/sheet1.xml", 0) else { throw BenchError.io("no sheet") }
        defer { zip_fclose(file) }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 256 << 10, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = zip_fread(file, buffer, 256 << 10)
            if count <= 0 { break }
            total += Int(count)
        }
    }
    return (time, total)
}

/// The full read: open, stream every cell, build typed columns.
func readTable(_ path: String) throws -> (Double, Int, Int) {
    var cells = 0
    var keptBytes = 0
    let time = try seconds {
        let workbook = try Workbook(path: path)
        let table = try Table.read(workbook, sheet: workbook.sheets[0])
        cells = table.columns.reduce(0) { $0 + $1.count }
        // ColumnValues keeps a kind byte and an 8-byte payload per value (texts and shared strings aside).
        let bytesPerValue = MemoryLayout<UInt8>.stride + MemoryLayout<UInt64>.stride
        keptBytes = table.columns.reduce(0) { $0 + $1.values.count * bytesPerValue }
            + table.rowNumbers.count * MemoryLayout<Int>.stride
    }
    return (time, cells, keptBytes)
}

/// `bunseki export` without the CLI: the first sheet to UTF-8 CSV in a temporary file next to `path`.
func exportCSV(_ path: String) throws -> (Double, Int) {
    let destination = path + ".bench.csv"
    defer { try? FileManager.default.removeItem(atPath: destination) }
    var rows = 0
    let time = try seconds {
        let workbook = try Workbook(path: path)
        let file = try AtomicOutputFile(destination: destination, inputs: [path], overwrite: true)
        rows = try DelimitedExporter(options: DelimitedOptions()).export(workbook.sheets[0], of: workbook, to: file).rows
        try file.commit()
    }
    return (time, rows)
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch (arguments.first, arguments.dropFirst().first) {
    case ("generate", let folder?):
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let numeric = "\(folder)/numeric-1m-x10.xlsx"
        let mixed = "\(folder)/mixed-200k.xlsx"
        if !FileManager.default.fileExists(atPath: numeric) { try BenchWorkbooks.writeNumeric(to: numeric) }
        if !FileManager.default.fileExists(atPath: mixed) { try BenchWorkbooks.writeMixed(to: mixed) }
    case ("inflate", let path?):
        let (time, bytes) = try inflateOnly(path)
        print("{\"mode\":\"inflate\",\"seconds\":\(time),\"inflatedBytes\":\(bytes),\"cpuSeconds\":\(cpuSeconds()),\"peakRSS\":\(peakRSSBytes())}")
    case ("read", let path?):
        let (time, cells, kept) = try readTable(path)
        print("{\"mode\":\"read\",\"seconds\":\(time),\"cells\":\(cells),\"keptBytes\":\(kept),\"cpuSeconds\":\(cpuSeconds()),\"mainThreadCPUSeconds\":\(threadCPUSeconds()),\"peakRSS\":\(peakRSSBytes())}")
    case ("export", let path?):
        let (time, rows) = try exportCSV(path)
        print("{\"mode\":\"export\",\"seconds\":\(time),\"rows\":\(rows),\"cpuSeconds\":\(cpuSeconds()),\"peakRSS\":\(peakRSSBytes())}")
    default:
        throw BenchError.usage
    }
} catch {
    FileHandle.standardError.write(Data("ReaderBench: \(error)\nusage: ReaderBench generate DIR | inflate FILE | read FILE | export FILE\n".utf8))
    exit(1)
}
