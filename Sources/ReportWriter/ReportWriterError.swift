import Foundation
import Report

/// Why a report could not be written. Each case names the file, sheet or cell involved.
public enum ReportWriterError: Error, Sendable, Equatable {
    /// The output's folder does not exist, is not a folder, or cannot be written to.
    case folderNotWritable(folder: String)
    /// A file already exists at the output path and overwriting was not requested.
    case outputExists(path: String)
    /// The output path names a folder.
    case outputIsFolder(path: String)
    /// The output path is (or resolves to the same file as) one of the inputs.
    case outputIsInput(path: String)
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
    /// libxlsxwriter or the file system failed while producing the file; `reason` is their message.
    case writeFailed(path: String, reason: String)
}

extension ReportWriterError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .folderNotWritable(let folder):
            return "Cannot write into the folder \(folder): it does not exist or is not writable."
        case .outputExists(let path):
            return "\(path) already exists; choose another output or allow overwriting."
        case .outputIsFolder(let path):
            return "\(path) is a folder, not a workbook file."
        case .outputIsInput(let path):
            return "\(path) is the input workbook; the result must be written to another file."
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
