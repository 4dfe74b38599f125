import Foundation
import XCTest

/// Re-saves a workbook with LibreOffice headless, as a participant's spreadsheet program would on
/// saving: LibreOffice parses the whole file and writes a fresh package of its own.
public enum LibreOfficeResave {
    /// LibreOffice from `$SOFFICE` or the PATH; skips the calling test, saying why, when absent.
    public static func located() throws -> LibreOffice {
        try LibreOffice.located("a re-saved workbook cannot be produced")
    }

    /// Converts `workbook` to a new .xlsx in `folder` and returns its URL.
    public static func resave(_ workbook: URL, into folder: URL) throws -> URL {
        try resave([workbook], into: folder)[0]
    }

    /// Converts `workbooks` (distinct file names) in one LibreOffice run, returning the new files in
    /// the same order. A throw-away profile keeps the run independent of any user settings and of
    /// other LibreOffice processes.
    public static func resave(_ workbooks: [URL], into folder: URL) throws -> [URL] {
        let (status, transcript) = try located().convert(workbooks, to: "xlsx:Calc MS Excel 2007 XML", into: folder,
                                                         profile: folder.appendingPathComponent("lo-profile"))
        let outputs = workbooks.map { folder.appendingPathComponent($0.lastPathComponent) }
        guard status == 0, outputs.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else {
            throw ResaveFailure(message: "soffice exited with \(status): \(transcript)")
        }
        return outputs
    }

    public struct ResaveFailure: Error, CustomStringConvertible {
        let message: String
        public var description: String { message }
    }
}
