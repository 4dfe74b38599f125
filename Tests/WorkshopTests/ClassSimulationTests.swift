import Analysis
import Foundation
import ReportWriter
@testable import Workshop
import XCTest
import TestSupport

/// A whole course day on the overtime exercise: 30 variants built, returned workbooks filled in
/// programmatically with answers computed here from each participant's own data sheet (cleaned by
/// this test's code, fitted by this test's least squares — not copied from the key), graded in one
/// run, and every mark, data-sheet note and the 未提出 list checked.
final class ClassSimulationTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("workshop-class").url
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// What a participant who did the exercise right computes from the handed-out sheet.
    struct Fit {
        let intercept: Double, workload: Double, staff: Double, pStaff: Double, rSquared: Double, adjusted: Double
    }

    /// Cleans the sheet as the instructions say (full-width digits and units to numbers, rows with a
    /// blank deleted) — or, with `dropMessy`, deletes the rows with messy numbers instead — and fits
    /// 残業時間 = b0 + b1·処理件数 + b2·職員数 by the normal equations.
    static func fit(_ rows: [[DataCell]], dropMessy: Bool = false) throws -> Fit {
        let header = rows[0].map { cell -> String in if case .text(let t) = cell { return t }; return "" }
        let columns = ["処理件数", "職員数", "残業時間"].map { name in header.firstIndex(of: name)! }
        var x: [[Double]] = [], y: [Double] = []
        for row in rows.dropFirst() {
            var values: [Double] = []
            for column in columns {
                switch row[column] {
                case .number(let value): values.append(value)
                case .text(let text) where !dropMessy:
                    let ascii = String(text.unicodeScalars.map { scalar -> Character in
                        (0xFF01...0xFF5E).contains(scalar.value) ? Character(Unicode.Scalar(scalar.value - 0xFEE0)!) : Character(scalar)
                    }).replacingOccurrences(of: "時間", with: "")
                    values.append(try XCTUnwrap(Double(ascii), text))
                default: break
                }
            }
            guard values.count == 3 else { continue }
            x.append([1, values[0], values[1]])
            y.append(values[2])
        }
        let n = Double(y.count), k = 3.0
        // (X'X | I) → (I | (X'X)⁻¹) by Gauss–Jordan, then b = (X'X)⁻¹ X'y.
        var m = (0..<3).map { i in (0..<3).map { j in x.reduce(0) { $0 + $1[i] * $1[j] } } + (0..<3).map { $0 == i ? 1.0 : 0 } }
        for i in 0..<3 {
            let pivot = m[i][i]
            m[i] = m[i].map { $0 / pivot }
            for r in 0..<3 where r != i {
                let factor = m[r][i]
                m[r] = zip(m[r], m[i]).map { $0 - factor * $1 }
            }
        }
        let inverse = m.map { Array($0[3...]) }
        let xty = (0..<3).map { i in zip(x, y).reduce(0) { $0 + $1.0[i] * $1.1 } }
        let b = inverse.map { row in zip(row, xty).reduce(0) { $0 + $1.0 * $1.1 } }
        let residuals = zip(x, y).map { row, value in value - zip(b, row).reduce(0) { $0 + $1.0 * $1.1 } }
        let sse = residuals.reduce(0) { $0 + $1 * $1 }
        let mean = y.reduce(0, +) / n
        let sst = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let s2 = sse / (n - k)
        let t = b[2] / (s2 * inverse[2][2]).squareRoot()
        let p = 2 * (try StudentT(degreesOfFreedom: n - k)).cdf(-abs(t))
        let r2 = 1 - sse / sst
        return Fit(intercept: b[0], workload: b[1], staff: b[2], pStaff: p, rSquared: r2,
                   adjusted: 1 - (1 - r2) * (n - 1) / (n - k))
    }

    static func round(_ value: Double, _ decimals: Int) -> Double {
        let scale = pow(10.0, Double(decimals))
        return (value * scale).rounded() / scale
    }

    /// Answers typed the way the 説明 sheet asks: rounded to the decimals, p with three significant digits.
    static func typed(_ fit: Fit) -> [String: FilledWorkbook.Entry] {
        ["coef_workload": .number(round(fit.workload, 3)), "coef_staff": .number(round(fit.staff, 2)),
         "p_staff": .text(String(format: "%.2E", fit.pStaff)), "sig_staff": .text(fit.pStaff < 0.05 ? "はい" : "いいえ"),
         "r_squared": .number(round(fit.rSquared, 3))]
    }

    func testThirtyParticipantsAreGradedInOneRun() throws {
        let spec = try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("overtime-regression.yaml").path)
        let roster = ClassRoster(names: (1...30).map { "受講者\($0)" })
        let output = try ClassSetBuilder(spec: spec).build(roster: roster, into: folder.appendingPathComponent("class"))
        XCTAssertEqual(output.exerciseWorkbooks.count, 30)
        XCTAssertTrue(output.exerciseWorkbooks.allSatisfy { $0.hasPrefix("配布/") })
        XCTAssertTrue(output.overview.hasPrefix("解答/"))
        let returned = folder.appendingPathComponent("returned")
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)

        var datasets: [Int: GeneratedDataset] = [:], fits: [Int: Fit] = [:]
        for variant in 1...30 {
            datasets[variant] = try DatasetGenerator.generate(spec, variant: variant)
            fits[variant] = try Self.fit(FilledWorkbook.handedOutRows(datasets[variant]!))
        }
        func file(_ variant: Int, _ name: String? = nil) -> URL {
            returned.appendingPathComponent(name ?? String(format: "overtime-regression-%02d.xlsx", variant))
        }
        func fill(_ variant: Int, _ entries: [String: FilledWorkbook.Entry], name: String? = nil,
                  rows: [[DataCell]]? = nil, sheets: [String] = []) throws {
            try FilledWorkbook.write(spec: spec, variant: variant, entries: entries, to: file(variant, name),
                                     dataRows: rows, extraSheets: sheets)
        }
        // 1–8: correct, typed as asked.
        for variant in 1...8 { try fill(variant, Self.typed(fits[variant]!)) }
        // 9: adjusted R² for R²; 10: the coefficients swapped; 11: p as a percent; 12: messy rows deleted.
        var slipped = Self.typed(fits[9]!)
        slipped["r_squared"] = .number(Self.round(fits[9]!.adjusted, 3))
        try fill(9, slipped)
        slipped = Self.typed(fits[10]!)
        slipped["coef_workload"] = .number(Self.round(fits[10]!.staff, 3))
        slipped["coef_staff"] = .number(Self.round(fits[10]!.workload, 2))
        try fill(10, slipped)
        slipped = Self.typed(fits[11]!)
        slipped["p_staff"] = .number(fits[11]!.pStaff * 100)
        try fill(11, slipped)
        let dropped = try Self.fit(FilledWorkbook.handedOutRows(datasets[12]!), dropMessy: true)
        try fill(12, Self.typed(dropped))
        // 13 blank; 14 text that is no answer; 15 full-width text with a unit.
        try fill(13, [:])
        try fill(14, ["coef_workload": .text("わからない")])
        var wide = [String: FilledWorkbook.Entry]()
        wide["coef_workload"] = .text(DirtyText.fullWidth(String(format: "%.3f", fits[15]!.workload)) + "時間")
        wide["r_squared"] = .text(DirtyText.fullWidth(String(format: "%.3f", fits[15]!.rSquared)))
        try fill(15, wide)
        // 16: cleaned in place (messy cells converted, rows with a blank deleted).
        let original16 = FilledWorkbook.handedOutRows(datasets[16]!)
        var cleaned = [original16[0]]
        for (index, row) in original16.enumerated().dropFirst() where !row.contains(.empty) {
            cleaned.append(row.enumerated().map { column, cell in
                if case .text = cell, case .number(let value)? = datasets[16]!.columns[column].values[index - 1] { return .number(value) }
                if case .text(let text) = cell { return .text(text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))) }
                return cell
            })
        }
        try fill(16, Self.typed(try Self.fit(cleaned)), rows: cleaned)
        // 17: a helper column and a work sheet.
        let original17 = FilledWorkbook.handedOutRows(datasets[17]!)
        let helper = original17.enumerated().map { index, row in
            row + [index == 0 ? .text("処理件数（数値）") : datasets[17]!.columns[2].values[index - 1].map { value -> DataCell in
                if case .number(let number) = value { return .number(number) }
                return .empty
            } ?? .empty]
        }
        try fill(17, Self.typed(fits[17]!), rows: helper, sheets: ["作業"])
        // 18: sorted by 残業時間 (text and blanks last).
        let original18 = FilledWorkbook.handedOutRows(datasets[18]!)
        let sorted = [original18[0]] + original18.dropFirst().sorted { a, b in
            func key(_ cell: DataCell) -> Double { if case .number(let v) = cell { return v }; return .infinity }
            return key(a[4]) < key(b[4])
        }
        try fill(18, Self.typed(fits[18]!), rows: sorted)
        // 19: one value changed by hand (E10 doubled): graded against the key, with a warning naming the cell.
        var edited = FilledWorkbook.handedOutRows(datasets[19]!)
        if case .number(let value) = edited[9][4] { edited[9][4] = .number(value * 2) } else { edited[9][4] = .number(999) }
        try fill(19, Self.typed(fits[19]!), rows: edited)
        // 20: re-saved by LibreOffice when it is installed (the same answers either way).
        try fill(20, Self.typed(fits[20]!))
        if (try? LibreOfficeResave.located()) != nil {
            let resaved = try LibreOfficeResave.resave(file(20), into: folder.appendingPathComponent("lo"))
            try FileManager.default.removeItem(at: file(20))
            try FileManager.default.copyItem(at: resaved, to: file(20))
        }
        // 21: renamed; 22: returned twice (second copy with a wrong R²).
        try fill(21, Self.typed(fits[21]!), name: "最終版 (2).xlsx")
        try fill(22, Self.typed(fits[22]!))
        var second = Self.typed(fits[22]!)
        second["r_squared"] = .number(0.5)
        try fill(22, second, name: "overtime-regression-22 - コピー.xlsx")
        // Foreign: another exercise's workbook, a workbook that is no exercise, a corrupt file, a lock file.
        let other = try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("counter-waiting-anova.yaml").path)
        try FilledWorkbook.write(spec: other, variant: 1, entries: [:], to: returned.appendingPathComponent("窓口.xlsx"))
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Workbooks/staff.xlsx"),
                                         to: returned.appendingPathComponent("staff.xlsx"))
        try Data("not a workbook".utf8).write(to: returned.appendingPathComponent("壊れた.xlsx"))
        try Data("lock".utf8).write(to: returned.appendingPathComponent("~$overtime-regression-01.xlsx"))
        // 23–30 have not submitted.

        // Grade the folder in one run, as `bunseki exercise grade` does.
        let (files, skipped) = SubmissionFiles.collect([returned.path])
        XCTAssertEqual(skipped.map { ($0 as NSString).lastPathComponent }, ["~$overtime-regression-01.xlsx"])
        XCTAssertEqual(files.count, 26)
        let reader = SubmissionReader(spec: spec), grader = SubmissionGrader(spec: spec)
        let grades = try files.map { path -> SubmissionGrade in
            do {
                return try grader.grade(reader.read(path: path))
            } catch let error as WorkshopError {
                throw error
            } catch {
                return grader.unreadable(file: path, reason: "unreadable")
            }
        }
        func grade(_ name: String) throws -> SubmissionGrade {
            try XCTUnwrap(grades.first { ($0.file as NSString).lastPathComponent == name }, name)
        }
        func marks(_ name: String) throws -> [String] {
            guard case .graded(_, let figures) = try grade(name).outcome else { return ["not graded"] }
            return figures.map { GradeWorkbook.symbol($0.status) + ($0.slip.map { ":" + $0.shortJapanese } ?? "") }
        }
        let allCorrect = ["○", "○", "○", "○", "○"]
        for variant in [1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20] {
            XCTAssertEqual(try marks(String(format: "overtime-regression-%02d.xlsx", variant)), allCorrect, "participant \(variant)")
        }
        XCTAssertEqual(try marks("overtime-regression-09.xlsx"), ["○", "○", "○", "○", "×:補正R2と混同"])
        XCTAssertEqual(try marks("overtime-regression-10.xlsx"), ["×:「職員数」と取り違え", "×:「処理件数」と取り違え", "○", "○", "○"])
        XCTAssertEqual(try marks("overtime-regression-11.xlsx"), ["○", "○", "×:パーセントで回答", "○", "○"])
        let droppedMarks = try marks("overtime-regression-12.xlsx")
        XCTAssertTrue(droppedMarks.contains("×:汚れた値の行を削除"), "\(droppedMarks)")
        XCTAssertEqual(try marks("overtime-regression-13.xlsx"), ["空欄", "空欄", "空欄", "空欄", "空欄"])
        XCTAssertEqual(try marks("overtime-regression-14.xlsx"), ["?", "空欄", "空欄", "空欄", "空欄"])
        XCTAssertEqual(try marks("overtime-regression-15.xlsx"), ["○", "空欄", "空欄", "空欄", "○"])
        XCTAssertEqual(try marks("最終版 (2).xlsx"), allCorrect)
        XCTAssertEqual(try marks("overtime-regression-22.xlsx"), allCorrect)
        XCTAssertEqual(try marks("overtime-regression-22 - コピー.xlsx"), ["○", "○", "○", "○", "×"])
        XCTAssertEqual(try grade("窓口.xlsx").outcome, .otherExercise(exerciseID: "counter-waiting-anova"))
        XCTAssertEqual(try grade("staff.xlsx").outcome, .unidentified)
        XCTAssertEqual(try grade("壊れた.xlsx").outcome, .unreadable(reason: "unreadable"))

        // What was done to the data sheets.
        for variant in [1, 9, 13, 20] {
            XCTAssertEqual(try grade(String(format: "overtime-regression-%02d.xlsx", variant)).dataReview?.isUnchanged, true, "\(variant)")
        }
        let review16 = try XCTUnwrap(try grade("overtime-regression-16.xlsx").dataReview)
        XCTAssertEqual(review16.warnings, [])
        XCTAssertTrue(review16.accepted.contains { if case .cleaned = $0 { return true }; return false }, "\(review16)")
        XCTAssertTrue(review16.accepted.contains { if case .blankRowsRemoved(let rows) = $0 { return rows.count == 1 }; return false }, "\(review16)")
        let review17 = try XCTUnwrap(try grade("overtime-regression-17.xlsx").dataReview)
        XCTAssertEqual(review17.accepted, [.helperSheets(["作業"]), .helperColumns(["処理件数（数値）"])])
        XCTAssertEqual(review17.warnings, [])
        let review18 = try XCTUnwrap(try grade("overtime-regression-18.xlsx").dataReview)
        XCTAssertEqual(review18.accepted, [.sorted])
        XCTAssertEqual(review18.warnings, [])
        XCTAssertEqual(try grade("overtime-regression-19.xlsx").dataReview?.warnings, [.changedValues(cells: ["E10"])])

        // The debrief: duplicates, foreign files and who has not submitted.
        let debrief = ClassDebrief(spec: spec, grades: grades, roster: roster)
        XCTAssertEqual(debrief.notSubmitted.map(\.number), Array(23...30))
        XCTAssertEqual(debrief.duplicates.keys.sorted(), [22])
        XCTAssertEqual(debrief.foreign.count, 2)
        XCTAssertEqual(debrief.unreadable.count, 1)
        XCTAssertEqual(debrief.dataWarnings, 1)
        XCTAssertEqual(debrief.distribution.reduce(0, +), 22)
        XCTAssertTrue(debrief.summaryJapanese.contains("未提出 8 人（23 受講者23、"), debrief.summaryJapanese)
        let rSquared = try XCTUnwrap(debrief.questions.last)
        XCTAssertTrue(rSquared.commonSlips.contains { $0.slip == .adjustedRSquared }, "\(rSquared.commonSlips)")

        // The grade workbook, feedback and CSV are written.
        let gradeBook = folder.appendingPathComponent("採点結果.xlsx")
        try ReportWriter(overwrite: false).write(GradeWorkbook.document(spec: spec, grades: grades, roster: roster), to: gradeBook)
        let feedback = try XCTUnwrap(FeedbackWorkbook.document(spec: spec, grade: try grade("overtime-regression-09.xlsx"),
                                                              name: GradeWorkbook.name(of: try grade("overtime-regression-09.xlsx"), roster: roster)))
        try ReportWriter(overwrite: false).write(feedback, to: folder.appendingPathComponent("feedback-09.xlsx"))
        let csv = ScoresCSV.text(spec: spec, grades: grades, roster: roster)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 31)
        XCTAssertTrue(csv.contains("\r\n9,受講者9,"), csv)
        XCTAssertTrue(csv.contains("\r\n23,受講者23,（未提出）"), csv)
        if let keep = ProcessInfo.processInfo.environment["BUNSEKI_KEEP_SIMULATION"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: folder.path, toPath: keep)
        }
    }
}
