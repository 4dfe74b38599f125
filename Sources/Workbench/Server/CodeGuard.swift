import Foundation

/// Wrong access and instructor codes counted per client address: after `attempts` wrong codes that client
/// waits `lockout` seconds, whichever session it comes with. Six characters of 31 are ~10⁹ codes, so at
/// five guesses a minute guessing is hopeless; counted per session it would not be, since a script can
/// start a new session for every guess.
actor CodeGuard {
    let attempts: Int
    let lockout: TimeInterval
    private var failures: [String: (count: Int, lockedUntil: Date?)] = [:]

    init(attempts: Int, lockout: TimeInterval = 60) {
        self.attempts = attempts
        self.lockout = lockout
    }

    /// Whether `client` must wait before trying a code again.
    func isLocked(_ client: String) -> Bool {
        guard let until = failures[client]?.lockedUntil else { return false }
        if until > Date() { return true }
        failures[client] = nil
        return false
    }

    /// Counts a wrong code; the `attempts`-th locks the client out.
    func recordFailure(_ client: String) {
        var entry = failures[client] ?? (0, nil)
        entry.count += 1
        if entry.count >= attempts {
            entry = (0, Date().addingTimeInterval(lockout))
        }
        failures[client] = entry
        // A flood of addresses cannot grow this without bound: expired locks and stray counts go first.
        if failures.count > 10_000 {
            let now = Date()
            failures = failures.filter { ($0.value.lockedUntil ?? .distantPast) > now }
        }
    }

    func recordSuccess(_ client: String) {
        failures[client] = nil
    }
}
