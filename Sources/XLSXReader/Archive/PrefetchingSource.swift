import Foundation

/// Inflates a part on a background thread, a few chunks ahead of the scanner, so that libzip's inflate
/// and the XML scan run on two cores at once. Memory stays bounded by `depth` chunks.
final class PrefetchingSource: ByteSource {
    private let pipe: ChunkPipe
    private var current: [UInt8] = []
    private var offset = 0

    init(_ stream: ZipEntryStream, chunkSize: Int = 1 << 20, depth: Int = 3) {
        let pipe = ChunkPipe(depth: depth)
        self.pipe = pipe
        Thread.detachNewThread { pipe.produce(from: stream, chunkSize: chunkSize) }
    }

    deinit { pipe.cancel() }

    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        if offset == current.count {
            guard let next = try pipe.take() else { return 0 }
            current = next
            offset = 0
        }
        let count = min(capacity, current.count - offset)
        current.withUnsafeBufferPointer { chunk in
            if let base = chunk.baseAddress { buffer.update(from: base + offset, count: count) }
        }
        offset += count
        return count
    }
}

/// A bounded queue of inflated chunks between the producer thread and the scanner.
/// All mutable state is guarded by `condition`, hence the unchecked Sendable.
final class ChunkPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var chunks: [[UInt8]] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?

    init(depth: Int) { self.depth = depth }

    /// Runs on the producer thread until the stream ends, fails, or the consumer goes away.
    func produce(from stream: ZipEntryStream, chunkSize: Int) {
        while true {
            let chunk: [UInt8]
            do {
                chunk = try [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                    guard let base = buffer.baseAddress else { return initialized = 0 }
                    initialized = try stream.read(into: base, capacity: chunkSize)
                }
            } catch {
                return finish(failure: error)
            }
            if chunk.isEmpty { return finish(failure: nil) }
            condition.lock()
            while chunks.count >= depth, !cancelled { condition.wait() }
            let stop = cancelled
            if !stop { chunks.append(chunk) }
            condition.broadcast()
            condition.unlock()
            if stop { return }
        }
    }

    /// The next chunk, nil at the end; rethrows the producer's error.
    func take() throws -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty, !finished { condition.wait() }
        if !chunks.isEmpty {
            condition.broadcast()
            return chunks.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Tells the producer to stop at its next chunk.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func finish(failure: (any Error)?) {
        condition.lock()
        finished = true
        self.failure = failure
        condition.broadcast()
        condition.unlock()
    }
}
