import Analysis

/// How `bunseki sample` chose its values (toolpak.md §3.15).
public enum SamplingMethod: Sendable, Hashable {
    /// Every `period`-th present value, starting with the `period`-th.
    case periodic(period: Int)
    /// `count` values drawn uniformly with replacement, from xoshiro256** seeded with `seed`.
    case random(count: Int, seed: UInt64)
}

/// The Sampling sheet: a note saying how the values were chosen, then the sampled column. A periodic
/// sample is a live `INDEX` into the data sheet; a random one is plain numbers, because no worksheet
/// function reproduces our seeded generator.
public struct SamplingLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out `sample`, taken by `method` from the values in `data` (present values only, in row order).
    public init(language: Language, name: String, data: CellRange, method: SamplingMethod, sample: [Double]) {
        // Sampled values show as entered: the data's own decimals (NumberFormat.swift).
        let entered = NumberFormat.measured(dataDecimals: NumberFormat.dataDecimals(of: sample), extra: 0)
        let reference = data.reference()
        // One row per sampled value, made as it is written (`RowRun`).
        let table = ReportTable.run(columnHeaders: [name], rowCount: sample.count, valueColumns: 0) { index in
            switch method {
            case .periodic(let period):
                return ReportTable.Row(labelCell: .formula(Formula("INDEX(\(reference),\((index + 1) * period))"),
                                                           cached: sample[index], format: entered), [])
            case .random:
                return ReportTable.Row(labelCell: .number(sample[index], format: entered), [])
            }
        }
        let title = Labels.Sampling.samplingTitle.text(language)
        sheet = ReportSheet(name: title, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("\(title): \(name)")),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes([Self.note(method, language)])),
            ReportBlock(at: CellAddress(row: 3, column: 0), .rows(table)),
        ])
    }

    /// The sentence that lets a reader redo the sample.
    static func note(_ method: SamplingMethod, _ language: Language) -> String {
        switch method {
        case .periodic(let period):
            language == .en
                ? "Periodic sampling: the values at positions \(period), \(2 * period), \(3 * period), … (blank cells skipped)."
                : "周期によるサンプリング: \(period)、\(2 * period)、\(3 * period)、… 番目の値 (空欄は除く)。"
        case .random(let count, let seed):
            language == .en
                ? "Random sampling with replacement: \(count) values, seed \(seed) (xoshiro256** seeded through SplitMix64; the same seed gives the same sample)."
                : "無作為抽出 (復元抽出): \(count) 個、シード \(seed) (xoshiro256**、SplitMix64 で初期化。同じシードなら同じ標本になります)。"
        }
    }
}

/// The result workbook of `bunseki sample`: the data sheet (the column's present values), the Sampling
/// sheet and the Reading sheet.
public enum SamplingWorkbook {
    /// Builds the document; `values` are the column's present values, `sample` what `method` took from them.
    public static func document(language: Language, sourceRows: [Int], name: String, values: [Double],
                                method: SamplingMethod, sample: [Double], title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: [DataColumn(name: name, values: values)])
        let range = data.columnRanges[0]
        let reading = SamplingReading(language: language, name: name, data: range, method: method, sampleCount: sample.count)
        return ReportDocument(sheets: [
            data.sheet,
            SamplingLayout(language: language, name: name, data: range, method: method, sample: sample).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
