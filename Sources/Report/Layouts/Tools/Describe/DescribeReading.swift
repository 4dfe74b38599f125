import Analysis

// The sentences of the Reading / 解釈 sheet for Descriptive Statistics, in both languages: the one place to fix
// their wording. Figures are quoted in the format their cell on the statistics sheet uses, so both round alike.

/// What a column's descriptive statistics say in plain words: where its values lie (mean against median), how
/// widely (standard deviation, the middle half, the range), the shape (skewness and kurtosis in words) and the
/// values beyond Tukey's fences (1.5 interquartile ranges outside the quartiles) with their rows.
public struct DescribeReading: Sendable {
    /// A mean within this many standard deviations of the median is "about the same" as it.
    static let centeredWithin = 0.1
    /// Skewness beyond ±0.5 is called moderate and beyond ±1 strong (Bulmer, *Principles of Statistics*, 1979, §4).
    static let skewness = (moderate: 0.5, strong: 1.0)
    /// Excess kurtosis beyond ±1 is said to differ from the normal curve's tails (a common rule of thumb).
    static let kurtosisBeyond = 1.0
    /// Tukey's fences: values more than 1.5 interquartile ranges below Q1 or above Q3 (Tukey, *EDA*, 1977).
    static let fence = 1.5
    /// Below this many values skewness and kurtosis swing widely (their standard errors near √(6/n) and √(24/n)
    /// exceed 0.45 and 0.9), so the reading says not to lean on them.
    static let shapeCount = 30

    public private(set) var findings: [String] = []
    public private(set) var warnings: [String] = []
    public let language: Language

    /// One column read: its name, its values by data row (nil where missing), the sheet row of each data row and
    /// its statistics as computed for the statistics sheet.
    public struct Column: Sendable {
        public let name: String
        public let values: [Double?]
        public let statistics: DescriptiveStatistics
        /// Date serials: the figures that are points in time read as dates, the spreads as numbers of days.
        public let isDate: Bool

        public init(name: String, values: [Double?], statistics: DescriptiveStatistics, isDate: Bool = false) {
            (self.name, self.values, self.statistics, self.isDate) = (name, values, statistics, isDate)
        }
    }

    public init(language: Language, sourceRows: [Int], columns: [Column]) {
        self.language = language
        var anyOutliers = false, fewValues = false
        for column in columns {
            let s = column.statistics
            guard s.count > 0 else { continue }
            let decimals = NumberFormat.dataDecimals(of: column.values.lazy.compactMap { $0 })
            let show = { (statistic: Labels.Descriptive, value: Double) in
                NumberFormat.reading(value, format: DescriptiveLayout.format(of: statistic, value: value, dataDecimals: decimals,
                                                                             isDate: column.isDate))
            }
            // A spread of a date column is a number of days (the quartiles and fences themselves are dates).
            let days = { (text: String) in column.isDate ? text + (language == .ja ? " 日" : " days") : text }
            let mean = show(.mean, s.mean), median = show(.median, s.median)
            // Mean and median apart, and a skewness of the same sign: the long tail pulls the mean. Apart without
            // such a skewness (two humps, a flat spread): only that they differ, and where to look.
            let apart = s.standardDeviation.map { $0 > 0 && abs(s.mean - s.median) > Self.centeredWithin * $0 } ?? false
            let skewed = (s.skewness ?? 0) * (s.mean - s.median) > 0 && abs(s.skewness ?? 0) >= Self.skewness.moderate
            let lean: Lean = !apart ? .centered : skewed ? (s.mean > s.median ? .high : .low) : .apart
            findings.append(Self.center(name: column.name, count: s.count, mean: mean, median: median, lean: lean, language))

            let (q1, q3) = (s.quartilesInclusive[1], s.quartilesInclusive[3])
            findings.append(Self.spread(sd: s.standardDeviation.map { days(show(.standardDeviation, $0)) }, q1: show(.median, q1),
                                        q3: show(.median, q3), iqr: column.isDate ? days(show(.range, q3 - q1)) : show(.median, q3 - q1), minimum: show(.minimum, s.minimum),
                                        maximum: show(.maximum, s.maximum), language))

            if let skew = s.skewness {
                findings.append(Self.shape(skewness: show(.skewness, skew), skewWords: Self.skewWords(skew, language),
                                           kurtosis: s.kurtosis.map { show(.kurtosis, $0) },
                                           kurtosisWords: s.kurtosis.map { Self.kurtosisWords($0, language) }, language))
                if s.count < Self.shapeCount { fewValues = true }
            }

            let (low, high) = (q1 - Self.fence * (q3 - q1), q3 + Self.fence * (q3 - q1))
            let outliers = column.values.indices.compactMap { index -> (row: Int, value: Double)? in
                guard let value = column.values[index], value.isFinite, value < low || value > high, index < sourceRows.count else { return nil }
                return (sourceRows[index], value)
            }
            anyOutliers = anyOutliers || !outliers.isEmpty
            findings.append(Self.outliers(outliers.map { Self.rowValue(row: $0.row, value: show(.minimum, $0.value), language) },
                                          low: show(.median, low), high: show(.median, high), language))
        }
        if anyOutliers { warnings.append(Self.outliersAreNotErrors(language)) }
        if fewValues { warnings.append(Self.fewValuesForShape(Self.shapeCount, language)) }
        warnings.append(Self.quartileMethod(language))
    }

    /// The sheet.
    public var sheet: ReportSheet { ReadingLayout.sheet(language: language, findings: findings, warnings: warnings) }

    enum Lean { case centered, high, low, apart }

    static func center(name: String, count: Int, mean: String, median: String, lean: Lean, _ language: Language) -> String {
        switch language {
        case .en:
            let relation = switch lean {
            case .centered: "the two are about the same, so the values sit evenly around the middle"
            case .high: "the mean is above the median, pulled up by some large values"
            case .low: "the mean is below the median, pulled down by some small values"
            case .apart: "the two differ although the values are not skewed; the histogram shows why (two humps, for instance)"
            }
            return "\(name): \(count) values with mean \(mean) and median \(median); \(relation)."
        case .ja:
            let relation = switch lean {
            case .centered: "両者はほぼ同じで、値は真ん中のまわりに偏りなく分かれています"
            case .high: "平均が中央値より大きく、一部の大きな値に引き上げられています"
            case .low: "平均が中央値より小さく、一部の小さな値に引き下げられています"
            case .apart: "値の偏り (歪度) は小さいのに両者が離れています。ヒストグラムで分布の形 (山が 2 つあるなど) を確かめてください"
            }
            return "\(name): 値は \(count) 個で、平均 \(mean)、中央値 \(median) です。\(relation)。"
        }
    }

    static func spread(sd: String?, q1: String, q3: String, iqr: String, minimum: String, maximum: String,
                       _ language: Language) -> String {
        switch language {
        case .en:
            return (sd.map { "The standard deviation is \($0); " } ?? "")
                + "the middle half of the values lies between \(q1) and \(q3) (interquartile range \(iqr)), and all of them between \(minimum) and \(maximum)."
        case .ja:
            return (sd.map { "ばらつきは標準偏差 \($0) で、" } ?? "")
                + "真ん中の半分の値は \(q1) から \(q3) の間 (四分位範囲 \(iqr))、すべての値は最小 \(minimum) から最大 \(maximum) の間にあります。"
        }
    }

    static func skewWords(_ skewness: Double, _ language: Language) -> String {
        let size = abs(skewness) >= Self.skewness.strong ? 2 : abs(skewness) >= Self.skewness.moderate ? 1 : 0
        switch (language, size, skewness > 0) {
        case (.en, 0, _): return "about symmetric"
        case (.en, 1, true): return "a somewhat longer tail towards large values"
        case (.en, 1, false): return "a somewhat longer tail towards small values"
        case (.en, _, true): return "a long tail towards large values (a few values far above the rest)"
        case (.en, _, false): return "a long tail towards small values (a few values far below the rest)"
        case (.ja, 0, _): return "ほぼ左右対称である"
        case (.ja, 1, true): return "大きい値の側にやや裾が長い"
        case (.ja, 1, false): return "小さい値の側にやや裾が長い"
        case (.ja, _, true): return "大きい値の側に裾が長く、ほかより大きく離れた値がいくつかある"
        case (.ja, _, false): return "小さい値の側に裾が長く、ほかより小さく離れた値がいくつかある"
        }
    }

    static func kurtosisWords(_ kurtosis: Double, _ language: Language) -> String {
        switch (language, kurtosis >= Self.kurtosisBeyond, kurtosis <= -Self.kurtosisBeyond) {
        case (.en, true, _): return "heavier tails than the normal curve: extreme values are more common"
        case (.en, _, true): return "a flatter peak and lighter tails than the normal curve: values spread evenly, extremes are rare"
        case (.en, _, _): return "tails about as heavy as the normal curve's"
        case (.ja, true, _): return "正規分布より裾が重く、極端な値が出やすい"
        case (.ja, _, true): return "正規分布より山が平らで裾が軽く、値が広く均等に散らばっている"
        case (.ja, _, _): return "裾の重さが正規分布と同じくらいである"
        }
    }

    static func shape(skewness: String, skewWords: String, kurtosis: String?, kurtosisWords: String?, _ language: Language) -> String {
        let tails = kurtosis.flatMap { value in kurtosisWords.map { (value, $0) } }
        switch language {
        case .en:
            return "Shape: skewness \(skewness) means \(skewWords)" + (tails.map { "; kurtosis \($0.0) means \($0.1)" } ?? "") + "."
        case .ja:
            return "分布の形: 歪度 \(skewness) は\(skewWords)こと" + (tails.map { "、尖度 \($0.0) は\($0.1)こと" } ?? "") + "を示します。"
        }
    }

    static func rowValue(row: Int, value: String, _ language: Language) -> String {
        language == .ja ? "\(row) 行目 (\(value))" : "row \(row) (\(value))"
    }

    static func outliers(_ listed: [String], low: String, high: String, _ language: Language) -> String {
        switch language {
        case .en:
            let rule = "beyond the 1.5 × interquartile-range fences (below \(low) or above \(high))"
            return listed.isEmpty ? "No value lies \(rule)."
                : "\(listed.count) value\(listed.count == 1 ? " lies" : "s lie") \(rule), possible outliers: \(ReadingList.joined(listed, language))."
        case .ja:
            let rule = "外れ値の目安 (四分位範囲の 1.5 倍ルール: \(low) 未満または \(high) 超)"
            return listed.isEmpty ? "\(rule)に当たる値はありません。"
                : "\(rule)に当たる値が \(listed.count) 個あります: \(ReadingList.joined(listed, language))。"
        }
    }

    static func outliersAreNotErrors(_ language: Language) -> String {
        switch language {
        case .en: return "An outlier is not necessarily a mistake: check its row for a typing error; if the value is right, keep it and report the median and quartiles, which it hardly moves, beside the mean."
        case .ja: return "外れ値は誤りとは限りません。その行に入力ミスがないか確かめ、正しい値なら除かずに、外れ値の影響を受けにくい中央値や四分位数も平均と並べて示してください。"
        }
    }

    static func fewValuesForShape(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en: return "With fewer than \(count) values, skewness and kurtosis swing widely from sample to sample; read the shape from the histogram instead."
        case .ja: return "値が \(count) 個未満のため、歪度と尖度は標本ごとに大きくぶれます。分布の形はヒストグラムで確かめてください。"
        }
    }

    static func quartileMethod(_ language: Language) -> String {
        switch language {
        case .en: return "Quartiles are Excel's QUARTILE.INC (the same as QUARTILE)."
        case .ja: return "四分位数は Excel の QUARTILE.INC 関数 (QUARTILE と同じ) の値です。"
        }
    }
}
