import Procedures
import ArgumentParser
import Foundation
import Workbench

/// `bunseki serve`: the browser workbench (docs/SERVE.md). This command only reads its options and starts
/// the server of target `Workbench`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the browser workbench: participants analyse their workbooks in the browser they already have.")

    @Option(name: .long, help: "The port to listen on (0: any free port, printed at start).")
    var port: Int = 8080

    @Option(name: .long, help: "The address to bind (default 127.0.0.1: this computer only).")
    var host: String?

    @Flag(name: .long, help: "Listen on every network interface, for a classroom; a printed access code is asked once per browser.")
    var lan = false

    @Option(name: .long, help: "Language the pages start in: ja or en (each browser can switch).")
    var lang: Language = .ja

    @Option(name: .long, help: "The largest upload accepted, in MB.")
    var uploadLimit: Int = 50

    @Option(name: .long, help: "Seconds one analysis may take before the page gives up waiting.")
    var timeLimit: Int = 60

    @Option(name: .long, help: "Classroom mode: the exercise spec (.yaml) whose workbooks are handed out and graded.")
    var exercise: String?

    @Option(name: .long, help: "Classroom mode: a roster workbook whose 氏名 column names the participants.")
    var roster: String?

    @Option(name: .long, help: "Classroom mode without a roster: the number of participants.")
    var participants: Int?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard (1...2048).contains(uploadLimit) else { throw ValidationError("--upload-limit must be between 1 and 2048 (MB).") }
        guard (1...3600).contains(timeLimit) else { throw ValidationError("--time-limit must be between 1 and 3600 seconds.") }
        if exercise == nil, roster != nil || participants != nil {
            throw ValidationError("--roster and --participants belong to --exercise.")
        }
        if roster != nil, participants != nil { throw ValidationError("Give either --roster or --participants, not both.") }
        if let participants, !(1...1000).contains(participants) { throw ValidationError("--participants must be between 1 and 1000.") }
    }

    func run() throws {
        let code = lan ? WorkbenchConfiguration.newAccessCode() : nil
        var classroom: ClassroomConfiguration?
        if let exercise {
            try InputFile.check(exercise)
            if let roster { try InputFile.check(roster) }
            classroom = ClassroomConfiguration(specPath: exercise, rosterPath: roster, participants: participants)
        }
        let configuration = WorkbenchConfiguration(
            host: host ?? (lan ? "0.0.0.0" : "127.0.0.1"), port: port, lan: lan, language: lang,
            uploadLimit: uploadLimit << 20, requestTimeLimit: TimeInterval(timeLimit), accessCode: code, classroom: classroom)
        let workbench: Workbench
        do {
            workbench = try Workbench(configuration: configuration, tools: ServeTools())
        } catch {
            FileHandle.standardError.write(Data((ErrorMessages.sentence(for: error, language: lang, file: exercise) + "\n").utf8))
            throw ExitCode(1)
        }
        // The root command is synchronous (its main ignores SIGXFSZ first); the server runs on Swift's
        // concurrency threads while this one waits for it to stop.
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await workbench.run { port in
                    FileHandle.standardOutput.write(Data((ServeBanner.text(configuration: configuration, port: port) + "\n").utf8))
                }
            } catch {
                outcome.set(error)
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// The server's error, handed from its task to the waiting command.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
