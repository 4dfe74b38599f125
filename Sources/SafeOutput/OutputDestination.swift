#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checked destination of a result file that is written atomically.
///
/// The file is produced under a temporary name in the destination's own folder and only then moved
/// into place: a rename within one folder stays on one file system, so it is atomic, and a failure
/// part-way never leaves a half-written file where a person expects a result.
///
/// ```swift
/// let destination = try OutputDestination(path: "result.csv", inputs: ["survey.xlsx"], replacesExisting: false)
/// let temporary = destination.temporaryPath()
/// // … write the whole file at `temporary` …
/// try destination.commit(temporary: temporary)
/// ```
public struct OutputDestination: Sendable, Equatable {
    /// The destination as the caller named it; errors report this spelling.
    public let path: String
    /// Whether an existing file at `path` may be replaced.
    public let replacesExisting: Bool

    /// Checks the destination before anything is written.
    ///
    /// - Parameters:
    ///   - path: where the file goes.
    ///   - inputs: files being read; the destination must never be any of them, even when replacing is allowed.
    ///   - replacesExisting: whether an existing file may be overwritten.
    /// - Throws: `OutputError.folderNotWritable`, `.destinationIsInput`, `.destinationIsFolder` or `.destinationExists`.
    public init(path: String, inputs: [String], replacesExisting: Bool) throws(OutputError) {
        self.path = path
        self.replacesExisting = replacesExisting

        let folder = FilePath.folder(of: path)
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR,
              access(folder, W_OK | X_OK) == 0 else {
            throw .folderNotWritable(folder: folder)
        }
        if inputs.contains(where: { FilePath.sameFile(path, $0) }) { throw .destinationIsInput(path: path) }
        var existing = stat()
        if stat(path, &existing) == 0 {
            if (existing.st_mode & S_IFMT) == S_IFDIR { throw .destinationIsFolder(path: path) }
            if !replacesExisting { throw .destinationExists(path: path) }
        }
    }

    /// A fresh temporary path next to the destination: hidden, and unique per process and call, so
    /// concurrent writers into one folder never share it.
    public func temporaryPath() -> String {
        let unique = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return FilePath.joined(FilePath.folder(of: path), ".\(FilePath.name(of: path)).\(getpid())-\(unique).tmp")
    }

    /// Moves the finished temporary file into place; the temporary file is gone afterwards, whatever happened.
    ///
    /// Replacing uses rename(2), which swaps the file in atomically. Without permission to replace,
    /// link(2) is used instead: unlike a check followed by a rename, it fails with EEXIST when a file
    /// appeared at the destination after `init`'s checks, so such a file is never clobbered in a race.
    public func commit(temporary: String) throws(OutputError) {
        defer { unlink(temporary) }
        if replacesExisting {
            guard rename(temporary, path) == 0 else { throw failure() }
            return
        }
        if link(temporary, path) == 0 { return }
        let linkError = errno
        if linkError == EEXIST { throw .destinationExists(path: path) }
        // File systems without hard links (e.g. FAT on USB sticks) fall back to check-then-rename.
        guard linkError == EPERM || linkError == ENOTSUP || linkError == EXDEV || linkError == EMLINK else {
            throw failure(linkError)
        }
        if access(path, F_OK) == 0 { throw .destinationExists(path: path) }
        guard rename(temporary, path) == 0 else { throw failure() }
    }

    /// The error for a failed system call, worded by the system.
    public func failure(_ code: Int32 = errno) -> OutputError {
        .writeFailed(path: path, reason: String(cString: strerror(code)))
    }
}
