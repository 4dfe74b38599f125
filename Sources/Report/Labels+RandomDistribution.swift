import Analysis

extension Labels {
    /// The names of the random number distributions (the usual Japanese terms).
    public enum DistributionName: BilingualLabel, CaseIterable {
        case uniform, normal, bernoulli, binomial, poisson, discrete, patterned

        public var texts: (en: String, ja: String) {
            switch self {
            case .uniform: ("uniform", "一様")
            case .normal: ("normal", "正規")
            case .bernoulli: ("Bernoulli", "ベルヌーイ")
            case .binomial: ("binomial", "二項")
            case .poisson: ("Poisson", "ポアソン")
            case .discrete: ("discrete", "離散")
            case .patterned: ("patterned", "パターン")
            }
        }
    }

    /// A distribution with its parameters, as the sentences of `random` name it: `normal(mean 0, sd 1)`
    /// in English (the JSON's wording), `正規分布 (平均 0、標準偏差 1)` in Japanese.
    public static func distribution(_ distribution: RandomDistribution, _ language: Language) -> String {
        guard language == .ja else { return distribution.description }
        let plain = RandomDistribution.plain
        let named = { (name: DistributionName, parameters: [String]) in
            "\(name.text(.ja))分布 (\(parameters.joined(separator: "、")))"
        }
        switch distribution {
        case .uniform(let lower, let upper): return named(.uniform, ["下限 \(plain(lower))", "上限 \(plain(upper))"])
        case .normal(let mean, let sd): return named(.normal, ["平均 \(plain(mean))", "標準偏差 \(plain(sd))"])
        case .bernoulli(let p): return named(.bernoulli, ["確率 p \(plain(p))"])
        case .binomial(let trials, let p): return named(.binomial, ["試行回数 \(trials)", "確率 p \(plain(p))"])
        case .poisson(let mean): return named(.poisson, ["平均 λ \(plain(mean))"])
        case .discrete(let values, let weights):
            return named(.discrete, zip(values, weights).map { "値 \(plain($0)) の重み \(plain($1))" })
        case .patterned(let from, let to, let step, let each, let sequence):
            return "\(DistributionName.patterned.text(.ja)) (\(plain(from)) から \(plain(to)) まで \(plain(step)) 刻み、"
                + "各値を \(each) 回、全体を \(sequence) 回繰り返し)"
        }
    }
}
