import Procedures
import Foundation
import Report
import ReportWriter

/// Writes a result workbook where `ResultOptions` say, never over the input and never over an
/// existing file without `--force` (the writer enforces both and writes atomically).
enum ResultFile {
    static func write(_ document: ReportDocument, input: String, options: ResultOptions, analysis: String) throws -> URL {
        let destination = options.destination(for: input, analysis: analysis)
        let writer = ReportWriter(inputs: [URL(fileURLWithPath: input)], overwrite: options.force)
        try writer.write(document, to: destination)
        return destination
    }
}
