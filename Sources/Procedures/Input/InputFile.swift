import Report
import Foundation

/// The checks on an input path made before any reader opens it, so that a missing file, a folder or an
/// unreadable file is told in the participant's language rather than by a system error's English text.
package enum InputFile {
    /// Throws `ProcedureError.inputMissing`, `.inputIsFolder` or `.inputUnreadable` for `path`.
    package static func check(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ProcedureError.inputMissing(file: path)
        }
        guard !isFolder.boolValue else { throw ProcedureError.inputIsFolder(file: path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw ProcedureError.inputUnreadable(file: path) }
    }
}
