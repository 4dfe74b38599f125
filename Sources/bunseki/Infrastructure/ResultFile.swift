import Procedures
import Foundation
import Report
import ReportWriter

/// Writes a result workbook where `ResultOptions` say, never over the input and never over an
/// existing file without `--force` (the writer enforces both and writes atomically).
enum ResultFile {
    static func write(_ document: ReportDocument, input: String, options: ResultOptions, analysis: String,
                      progress: ProgressLine? = nil) throws -> URL {
        let destination = options.destination(for: input, analysis: analysis)
        var writer = ReportWriter(inputs: [URL(fileURLWithPath: input)], overwrite: options.force)
        writer.progress = progress?.writeProgress
        try writer.write(document, to: destination)
        return destination
    }
}
