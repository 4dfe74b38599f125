import Spreadsheet
@testable import Workshop
import Yams
import XCTest

final class GenerationTests: XCTestCase {
    private func spec(_ yaml: String) throws -> ExerciseSpec {
        try ExerciseSpecLoader.parse(yaml: yaml, file: "test.yaml")
    }

    private func committedSpec(_ id: String) throws -> ExerciseSpec {
        try ExerciseSpecLoader.load(path: ExerciseFiles.exercisesFolder.appendingPathComponent("\(id).yaml").path)
    }

    func testSameVariantGivesSameDataAndVariantsDiffer() throws {
        let spec = try committedSpec("overtime-regression")
        let first = try DatasetGenerator.generate(spec, variant: 1)
        XCTAssertEqual(first, try DatasetGenerator.generate(spec, variant: 1))
        let second = try DatasetGenerator.generate(spec, variant: 2)
        XCTAssertNotEqual(first.seed, second.seed)
        XCTAssertNotEqual(first.column(named: "残業時間")?.values, second.column(named: "残業時間")?.values)
        XCTAssertEqual(first.rowCount, 48)
        XCTAssertEqual(first.columns.map(\.name), ["係ID", "課", "処理件数", "職員数", "残業時間"])
    }

    func testEditingALaterColumnLeavesEarlierColumnsUnchanged() throws {
        let original = try spec(SpecLoadingTests.minimal)
        let edited = try spec(SpecLoadingTests.minimal.replacingOccurrences(of: "noise: {sd: 1}", with: "noise: {sd: 3}"))
        let a = try DatasetGenerator.generate(original, variant: 1), b = try DatasetGenerator.generate(edited, variant: 1)
        XCTAssertEqual(a.column(named: "件数"), b.column(named: "件数"))
        XCTAssertNotEqual(a.column(named: "時間"), b.column(named: "時間"))
    }

    func testDerivedColumnCarriesThePlantedSlope() throws {
        let yaml = """
        id: slope
        title: t
        story: s
        dataset:
          rows: 4000
          seed: 11
          columns:
            - name: x
              uniform: {min: 0, max: 10}
            - name: y
              derived: {intercept: 2, terms: {x: 3}, noise: {sd: 1}}
        tasks:
          - {id: d, analysis: describe, variable: y, instructions: i, figures: [{id: m, label: m, statistic: mean}]}
        """
        let data = try DatasetGenerator.generate(try spec(yaml), variant: 1)
        let x = data.column(named: "x")?.numbers.compactMap { $0 } ?? []
        let y = data.column(named: "y")?.numbers.compactMap { $0 } ?? []
        XCTAssertEqual(x.count, 4000)
        let meanX = x.reduce(0, +) / 4000, meanY = y.reduce(0, +) / 4000
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        let sxx = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        // Slope SE = σ/√Sxx ≈ 1/√(4000·100/12) ≈ 0.0055; allow five of them.
        XCTAssertEqual(sxy / sxx, 3, accuracy: 0.03)
        XCTAssertEqual(meanY - sxy / sxx * meanX, 2, accuracy: 0.2)
    }

    func testConditionalCategoriesFollowTheirWeights() throws {
        let spec = try committedSpec("itpassport-training-crosstab")
        var passed = [String: Int](), total = [String: Int]()
        for variant in 1...20 {
            let data = try DatasetGenerator.generate(spec, variant: variant)
            let training = data.column(named: "研修")?.labels ?? [], result = data.column(named: "合否")?.labels ?? []
            for (group, outcome) in zip(training, result) {
                guard let group else { continue }
                total[group, default: 0] += 1
                if outcome == "合格" { passed[group, default: 0] += 1 }
            }
        }
        let attendRate = Double(passed["参加"] ?? 0) / Double(total["参加"] ?? 1)
        let absentRate = Double(passed["不参加"] ?? 0) / Double(total["不参加"] ?? 1)
        // 20 × 200 rows: about 1600 attendees (SE of the rate ≈ 0.012) and 2400 others (≈ 0.010).
        XCTAssertEqual(attendRate, 0.65, accuracy: 0.06)
        XCTAssertEqual(absentRate, 0.35, accuracy: 0.05)
    }

    func testMissingAndDirtyCellsAreInjectedExactly() throws {
        let spec = try committedSpec("overtime-regression")
        let data = try DatasetGenerator.generate(spec, variant: 3)
        let staff = try XCTUnwrap(data.column(named: "職員数"))
        XCTAssertEqual(staff.cells.filter { $0 == .empty }.count, 1)
        XCTAssertEqual(staff.values.filter { $0 == nil }.count, 1)

        let workload = try XCTUnwrap(data.column(named: "処理件数"))
        let fullWidth = zip(workload.cells, workload.values).compactMap { cell, value -> (String, Double)? in
            guard case .text(let text) = cell, case .number(let number)? = value else { return nil }
            return (text, number)
        }
        XCTAssertEqual(fullWidth.count, 2)
        for (text, number) in fullWidth {
            XCTAssertTrue(text.unicodeScalars.allSatisfy { (0xFF10...0xFF19).contains($0.value) }, text)
            XCTAssertEqual(text, DirtyText.fullWidth(NumberSpelling.plain(number)))
        }

        let overtime = try XCTUnwrap(data.column(named: "残業時間"))
        let withUnit = overtime.cells.compactMap { cell -> String? in
            if case .text(let text) = cell { return text }
            return nil
        }
        XCTAssertEqual(withUnit.count, 2)
        XCTAssertTrue(withUnit.allSatisfy { $0.hasSuffix("時間") && Double($0.dropLast(2)) != nil }, "\(withUnit)")

        let section = try XCTUnwrap(data.column(named: "課"))
        let spaced = zip(section.cells, section.labels).filter { cell, label in cell != .text(label ?? "") }
        XCTAssertEqual(spaced.count, 2)
        for (cell, label) in spaced {
            guard case .text(let text) = cell else { return XCTFail("\(cell)") }
            XCTAssertEqual(text.trimmingCharacters(in: .whitespaces), label)
        }
    }

    /// The committed monthly exercise: 24 months from April 2023, and counts that carry the spec's 12
    /// monthly shifts on top of the trend, the first shift (the spring peak) falling on April.
    func testMonthlyDatesAndSeasonalPattern() throws {
        var spec = try committedSpec("monthly-applications-smoothing")
        let data = try DatasetGenerator.generate(spec, variant: 1)
        let dates = data.column(named: "年月")?.values ?? []
        XCTAssertEqual(dates.first, .date(try XCTUnwrap(CivilDate(year: 2023, month: 4, day: 1))))
        XCTAssertEqual(dates.last, .date(try XCTUnwrap(CivilDate(year: 2025, month: 3, day: 1))))
        XCTAssertEqual(data.column(named: "月番号")?.numbers.last, 24)

        let column = try XCTUnwrap(spec.dataset.columns.firstIndex { $0.name == "申請件数" })
        guard case .derived(var derived) = spec.dataset.columns[column].kind else { return XCTFail("申請件数 is not derived") }
        XCTAssertEqual(derived.seasonal.count, 12)
        let slope = try XCTUnwrap(derived.terms["月番号"])
        let trend = (1...24).map { derived.intercept + slope * Double($0) }
        let shifts = (0..<24).map { derived.seasonal[$0 % 12] }

        // Without the noise, each month is exactly its trend plus its month's shift.
        derived.noise = nil
        spec.dataset.columns[column].kind = .derived(derived)
        let exact = try DatasetGenerator.generate(spec, variant: 1).column(named: "申請件数")?.numbers ?? []
        XCTAssertEqual(exact, zip(trend, shifts).map { $0 + $1 })

        // With the noise (sd 25 against shifts of sd 51), the detrended counts still follow the shifts.
        let counts = try (data.column(named: "申請件数")?.numbers ?? []).map { try XCTUnwrap($0) }
        XCTAssertEqual(counts.count, 24)
        let detrended = zip(counts, trend).map { $0 - $1 }
        XCTAssertGreaterThan(correlation(detrended, shifts), 0.8)
    }

    private func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        let sxy = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let sxx = x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +), syy = y.map { ($0 - my) * ($0 - my) }.reduce(0, +)
        return sxy / (sxx * syy).squareRoot()
    }

    func testNumbersAreRoundedAndClamped() throws {
        let data = try DatasetGenerator.generate(try committedSpec("counter-waiting-anova"), variant: 5)
        let waits = data.column(named: "待ち時間")?.numbers.compactMap { $0 } ?? []
        XCTAssertEqual(waits.count, 100)
        XCTAssertTrue(waits.allSatisfy { $0 >= 0 && abs($0 * 10 - ($0 * 10).rounded()) < 1e-9 })
    }

    func testRoundingIsHalfAwayFromZero() {
        XCTAssertEqual(NumberSpelling.rounded(2.5, decimals: 0), 3)
        XCTAssertEqual(NumberSpelling.rounded(-2.5, decimals: 0), -3)
        XCTAssertEqual(NumberSpelling.rounded(1.25, decimals: 1), 1.3)
        XCTAssertEqual(NumberSpelling.plain(120), "120")
        XCTAssertEqual(NumberSpelling.plain(-0.5), "-0.5")
        XCTAssertEqual(DirtyText.fullWidth("-12.5"), "－１２．５")
    }
}

final class UnvalidatedSpecTests: XCTestCase {
    /// A spec decoded directly (bypassing the loader) with more weights than labels is refused, not a crash.
    func testGenerationChecksSpecsThatSkippedTheLoader() throws {
        let yaml = SpecLoadingTests.minimal.replacingOccurrences(of: "weights: [1, 2]", with: "weights: [1, 2, 3]")
        let spec = try YAMLDecoder().decode(ExerciseSpec.self, from: yaml)
        XCTAssertThrowsError(try DatasetGenerator.generate(spec, variant: 1)) { error in
            guard case .invalidSpec(_, let keyPath, _) = error as? WorkshopError else { return XCTFail("\(error)") }
            XCTAssertEqual(keyPath, "dataset.columns[0].categorical.weights")
        }
    }
}
