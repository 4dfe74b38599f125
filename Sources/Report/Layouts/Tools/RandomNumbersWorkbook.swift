/// The result workbook of `bunseki random`: one sheet with a note naming the distribution, the seed and
/// the generator, then one column per variable. The numbers are values, not `RAND()` formulas, so they
/// stay put when the workbook recalculates.
public enum RandomNumbersWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - distribution: the distribution and its parameters as written in the note (e.g. `normal(mean 0, sd 1)`).
    ///   - seed: the generator's seed; nil for a patterned run, which draws nothing.
    ///   - variables: one array of numbers per variable, all of the same length.
    public static func document(language: Language, distribution: String, seed: UInt64?, variables: [[Double]],
                                title: String = "") -> ReportDocument {
        let name = Labels.Sampling.randomTitle.text(language)
        let headers = variables.indices.map { language == .en ? "Variable \($0 + 1)" : "変数 \($0 + 1)" }
        let length = variables.map(\.count).max() ?? 0
        let rows = (0..<length).map { row in
            let cells = variables.map { row < $0.count ? ReportCell.number($0[row]) : nil }
            return ReportTable.Row(labelCell: cells.first.flatMap { $0 } ?? .blank(), Array(cells.dropFirst()))
        }
        let generator = seed.map { seed in
            language == .en
                ? " Seed \(seed) (xoshiro256** seeded through SplitMix64; the same seed gives the same numbers)."
                : " シード \(seed) (xoshiro256**、SplitMix64 で初期化。同じシードなら同じ数列になります)。"
        } ?? ""
        let note = (language == .en ? "Distribution: \(distribution)." : "分布: \(distribution)。") + generator
        return ReportDocument(sheets: [ReportSheet(name: name, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(name)),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes([note])),
            ReportBlock(at: CellAddress(row: 3, column: 0), .table(ReportTable(columnHeaders: headers, rows: rows))),
        ])], properties: .init(title: title))
    }
}
