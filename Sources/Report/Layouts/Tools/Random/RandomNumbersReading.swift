// The sentences of the Reading / 解釈 sheet for Random Number Generation, in both languages: the one
// place to fix their wording.
import Analysis

/// What a run of random numbers is, how to get it again, and how its mean and SD compare with the
/// distribution's.
struct RandomNumbersReading {
    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, distribution: RandomDistribution, seed: UInt64?, rows: Int, variables: Int,
         sample: DescriptiveStatistics?) {
        findings.append(Self.what(Labels.distribution(distribution, language), rows: rows, variables: variables, language))
        guard let seed else {
            findings.append(Self.notRandom(language))
            return
        }
        findings.append(Self.generator(seed: seed, language))
        if let theory = distribution.theoreticalMoments, let sample {
            let show = { (value: Double) in NumberFormat.significant(value, digits: 4).approximateDisplay(of: value) }
            findings.append(Self.moments(count: sample.count, mean: show(sample.mean),
                                         sd: sample.standardDeviation.map(show), theoryMean: show(theory.mean),
                                         theorySD: show(theory.standardDeviation),
                                         sheet: RandomMomentsSheet.name(language), language))
        }
        warnings.append(Self.excelCannotReproduce(seed: seed, language))
    }

    private static func what(_ distribution: String, rows: Int, variables: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(rows) rows × \(variables) column\(variables == 1 ? "" : "s") of numbers from \(distribution)."
        case .ja: return "\(distribution) の数を \(rows) 行 × \(variables) 列 作りました。"
        }
    }

    private static func notRandom(_ language: Language) -> String {
        switch language {
        case .en: return "A patterned run repeats a fixed sequence: nothing is drawn at random, so there is no seed."
        case .ja: return "パターンは決まった数列の繰り返しで、乱数は使わないためシードはありません。"
        }
    }

    private static func generator(seed: UInt64, _ language: Language) -> String {
        switch language {
        case .en: return "Seed \(seed), generator xoshiro256** seeded through SplitMix64: bunseki random with the same seed and parameters writes the same numbers."
        case .ja: return "シード \(seed)、生成器は xoshiro256** (SplitMix64 で初期化) です。同じシードと同じパラメーターで bunseki random を実行すると同じ数になります。"
        }
    }

    private static func moments(count: Int, mean: String, sd: String?, theoryMean: String, theorySD: String,
                                sheet: String, _ language: Language) -> String {
        switch language {
        case .en:
            let spread = sd.map { " and standard deviation \($0) (STDEV.S)" } ?? ""
            return "The \(count) numbers have mean \(mean)\(spread); the distribution's are \(theoryMean) and \(theorySD). They differ by chance, less the more numbers are drawn (the \(sheet) sheet computes both)."
        case .ja:
            let spread = sd.map { "、標準偏差は \($0) (STDEV.S)" } ?? ""
            return "\(count) 個の数の平均は \(mean)\(spread) で、分布の理論値は平均 \(theoryMean)、標準偏差 \(theorySD) です。差は偶然によるもので、数を増やすほど小さくなります (「\(sheet)」シートで両方を計算しています)。"
        }
    }

    private static func excelCannotReproduce(seed: UInt64, _ language: Language) -> String {
        switch language {
        case .en: return "Excel's RAND, RANDARRAY and the ToolPak's generator cannot take this seed, so they cannot give these numbers; they are written as values so that they stay put on recalculation. Run bunseki random with --seed \(seed) to get them again."
        case .ja: return "Excel の RAND や RANDARRAY、分析ツールの乱数発生にはこのシードを指定できないため、同じ数は作れません。再計算で変わらないよう値として書いています。同じ数が必要なら bunseki random を --seed \(seed) で実行してください。"
        }
    }
}
