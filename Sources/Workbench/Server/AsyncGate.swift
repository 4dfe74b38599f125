/// Lets at most `width` tasks through at once; the others wait in their order of arrival. The upload route
/// passes through it while it reads a request's body: thirty 5 MB uploads arriving together would otherwise
/// each hold the body, its copy and the file's bytes at the same moment (about 15 MB each), where a body not
/// yet read waits in the network's buffers.
actor AsyncGate {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) {
        free = width
    }

    func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
