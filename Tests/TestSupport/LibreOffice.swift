import Foundation
import XCTest

/// Runs LibreOffice headless, as the recalculation and re-save checks need it: found from `$SOFFICE` or the PATH,
/// and started with a throw-away user profile so a run depends on no user's settings and no other LibreOffice
/// process.
public struct LibreOffice: Sendable {
    public let executable: URL

    /// The soffice binary; skips the calling test when it is absent, saying what cannot be done without it
    /// (`consequence`, e.g. "formulas cannot be recalculated").
    public static func located(_ consequence: String) throws -> LibreOffice {
        let environment = ProcessInfo.processInfo.environment
        var candidates = environment["SOFFICE"].map { [$0] } ?? []
        for folder in (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":") {
            candidates += ["soffice", "libreoffice"].map { "\(folder)/\($0)" }
        }
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("LibreOffice (soffice) is not installed, so \(consequence); "
                          + "install libreoffice-calc-nogui or set SOFFICE to its path")
        }
        return LibreOffice(executable: URL(fileURLWithPath: found))
    }

    /// `soffice --headless --convert-to filter --outdir folder files…` with the profile at `profile` (created, with
    /// `registryModifications` as its settings when given). Returns the exit status and what soffice printed.
    public func convert(_ files: [URL], to filter: String, into folder: URL, profile: URL,
                        registryModifications: String? = nil) throws -> (status: Int32, transcript: String) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let registryModifications {
            try FileManager.default.createDirectory(at: profile.appendingPathComponent("user"), withIntermediateDirectories: true)
            try registryModifications.write(to: profile.appendingPathComponent("user/registrymodifications.xcu"),
                                            atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", filter, "--outdir", folder.path] + files.map(\.path)
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let transcript = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, transcript)
    }
}
