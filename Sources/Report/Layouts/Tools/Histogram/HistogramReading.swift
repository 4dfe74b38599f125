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

    /// The sentences about a date column binned by month or year: its first and last dates and the fullest period.
    static func dates(language: Language, name: String, serials: [Double], bins: DateBins) -> [String] {
        let finite = serials.filter(\.isFinite)
        guard let first = finite.min(), let last = finite.max(), let fullest = bins.counts.indices.max(by: { bins.counts[$0] < bins.counts[$1] })
        else { return [] }
        let date = { (serial: Double) in NumberFormat.date.approximateDisplay(of: serial) }
        let percent = NumberFormat.percent(1).approximateDisplay(of: Double(bins.counts[fullest]) / Double(finite.count))
        let period = bins.periods[fullest].label(bins.unit)
        switch language {
        case .en:
            let unit = bins.unit == .month ? "month" : "year"
            return ["\(name): \(finite.count) dates, from \(date(first)) to \(date(last)), counted by \(unit).",
                    "The fullest \(unit) is \(period), with \(bins.counts[fullest]) dates (\(percent))."]
        case .ja:
            let unit = bins.unit == .month ? "月" : "年"
            return ["\(name): \(finite.count) 個の日付があり、最も早いのは \(date(first))、最も遅いのは \(date(last)) です (\(unit)ごとに数えています)。",
                    "最も多いのは \(period) で、\(bins.counts[fullest]) 個 (\(percent)) です。"]
        }
    }

    /// The sentences about a text column counted by its levels (`counts` largest first): how many values and levels,
    /// the commonest level's share, and how few levels hold 80 % of the values.
    static func levels(language: Language, name: String, levels: [(level: String, count: Int)]) -> [String] {
        let counts = levels.map(\.count)
        let total = counts.reduce(0, +)
        guard total > 0, let top = levels.first else { return [] }
        let share = { (fraction: Double) in NumberFormat.percent(1).approximateDisplay(of: fraction) }
        var sentences = [Self.levelCount(name: name, count: total, levels: counts.count, top: top,
                                         percent: share(Double(top.count) / Double(total)), language)]
        if let (rows, fraction) = paretoHead(counts) {
            sentences.append(Self.levelHead(name: name, rows: rows, of: counts.count, percent: share(fraction), language))
        }
        return sentences
    }

    private static func levelCount(name: String, count: Int, levels: Int, top: (level: String, count: Int), percent: String,
                                   _ language: Language) -> String {
        switch language {
        case .en: return "\(name): \(count) values in \(levels) categories; the commonest, \(top.level), holds \(top.count) (\(percent))."
        case .ja: return "\(name): \(count) 件が \(levels) 項目に分かれ、最も多いのは「\(top.level)」の \(top.count) 件 (\(percent)) です。"
        }
    }

    private static func levelHead(name: String, rows: Int, of all: Int, percent: String, _ language: Language) -> String {
        switch language {
        case .en: return "\(name): the \(rows) commonest of \(all) categories hold \(percent) of the values (read along the cumulative line of the Pareto chart)."
        case .ja: return "\(name): 件数の多い順に上位 \(rows) 項目 (全 \(all) 項目中) で全体の \(percent) を占めます (パレート図の累積の線で読めます)。"
        }
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
