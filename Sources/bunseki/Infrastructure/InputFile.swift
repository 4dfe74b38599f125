import Foundation

/// The checks on an input path made before any reader opens it, so that a missing file, a folder or an
/// unreadable file is told in the participant's language rather than by a system error's English text.
enum InputFile {
    /// Throws `CLIError.inputMissing`, `.inputIsFolder` or `.inputUnreadable` for `path`.
    static func check(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CLIError.inputMissing(file: path)
        }
        guard !isFolder.boolValue else { throw CLIError.inputIsFolder(file: path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw CLIError.inputUnreadable(file: path) }
    }
}
