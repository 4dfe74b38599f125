import Foundation

/// Runs CPU-bound work (reading a workbook, an analysis, writing a workbook) off Swift's cooperative
/// threads, at most `width` jobs at once, and stops waiting after the request time limit. A job past its
/// limit finishes in the background and its result is dropped: synchronous analysis code cannot be
/// interrupted, but the participant gets an answer on time.
///
/// Two queues, served first come first served within each: what a participant is waiting for on screen
/// (`interactive`) goes before result workbooks written ahead of their download (`background`). Thirty
/// participants at once on two cores otherwise wait behind one another's workbooks for their result page.
/// A background job someone now waits for (the download) can be moved to the front queue (`promote`).
final class ComputePool: @unchecked Sendable {
    enum Priority: Int { case interactive = 0, background = 1 }

    private final class Job: @unchecked Sendable {
        let owner: String?
        let key: String?
        let work: @Sendable () -> Void
        init(owner: String?, key: String?, work: @escaping @Sendable () -> Void) {
            self.owner = owner
            self.key = key
            self.work = work
        }
    }

    private let queue = DispatchQueue(label: "bunseki.workbench.compute", attributes: .concurrent)
    private let lock = NSLock()
    private var waiting: [[Job]] = [[], []]
    private var running = 0
    private var runningOwners: [String: Int] = [:]
    let width: Int
    let limit: TimeInterval

    init(width: Int = max(2, ProcessInfo.processInfo.activeProcessorCount), limit: TimeInterval) {
        self.width = width
        self.limit = limit
    }

    /// Runs `work` in turn. `owner` (a session id) lets that session ask for its place in the queue; `key`
    /// names a background job for `promote`. `timed` false: the caller waits as long as the work takes (a
    /// workbook written ahead of its download, whose waiter applies its own limit).
    func run<T: Sendable>(priority: Priority = .interactive, owner: String? = nil, key: String? = nil, timed: Bool = true,
                          _ work: @escaping @Sendable () throws -> T) async throws -> T {
        let box = Once<Result<T, any Error>>()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            box.set { continuation.resume(with: $0) }
            enqueue(Job(owner: owner, key: key) { box.fire(Result { try work() }) }, priority: priority)
            if timed {
                queue.asyncAfter(deadline: .now() + limit) { [limit] in
                    box.fire(.failure(WorkbenchError.timedOut(seconds: Int(limit))))
                }
            }
        }
    }

    /// Waits for `task` at most the time limit.
    func wait<T: Sendable>(for task: Task<T, any Error>) async throws -> T {
        let box = Once<Result<T, any Error>>()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            box.set { continuation.resume(with: $0) }
            Task {
                do { box.fire(.success(try await task.value)) } catch { box.fire(.failure(error)) }
            }
            queue.asyncAfter(deadline: .now() + limit) { [limit] in
                box.fire(.failure(WorkbenchError.timedOut(seconds: Int(limit))))
            }
        }
    }

    /// Moves the background job named `key`, if it still waits, to the end of the interactive queue.
    func promote(_ key: String) {
        lock.withLock {
            guard let index = waiting[Priority.background.rawValue].firstIndex(where: { $0.key == key }) else { return }
            let job = waiting[Priority.background.rawValue].remove(at: index)
            waiting[Priority.interactive.rawValue].append(job)
        }
    }

    /// Where `owner`'s work stands: running, or waiting with this many jobs before it (0: next), or nil when
    /// the owner has nothing in the pool.
    func place(of owner: String) -> Place? {
        lock.withLock {
            if runningOwners[owner, default: 0] > 0 { return .running }
            var ahead = 0
            for queue in waiting {
                for job in queue {
                    if job.owner == owner { return .waiting(ahead: ahead) }
                    ahead += 1
                }
            }
            return nil
        }
    }

    enum Place: Equatable {
        case running
        case waiting(ahead: Int)
    }

    private func enqueue(_ job: Job, priority: Priority) {
        lock.withLock { waiting[priority.rawValue].append(job) }
        drain()
    }

    /// Starts waiting jobs while slots are free, interactive ones first.
    private func drain() {
        while let job = next() {
            queue.async { [self] in
                job.work()
                lock.withLock {
                    running -= 1
                    if let owner = job.owner { runningOwners[owner, default: 1] -= 1 }
                    if let owner = job.owner, runningOwners[owner] == 0 { runningOwners[owner] = nil }
                }
                drain()
            }
        }
    }

    private func next() -> Job? {
        lock.withLock {
            guard running < width else { return nil }
            for index in waiting.indices where !waiting[index].isEmpty {
                let job = waiting[index].removeFirst()
                running += 1
                if let owner = job.owner { runningOwners[owner, default: 0] += 1 }
                return job
            }
            return nil
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
