import Foundation
import SafeOutput

/// An export streamed into a temporary file next to its destination and moved into place on
/// `commit()` (see `OutputDestination`), so a reader never sees half a file and a failed export
/// leaves nothing behind. Bytes are buffered and written in 1 MiB blocks.
public final class AtomicOutputFile {
    /// Where the file ends up.
    public var destination: String { target.path }
    private let target: OutputDestination
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let blockSize = 1 << 20

    /// Checks the destination and creates the temporary file next to it.
    /// - Parameters:
    ///   - inputs: files that must never be replaced (the workbook being read), even with `overwrite`.
    ///   - overwrite: replace an existing destination (`--force`).
    /// - Throws: `ExportError.output` with the reason the destination was refused or could not be created.
    public init(destination: String, inputs: [String], overwrite: Bool) throws(ExportError) {
        do {
            target = try OutputDestination(path: destination, inputs: inputs, replacesExisting: overwrite)
        } catch {
            throw .output(error)
        }
        temporaryPath = target.temporaryPath()
        // O_EXCL: the temporary name is ours alone. 0666 lets the umask decide, as for any file the user creates.
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .output(target.failure()) }
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
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else { throw .output(target.failure()) }
    }

    /// Writes the rest, syncs and moves the temporary file onto the destination.
    public func commit() throws(ExportError) {
        try flush()
        guard fsync(descriptor) == 0, close(descriptor) == 0 else { throw .output(target.failure()) }
        descriptor = -1
        do {
            try target.commit(temporary: temporaryPath)
        } catch {
            throw .output(error)
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
            guard count > 0 else { throw .output(target.failure()) }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
