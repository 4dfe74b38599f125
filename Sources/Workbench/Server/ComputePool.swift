import Foundation

/// Runs CPU-bound work (reading a workbook, an analysis, writing a workbook) off Swift's cooperative
/// threads, at most `width` jobs at once, and stops waiting after the request time limit. A job past its
/// limit finishes in the background and its result is dropped: synchronous analysis code cannot be
/// interrupted, but the participant gets an answer on time.
final class ComputePool: @unchecked Sendable {
    private let queue: DispatchQueue
    private let slots: DispatchSemaphore
    let limit: TimeInterval

    init(width: Int = max(2, ProcessInfo.processInfo.activeProcessorCount), limit: TimeInterval) {
        queue = DispatchQueue(label: "bunseki.workbench.compute", attributes: .concurrent)
        slots = DispatchSemaphore(value: width)
        self.limit = limit
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let box = Once<Result<T, any Error>>()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            box.set { continuation.resume(with: $0) }
            queue.async { [slots] in
                slots.wait()
                defer { slots.signal() }
                box.fire(Result { try work() })
            }
            queue.asyncAfter(deadline: .now() + limit) { [limit] in
                box.fire(.failure(WorkbenchError.timedOut(seconds: Int(limit))))
            }
        }
    }
}

/// Delivers the first of several outcomes once (the work's or the time limit's).
private final class Once<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var deliver: ((Value) -> Void)?

    func set(_ deliver: @escaping (Value) -> Void) {
        lock.withLock { self.deliver = deliver }
    }

    func fire(_ value: Value) {
        let target: ((Value) -> Void)? = lock.withLock {
            defer { deliver = nil }
            return deliver
        }
        target?(value)
    }
}
