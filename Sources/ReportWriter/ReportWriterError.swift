import Foundation
import Report
import SafeOutput

/// Why a report could not be written. Each case names the file, sheet or cell involved.
public enum ReportWriterError: Error, Sendable, Equatable {
    /// The output file was refused (an input, a folder, an existing file, an unwritable folder) or could not be put in place.
    case output(OutputError)
    /// A sheet name Excel would reject (empty, too long, forbidden characters, duplicate).
    case invalidSheetName(name: String, reason: String)
    /// The report's layout is inconsistent (e.g. two blocks of a sheet fill the same cell).
    case invalidLayout(ReportLayoutError)
    /// A cell could not be written (e.g. beyond Excel's last row or column).
    case cellNotWritable(sheet: String, cell: String, reason: String)
    /// A chart has no series, so spreadsheet programs would refuse it.
    case chartWithoutSeries(sheet: String, chart: String)
    /// A chart series refers to a sheet that is not in the report.
    case chartReferencesUnknownSheet(sheet: String, chart: String, referencedSheet: String)
    /// libxlsxwriter failed while producing the file; `reason` is its message.
    case writeFailed(path: String, reason: String)
}

extension ReportWriterError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .output(let outputError):
            return outputError.description
        case .invalidSheetName(let name, let reason):
            return "The sheet name \"\(name)\" cannot be used: \(reason)."
        case .invalidLayout(let layoutError):
            return layoutError.localizedDescription
        case .cellNotWritable(let sheet, let cell, let reason):
            return "Cell \(cell) of sheet \"\(sheet)\" cannot be written: \(reason)."
        case .chartWithoutSeries(let sheet, let chart):
            return "The chart \"\(chart)\" on sheet \"\(sheet)\" has no data series."
        case .chartReferencesUnknownSheet(let sheet, let chart, let referencedSheet):
            return "The chart \"\(chart)\" on sheet \"\(sheet)\" refers to a missing sheet \"\(referencedSheet)\"."
        case .writeFailed(let path, let reason):
            return "Writing \(path) failed: \(reason)."
        }
    }
}
