import Foundation
import XCTest

/// Re-saves a workbook with LibreOffice headless, as a participant's spreadsheet program would on
/// saving: LibreOffice parses the whole file and writes a fresh package of its own.
enum LibreOfficeResave {
    /// The soffice binary from `$SOFFICE` or the PATH; skips the calling test, saying why, when absent.
    static func executable() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        var candidates = environment["SOFFICE"].map { [$0] } ?? []
        for folder in (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":") {
            candidates += ["soffice", "libreoffice"].map { "\(folder)/\($0)" }
        }
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("LibreOffice (soffice) is not installed, so a re-saved workbook cannot be produced; "
                          + "install libreoffice-calc-nogui or set SOFFICE to its path")
        }
        return URL(fileURLWithPath: found)
    }

    /// Converts `workbook` to a new .xlsx in `folder` and returns its URL.
    static func resave(_ workbook: URL, into folder: URL) throws -> URL {
        try resave([workbook], into: folder)[0]
    }

    /// Converts `workbooks` (distinct file names) in one LibreOffice run, returning the new files in
    /// the same order. A throw-away profile keeps the run independent of any user settings and of
    /// other LibreOffice processes.
    static func resave(_ workbooks: [URL], into folder: URL) throws -> [URL] {
        let profile = folder.appendingPathComponent("lo-profile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = try executable()
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", folder.path]
            + workbooks.map(\.path)
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let transcript = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let outputs = workbooks.map { folder.appendingPathComponent($0.lastPathComponent) }
        guard process.terminationStatus == 0, outputs.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else {
            throw ResaveFailure(message: "soffice exited with \(process.terminationStatus): \(transcript)")
        }
        return outputs
    }

    struct ResaveFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
