import Foundation

/// The files a grading run reads: folders expanded to their `.xlsx` files, spreadsheet lock files
/// (`~$…` written by Excel, `.~lock…#` by LibreOffice) and temporary files set aside.
public enum SubmissionFiles {
    /// `paths` (files or folders) → the workbooks to grade and the files skipped, each in order.
    public static func collect(_ paths: [String]) -> (files: [String], skipped: [String]) {
        var all: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
                all += names.filter { $0.lowercased().hasSuffix(".xlsx") || isTemporary($0) }
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                all.append(path)
            }
        }
        let skipped = all.filter { isTemporary(($0 as NSString).lastPathComponent) }
        return (all.filter { !isTemporary(($0 as NSString).lastPathComponent) }, skipped)
    }

    /// Whether `name` is a lock or temporary file rather than a returned workbook.
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix("~$") || name.hasPrefix(".~lock") || name.hasSuffix("#") || name.lowercased().hasSuffix(".tmp")
            || name.hasSuffix("~") || name.hasPrefix("._")
    }
}
