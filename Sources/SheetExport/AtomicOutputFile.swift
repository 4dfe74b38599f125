import Foundation

/// A file written through a temporary file in the destination's folder and renamed into place on
/// `commit()`, so that a reader never sees half a file and a failed export leaves nothing behind.
/// Bytes are buffered and written in 1 MiB blocks.
public final class AtomicOutputFile {
    /// Where the file ends up.
    public let destination: String
    private let overwrite: Bool
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let blockSize = 1 << 20

    /// Creates the temporary file next to `destination`.
    /// - Parameters:
    ///   - inputs: files that must never be replaced (the workbook being read), even with `overwrite`.
    ///   - overwrite: replace an existing destination (`--force`).
    /// - Throws: `ExportError.destinationIsInput`, `.destinationExists` or `.writeFailed`.
    public init(destination: String, inputs: [String], overwrite: Bool) throws(ExportError) {
        if inputs.contains(where: { AtomicOutputFile.sameFile($0, destination) }) {
            throw .destinationIsInput(path: destination)
        }
        if !overwrite, FileManager.default.fileExists(atPath: destination) {
            throw .destinationExists(path: destination)
        }
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .writeFailed(path: destination, reason: String(cString: strerror(errno))) }
        self.destination = destination
        self.overwrite = overwrite
        self.descriptor = descriptor
        self.temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        buffer.reserveCapacity(AtomicOutputFile.blockSize + 4096)
    }

    deinit { discard() }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(ExportError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicOutputFile.blockSize { try flush() }
    }

    /// Forgets everything written so far, to write the file again from the start.
    public func restart() throws(ExportError) {
        buffer.removeAll(keepingCapacity: true)
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else { throw failure() }
    }

    /// Writes the rest, syncs and renames the temporary file onto the destination.
    public func commit() throws(ExportError) {
        try flush()
        guard fsync(descriptor) == 0, close(descriptor) == 0 else { throw failure() }
        descriptor = -1
        fchmodDefault()
        if !overwrite {
            // link() fails when the name exists, closing the window between the check in init and now.
            guard link(temporaryPath, destination) == 0 else {
                let reason = errno
                throw reason == EEXIST ? .destinationExists(path: destination) : failure(reason)
            }
            unlink(temporaryPath)
        } else if rename(temporaryPath, destination) != 0 {
            throw failure()
        }
    }

    /// Removes the temporary file (nothing happens after `commit()`).
    public func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
    }

    private func flush() throws(ExportError) {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            guard count > 0 else { throw failure() }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// mkstemp creates 0600; an exported file should have the ordinary permissions the umask allows.
    private func fchmodDefault() {
        let mask = umask(0)
        umask(mask)
        chmod(temporaryPath, 0o666 & ~mask)
    }

    private func failure(_ code: Int32 = errno) -> ExportError {
        .writeFailed(path: destination, reason: String(cString: strerror(code)))
    }

    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
