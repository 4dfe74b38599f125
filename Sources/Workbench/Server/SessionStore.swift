import Foundation
import Report

/// Every live session, by id. Sessions idle longer than `idleLimit` are dropped with their uploads and
/// results; so is the oldest session when `capacity` is reached, so that a flood of new cookies cannot
/// exhaust memory.
actor SessionStore {
    private var sessions: [String: Session] = [:]
    let idleLimit: TimeInterval
    let capacity: Int
    let defaultLanguage: Language
    let admitsWithoutCode: Bool

    init(defaultLanguage: Language, admitsWithoutCode: Bool, idleLimit: TimeInterval = 3 * 3600, capacity: Int = 1000) {
        self.defaultLanguage = defaultLanguage
        self.admitsWithoutCode = admitsWithoutCode
        self.idleLimit = idleLimit
        self.capacity = capacity
    }

    /// The session with this id, or a new one (with a new id: a client never chooses its own id).
    func resolve(_ id: String?) -> (session: Session, isNew: Bool) {
        sweep()
        if let id, var session = sessions[id] {
            session.lastSeen = Date()
            sessions[id] = session
            return (session, false)
        }
        if sessions.count >= capacity {
            // A flood of cookieless requests must not push out participants at work: sessions holding no file
            // or result go first, the oldest of them.
            let idle = sessions.values.filter { $0.uploads.isEmpty && $0.results.isEmpty }
            if let oldest = (idle.isEmpty ? Array(sessions.values) : idle).min(by: { $0.lastSeen < $1.lastSeen }) {
                sessions[oldest.id] = nil
            }
        }
        let session = Session(id: Token.random(bytes: 24), csrf: Token.random(), language: defaultLanguage,
                              admitted: admitsWithoutCode)
        sessions[session.id] = session
        return (session, true)
    }

    func session(_ id: String) -> Session? { sessions[id] }

    /// Applies `change` to the session, if it still exists, and returns its result.
    @discardableResult
    func update<T: Sendable>(_ id: String, _ change: (inout Session) -> T) -> T? {
        guard var session = sessions[id] else { return nil }
        let result = change(&session)
        sessions[id] = session
        return result
    }

    /// Ends a session: its uploads and results are gone with it.
    func end(_ id: String) {
        sessions[id] = nil
    }

    /// Drops every session (shutdown).
    func removeAll() {
        sessions.removeAll()
    }

    var count: Int { sessions.count }

    /// Bytes of uploaded files held (result workbooks are written and held by their tasks).
    var heldBytes: Int {
        sessions.values.reduce(0) { total, session in total + session.uploads.values.reduce(0) { $0 + $1.bytes.count } }
    }

    private func sweep() {
        let cutoff = Date().addingTimeInterval(-idleLimit)
        sessions = sessions.filter { $0.value.lastSeen >= cutoff }
    }
}
