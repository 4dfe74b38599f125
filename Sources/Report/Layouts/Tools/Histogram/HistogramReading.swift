// The sentences of the Reading / 解釈 sheet for the Histogram tool, in both languages: the one place to
// fix their wording.

/// What a histogram shows in plain words: the spread, the fullest bin and the values beyond the last edge.
struct HistogramReading {
    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, name: String, values: [Double], bins: HistogramBins, chosenByUser: Bool, pareto: Bool = false) {
        let finite = values.filter(\.isFinite)
        guard let minimum = finite.min(), let maximum = finite.max() else { return }
        let format = NumberFormat.decimals(bins.edgeDecimals)
        let show = { (value: Double) in format.approximateDisplay(of: value) }
        // Minimum and maximum are values of the data: shown with the data's own decimals, rounded as a cell would.
        let entered = NumberFormat.measured(dataDecimals: NumberFormat.dataDecimals(of: finite), extra: 0)
        findings.append(Self.spread(name: name, count: finite.count, minimum: NumberFormat.reading(minimum, format: entered),
                                    maximum: NumberFormat.reading(maximum, format: entered), language))
        let binCounts = bins.counts.prefix(bins.upperEdges.count)
        if let fullest = binCounts.indices.max(by: { binCounts[$0] < binCounts[$1] }) {
            let upper = show(bins.upperEdges[fullest])
            let lower = fullest > 0 ? show(bins.upperEdges[fullest - 1]) : nil
            let percent = NumberFormat.percent(1).approximateDisplay(of: Double(binCounts[fullest]) / Double(finite.count))
            findings.append(Self.fullestBin(lower: lower, upper: upper, count: binCounts[fullest], percent: percent, language))
        }
        if pareto, let (rows, fraction) = Self.paretoHead(bins.counts) {
            findings.append(Self.paretoHead(name: name, rows: rows, of: bins.counts.count,
                                            percent: NumberFormat.percent(1).approximateDisplay(of: fraction), language))
        }
        if let more = bins.counts.last, more > 0, let edge = bins.upperEdges.last {
            warnings.append(Self.aboveLastEdge(name: name, more, edge: show(edge), language))
        }
        warnings.append(Self.countingRule(language))
        if !chosenByUser { warnings.append(Self.automaticBins(language)) }
    }

    /// The fewest rows of the Pareto order that hold at least 80 % of the values (the "vital few" a
    /// Pareto chart is read for), and the share they hold.
    private static func paretoHead(_ counts: [Int]) -> (rows: Int, fraction: Double)? {
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        var running = 0
        for (position, count) in counts.sorted(by: >).enumerated() {
            running += count
            if 5 * running >= 4 * total { return (position + 1, Double(running) / Double(total)) }
        }
        return nil
    }

    private static func spread(name: String, count: Int, minimum: String, maximum: String, _ language: Language) -> String {
        switch language {
        case .en: return "\(name): \(count) values, from \(minimum) to \(maximum)."
        case .ja: return "\(name): \(count) 個の値があり、最小 \(minimum)、最大 \(maximum) です。"
        }
    }

    private static func fullestBin(lower: String?, upper: String, count: Int, percent: String, _ language: Language) -> String {
        switch language {
        case .en:
            let bin = lower.map { "above \($0) up to \(upper)" } ?? "up to \(upper)"
            return "The fullest bin is \(bin), with \(count) values (\(percent))."
        case .ja:
            let bin = lower.map { "\($0) を超え \(upper) 以下" } ?? "\(upper) 以下"
            return "最も多いのは \(bin) の区間で、\(count) 個 (\(percent)) です。"
        }
    }

    private static func paretoHead(name: String, rows: Int, of all: Int, percent: String, _ language: Language) -> String {
        switch language {
        case .en: return "\(name): sorted by frequency (the Pareto table), the first \(rows) of \(all) rows hold \(percent) of the values."
        case .ja: return "\(name): 頻度の多い順 (パレート図の表) では、全 \(all) 行のうち上位 \(rows) 行で値の \(percent) を占めます。"
        }
    }

    private static func aboveLastEdge(name: String, _ count: Int, edge: String, _ language: Language) -> String {
        switch language {
        case .en: return "\(name): \(count) value\(count == 1 ? " lies" : "s lie") above the last edge \(edge) (the More row); add edges if they matter."
        case .ja: return "\(name): \(count) 個の値が最後の区間の上限 \(edge) を超えています (「次の級」の行)。必要なら区間を追加してください。"
        }
    }

    private static func countingRule(_ language: Language) -> String {
        switch language {
        case .en: return "Each bin counts the values above the previous edge up to and including its own edge, as Excel's FREQUENCY and the ToolPak do."
        case .ja: return "各区間は、前の上限を超え自分の上限以下の値を数えます (Excel の FREQUENCY 関数や分析ツールと同じ)。"
        }
    }

    private static func automaticBins(_ language: Language) -> String {
        switch language {
        case .en: return "The ToolPak's automatic bins are undocumented; these edges follow Sturges' rule with a rounded width."
        case .ja: return "分析ツールの自動の区間は仕様が公開されていないため、ここではスタージェスの公式と切りのよい幅で区間を決めています。"
        }
    }
}
