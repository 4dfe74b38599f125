import Analysis

/// The result workbook of `bunseki random`: a sheet with a note naming the distribution, the seed and
/// the generator, then one column per variable; the numbers' moments beside the distribution's (not for
/// a patterned run); and the Reading sheet. The numbers are values, not
/// `RAND()` formulas, so they stay put when the workbook recalculates.
public enum RandomNumbersWorkbook {
    /// Row of the numbers' header on the number sheet; the numbers start one row below.
    static let headerRow = 3

    /// Builds the document.
    ///
    /// - Parameters:
    ///   - distribution: the distribution the numbers were drawn from.
    ///   - seed: the generator's seed; nil for a patterned run, which draws nothing.
    ///   - variables: one array of numbers per variable, all of the same length.
    public static func document(language: Language, distribution: RandomDistribution, seed: UInt64?, variables: [[Double]],
                                title: String = "") -> ReportDocument {
        let name = Labels.Sampling.randomTitle.text(language)
        let headers = variables.indices.map { language == .en ? "Variable \($0 + 1)" : "変数 \($0 + 1)" }
        let length = variables.map(\.count).max() ?? 0
        // Draws of a continuous distribution have no decimals of their own: four, enough to read them and to round
        // them further in the exercise; counts and patterned values keep theirs (NumberFormat.swift).
        let formats = variables.map { NumberFormat.decimals(min(4, NumberFormat.dataDecimals(of: $0))) }
        // One row per draw, made as it is written (`RowRun`).
        let table = ReportTable.run(columnHeaders: headers, rowCount: length, valueColumns: max(0, variables.count - 1)) { row in
            let cells = variables.indices.map { column in
                row < variables[column].count ? ReportCell.number(variables[column][row], format: formats[column]) : nil
            }
            return ReportTable.Row(labelCell: cells.first.flatMap { $0 } ?? .blank(), Array(cells.dropFirst()))
        }
        let generator = seed.map { seed in
            language == .en
                ? " Seed \(seed) (xoshiro256** seeded through SplitMix64; the same seed gives the same numbers)."
                : " シード \(seed) (xoshiro256**、SplitMix64 で初期化。同じシードなら同じ数列になります)。"
        } ?? ""
        let described = Labels.distribution(distribution, language)
        let note = (language == .en ? "Distribution: \(described)." : "分布: \(described)。") + generator
        let numbers = ReportSheet(name: name, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(name)),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes([note])),
            ReportBlock(at: CellAddress(row: headerRow, column: 0), .rows(table)),
        ])
        let range = CellRange(sheet: name, first: CellAddress(row: headerRow + 1, column: 0),
                              last: CellAddress(row: headerRow + max(length, 1), column: max(variables.count, 1) - 1))
        let all = Array(variables.joined())
        let sample = try? DescriptiveStatistics.compute(all)
        let moments = RandomMomentsSheet(language: language, distribution: distribution, numbers: range, sample: sample)
        let reading = RandomNumbersReading(language: language, distribution: distribution, seed: seed, rows: length,
                                           variables: variables.count, sample: sample)
        let readingSheet = ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings)
        let sheets = [numbers] + (moments.map { [$0.sheet] } ?? []) + [readingSheet]
        return ReportDocument(sheets: sheets, properties: .init(title: title))
    }
}
