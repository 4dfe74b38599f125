/// Where exported bytes go. `restart()` drops what was written so far: the delimited exporter
/// writes a sheet a second time when its `<dimension>` turned out to be wrong about the width.
public protocol ExportSink: AnyObject {
    /// Appends bytes.
    func write(_ bytes: [UInt8]) throws(ExportError)
    /// Forgets everything written so far.
    func restart() throws(ExportError)
}

extension AtomicOutputFile: ExportSink {}

/// Bytes kept in memory, for small sheets and tests.
public final class MemorySink: ExportSink {
    /// Everything written since the last restart.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty sink.
    public init() {}

    public func write(_ bytes: [UInt8]) throws(ExportError) { self.bytes += bytes }

    public func restart() throws(ExportError) { bytes.removeAll() }
}
