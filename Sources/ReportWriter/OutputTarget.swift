import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checked destination of a result workbook, written atomically: the file is produced under a
/// temporary name in the destination's own folder (so the final rename stays on one file system) and
/// only then moved into place, so a failure never leaves a half-written file at the destination.
struct OutputTarget {
    /// Absolute path of the result workbook.
    let path: String
    /// Whether an existing file at `path` may be replaced.
    let replacesExisting: Bool

    /// Checks the destination before anything is written.
    ///
    /// - Parameters:
    ///   - destination: where the workbook goes.
    ///   - inputs: files the report was made from; the destination must not be any of them.
    ///   - replacesExisting: whether an existing file may be overwritten.
    init(destination: URL, inputs: [URL], replacesExisting: Bool) throws(ReportWriterError) {
        let path = destination.standardizedFileURL.path
        self.path = path
        self.replacesExisting = replacesExisting

        let folder = (path as NSString).deletingLastPathComponent
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR,
              access(folder, W_OK | X_OK) == 0 else {
            throw .folderNotWritable(folder: folder)
        }
        for input in inputs where Self.isSameFile(path, input.standardizedFileURL.path) {
            throw .outputIsInput(path: path)
        }
        var existing = stat()
        if stat(path, &existing) == 0 {
            if (existing.st_mode & S_IFMT) == S_IFDIR { throw .outputIsFolder(path: path) }
            if !replacesExisting { throw .outputExists(path: path) }
        }
    }

    /// A fresh temporary path next to the destination; hidden, and unique per process and call.
    func temporaryPath() -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let unique = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return (folder as NSString).appendingPathComponent(".\(name).\(getpid())-\(unique).tmp")
    }

    /// Moves the finished temporary file into place, or removes it when that is not allowed.
    func commit(temporary: String) throws(ReportWriterError) {
        defer { unlink(temporary) }
        if replacesExisting {
            guard rename(temporary, path) == 0 else { throw failure() }
            return
        }
        // link(2) fails with EEXIST if a file appeared at the destination since the checks, so an
        // existing file is never replaced without permission, even in a race.
        if link(temporary, path) == 0 { return }
        let linkError = errno
        if linkError == EEXIST { throw .outputExists(path: path) }
        // File systems without hard links (e.g. FAT on USB sticks) fall back to check-then-rename.
        guard linkError == EPERM || linkError == ENOTSUP || linkError == EXDEV || linkError == EMLINK else {
            throw failure(linkError)
        }
        if access(path, F_OK) == 0 { throw .outputExists(path: path) }
        guard rename(temporary, path) == 0 else { throw failure() }
    }

    private func failure(_ code: Int32 = errno) -> ReportWriterError {
        .writeFailed(path: path, reason: String(cString: strerror(code)))
    }

    /// True when both paths name the same file: the same inode on the same device, or, for a
    /// destination that does not exist yet, the same resolved path.
    private static func isSameFile(_ candidate: String, _ input: String) -> Bool {
        var candidateStatus = stat()
        var inputStatus = stat()
        if stat(candidate, &candidateStatus) == 0, stat(input, &inputStatus) == 0 {
            return candidateStatus.st_dev == inputStatus.st_dev && candidateStatus.st_ino == inputStatus.st_ino
        }
        return resolved(candidate) == resolved(input)
    }

    /// The path with symbolic links resolved in the folder part (the file itself may not exist yet).
    private static func resolved(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard let real = realpath(folder, nil) else { return path }
        defer { free(real) }
        return (String(cString: real) as NSString).appendingPathComponent(name)
    }
}
