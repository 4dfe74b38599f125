import Foundation
import Report

/// One browser's state: which codes it has given, its language, its uploads and results. Nothing in it is
/// reachable from another session: every id below is looked up inside this session only.
struct Session: Sendable {
    let id: String
    /// Sent back with every form; a form without it is refused (CSRF).
    let csrf: String
    var language: Language
    /// Gave the access code (always true on loopback, where no code is asked).
    var admitted: Bool
    /// Gave the instructor code (classroom mode).
    var instructor = false
    var uploads: [String: Upload] = [:]
    var results: [String: StoredResult] = [:]
    /// Classroom mode: the participant number this browser chose.
    var participant: Int?
    var lastSeen = Date()

    /// Uploads kept per session; the oldest goes when a newer one arrives.
    static let uploadLimit = 3
    /// Results kept per session (each holds its workbook's bytes until downloaded).
    static let resultLimit = 10
}

/// An uploaded file, held in memory only while its session lives.
struct Upload: Sendable {
    let id: String
    /// The file's name as the browser sent it: the result workbook's title, as the CLI uses the input's name.
    let fileName: String
    let bytes: Data
    let received: Date
    /// Its tables, read once for every page and analysis that needs them.
    let tables = UploadTables()
}

/// A finished analysis: its document rendered for the page, and its workbook, written in the background
/// after the page is shown (dropped once downloaded). The document itself is not kept: a regression's on
/// 20,000 rows holds tens of megabytes of cells, the page a few hundred kilobytes.
struct StoredResult: Sendable {
    let id: String
    let uploadID: String
    let tool: String
    /// The result workbook's sheets as HTML (`DocumentHTML`).
    let page: String
    let fileName: String
    /// The workbook's bytes, being written (`ComputePool` background queue; `promote`d when downloaded).
    let workbook: Task<Data, any Error>
    /// When it was made: the oldest result goes first when a session holds too many.
    var created = Date()
}
