import Foundation
import Report

/// What `bunseki serve` was asked for.
public struct WorkbenchConfiguration: Sendable {
    /// The address to bind: loopback unless `--lan`.
    public var host: String
    public var port: Int
    /// Bound to every interface: an access code is asked once per browser.
    public var lan: Bool
    /// The language pages start in (each browser may switch).
    public var language: Language
    /// The largest upload accepted, in bytes.
    public var uploadLimit: Int
    /// The longest one analysis may run before the page says so and gives up waiting.
    public var requestTimeLimit: TimeInterval
    /// The code asked for on `--lan`; nil on loopback.
    public var accessCode: String?
    /// Classroom mode, when an exercise was given.
    public var classroom: ClassroomConfiguration?

    public static let defaultUploadLimit = 50 << 20

    public init(host: String = "127.0.0.1", port: Int = 8080, lan: Bool = false, language: Language = .ja,
                uploadLimit: Int = WorkbenchConfiguration.defaultUploadLimit, requestTimeLimit: TimeInterval = 60,
                accessCode: String? = nil, classroom: ClassroomConfiguration? = nil) {
        self.host = host
        self.port = port
        self.lan = lan
        self.language = language
        self.uploadLimit = uploadLimit
        self.requestTimeLimit = requestTimeLimit
        self.accessCode = accessCode
        self.classroom = classroom
    }

    /// A fresh access code for `--lan`.
    public static func newAccessCode() -> String { Token.code() }

    /// A fresh instructor code (longer than the access code: it guards the class's scores).
    public static func newInstructorCode() -> String { Token.code(length: 8) }
}

/// `--exercise` with its roster or participant count.
public struct ClassroomConfiguration: Sendable {
    public var specPath: String
    public var rosterPath: String?
    public var participants: Int?
    /// The instructor's code (the instructor page asks for it).
    public var instructorCode: String

    public init(specPath: String, rosterPath: String? = nil, participants: Int? = nil, instructorCode: String = WorkbenchConfiguration.newInstructorCode()) {
        self.specPath = specPath
        self.rosterPath = rosterPath
        self.participants = participants
        self.instructorCode = instructorCode
    }
}
