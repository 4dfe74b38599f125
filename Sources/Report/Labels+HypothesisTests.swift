import Foundation

// The t-, F- and z-tests and the figures Bunseki adds to them: part of the one label catalogue (Labels.swift).
extension Labels {
    /// The three t-tests (toolpak.md §3.8); rows absent from a tool are simply not printed.
    public enum TTest: BilingualLabel, CaseIterable {
        case pairedTitle, equalVariancesTitle, unequalVariancesTitle
        case mean, variance, observations, pearsonCorrelation, pooledVariance, hypothesizedMeanDifference
        case df, tStat, pOneTail, tCriticalOneTail, pTwoTail, tCriticalTwoTail

        public var texts: (en: String, ja: String) {
            switch self {
            case .pairedTitle: ("t-Test: Paired Two Sample for Means", "t-検定: 一対の標本による平均の検定ツール")
            case .equalVariancesTitle: ("t-Test: Two-Sample Assuming Equal Variances", "t-検定: 等分散を仮定した 2 標本による検定")
            case .unequalVariancesTitle: ("t-Test: Two-Sample Assuming Unequal Variances", "t-検定: 分散が等しくないと仮定した 2 標本による検定")
            case .mean: ("Mean", "平均")
            case .variance: ("Variance", "分散")
            case .observations: ("Observations", "観測数")
            case .pearsonCorrelation: ("Pearson Correlation", "ピアソン相関")
            case .pooledVariance: ("Pooled Variance", "プールされた分散")
            case .hypothesizedMeanDifference: ("Hypothesized Mean Difference", "仮説平均との差異")
            case .df: ("df", "自由度")
            case .tStat: ("t Stat", "t")
            case .pOneTail: ("P(T<=t) one-tail", "P(T<=t) 片側")
            case .tCriticalOneTail: ("t Critical one-tail", "t 境界値 片側")
            case .pTwoTail: ("P(T<=t) two-tail", "P(T<=t) 両側")
            case .tCriticalTwoTail: ("t Critical two-tail", "t 境界値 両側")
            }
        }
    }

    /// F-Test Two-Sample for Variances (toolpak.md §3.9).
    public enum FTest: BilingualLabel, CaseIterable {
        case title, mean, variance, observations, df, f, pOneTail, fCriticalOneTail

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("F-Test Two-Sample for Variances", "F-検定: 2 標本を使った分散の検定")
            case .mean: ("Mean", "平均")
            case .variance: ("Variance", "分散")
            case .observations: ("Observations", "観測数")
            case .df: ("df", "自由度")
            case .f: ("F", "観測された分散比")
            case .pOneTail: ("P(F<=f) one-tail", "P(F<=f) 片側")
            case .fCriticalOneTail: ("F Critical one-tail", "F 境界値 片側")
            }
        }
    }

    /// z-Test: Two Sample for Means (toolpak.md §3.10).
    public enum ZTest: BilingualLabel, CaseIterable {
        case title, mean, knownVariance, observations, hypothesizedMeanDifference, z
        case pOneTail, zCriticalOneTail, pTwoTail, zCriticalTwoTail

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("z-Test: Two Sample for Means", "z-検定: 2 標本による平均の検定")
            case .mean: ("Mean", "平均")
            case .knownVariance: ("Known Variance", "既知の分散")
            case .observations: ("Observations", "観測数")
            case .hypothesizedMeanDifference: ("Hypothesized Mean Difference", "仮説平均との差異")
            case .z: ("z", "z")
            case .pOneTail: ("P(Z<=z) one-tail", "P(Z<=z) 片側")
            case .zCriticalOneTail: ("z Critical one-tail", "z 境界値 片側")
            case .pTwoTail: ("P(Z<=z) two-tail", "P(Z<=z) 両側")
            case .zCriticalTwoTail: ("z Critical two-tail", "z 境界値 両側")
            }
        }
    }

    /// Sheet names and rows the toolkit adds to the ToolPak's t-, F- and z-test blocks; worded by us.
    /// Sheet names are short because the tools' titles contain `:`, which a sheet name cannot.
    public enum TestExtras: BilingualLabel, CaseIterable {
        case tTestSheet, fTestSheet, zTestSheet, exactWelchDF, exactWelchPTwoTail, fPTwoTail, alpha

        public var texts: (en: String, ja: String) {
            switch self {
            case .tTestSheet: ("t-Test", "t 検定")
            case .fTestSheet: ("F-Test", "F 検定")
            case .zTestSheet: ("z-Test", "z 検定")
            case .exactWelchDF: ("df, not rounded (Welch)", "自由度 (丸めない Welch の値)")
            case .exactWelchPTwoTail: ("P(T<=t) two-tail, df not rounded (T.TEST)", "P(T<=t) 両側 (丸めない自由度、T.TEST)")
            case .fPTwoTail: ("P two-tail (F.TEST)", "P 両側 (F.TEST)")
            case .alpha: ("Alpha", "有意水準 α")
            }
        }
    }
}
