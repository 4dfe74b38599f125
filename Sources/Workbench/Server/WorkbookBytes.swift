import Foundation
import Report
import ReportWriter

/// A document written by the CLI's own writer into a private temporary folder (mode 0700), read back and
/// deleted at once: the bytes are exactly those `bunseki` writes for the same document.
enum WorkbookBytes {
    static func write(_ document: ReportDocument) throws -> Data {
        let folder = try PrivateFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("result.xlsx")
        try ReportWriter().write(document, to: file)
        return try Data(contentsOf: file)
    }
}

/// A folder only this process's user can enter, removed with everything in it.
struct PrivateFolder {
    let url: URL

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/bunseki-serve-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CocoaError(.fileWriteUnknown)
        }
        url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
