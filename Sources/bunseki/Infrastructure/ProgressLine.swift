import Foundation
import Procedures
import Report

/// One line on standard error saying what a long command is doing (reading, analysing, writing) and how far it has
/// come, rewritten in place with `\r` and cleared when the command ends.
///
/// Shown only when standard error is a terminal, and never with `--quiet` or `--json` (`ProgressLine.make` gives nil
/// then), so scripts, pipes and test runners see exactly the output they saw before. Work of under a second shows
/// nothing: the line appears once the command has run for `delay` seconds. The layers below report through plain
/// callbacks (`Table.read(progress:)`, `ReportWriter.progress`) that only store a number; a background thread draws
/// the line at most five times a second, so reporting costs nothing per cell and the drawing never waits on the work.
final class ProgressLine: @unchecked Sendable {
    enum Phase: Equatable {
        case reading, analysing, writing, compressing
    }

    /// Seconds between two drawings of the line: at most five a second.
    static let interval = 0.2

    private let language: Language
    private let delay: Double
    private let started = ProgressLine.now()
    /// Guards every field below: the work's thread updates them, the drawing thread reads them.
    private let condition = NSCondition()
    private var phase: Phase?
    private var phaseStarted = 0.0
    private var fraction: Double?
    /// Display columns of the line now on the terminal (0 when none is).
    private var shownWidth = 0
    private var lastDrawn = -Double.infinity
    private var stopped = false

    /// A progress line for a command run with `output`, or nil when none may be shown.
    /// `BUNSEKI_PROGRESS_DELAY` (seconds) overrides the one-second wait, so tests can see the line on small files.
    static func make(output: OutputOptions, environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressLine? {
        guard !output.quiet, !output.json, isatty(STDERR_FILENO) == 1 else { return nil }
        let delay = environment["BUNSEKI_PROGRESS_DELAY"].flatMap(Double.init) ?? 1.0
        let line = ProgressLine(language: output.language, delay: max(0, delay))
        Thread.detachNewThread { [line] in line.drawUntilStopped() }
        return line
    }

    private init(language: Language, delay: Double) {
        self.language = language
        self.delay = delay
    }

    /// A new phase begins; its fraction is unknown until `update` says otherwise.
    func begin(_ phase: Phase) {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped, self.phase != phase else { return }
        self.phase = phase
        phaseStarted = Self.now()
        fraction = nil
        // A new phase is drawn at once (once the delay has passed), unless a drawing was just made.
        drawIfDue()
    }

    /// How far the current phase has come, as `done` of `total` units (bytes, cells).
    func update(_ done: Int, of total: Int?) {
        guard let total, total > 0 else { return }
        condition.lock()
        fraction = min(1, Double(done) / Double(total))
        condition.unlock()
    }

    /// The reader's callback: bytes of the sheet or file read.
    var readProgress: (_ done: Int, _ total: Int?) -> Void {
        { [self] done, total in update(done, of: total) }
    }

    /// The writer's callback: cells written, then `done == total` when only compressing the file is left.
    var writeProgress: @Sendable (_ done: Int, _ total: Int) -> Void {
        { [self] done, total in
            if done >= total { begin(.compressing) } else { update(done, of: total) }
        }
    }

    /// Stops drawing and clears the line. Called before anything else is printed (the result, an error message).
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped else { return }
        stopped = true
        if shownWidth > 0 { write("\r" + String(repeating: " ", count: shownWidth) + "\r") }
        shownWidth = 0
        condition.broadcast()
    }

    private func drawUntilStopped() {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            _ = condition.wait(until: Date(timeIntervalSinceNow: Self.interval))
            if !stopped { drawIfDue() }
        }
    }

    /// Draws the line when the command has run long enough and the last drawing is old enough. Lock held.
    private func drawIfDue() {
        let now = Self.now()
        guard let phase, now - started >= delay, now - lastDrawn >= Self.interval * 0.9 else { return }
        lastDrawn = now
        let text = self.text(phase, fraction: fraction, seconds: now - phaseStarted)
        let width = DisplayWidth.of(text)
        // Spaces cover what is left of a longer previous line.
        write("\r" + text + String(repeating: " ", count: max(0, shownWidth - width)))
        shownWidth = max(width, shownWidth)
    }

    private func text(_ phase: Phase, fraction: Double?, seconds: Double) -> String {
        let l = language
        let doing = switch phase {
        case .reading: l.pick(ja: "ファイルを読み込んでいます", en: "Reading the file")
        case .analysing: l.pick(ja: "分析しています", en: "Analysing")
        case .writing: l.pick(ja: "結果のブックを書き出しています", en: "Writing the result workbook")
        case .compressing: l.pick(ja: "結果のブックを圧縮しています", en: "Compressing the result workbook")
        }
        if let fraction { return "\(doing)… \(Int(fraction * 100))%" }
        return "\(doing)… " + l.pick(ja: "\(Int(seconds)) 秒", en: "\(Int(seconds)) s")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
