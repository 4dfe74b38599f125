import Foundation

/// The live formulas behind the Descriptive Statistics tool's rows (toolpak.md §3.1), over one data range.
public struct DescriptiveFormulas: Sendable {
    /// The analysed values, e.g. `'データ'!$C$2:$C$201`.
    public let range: CellRange

    /// Creates the formulas for `range`.
    public init(range: CellRange) {
        self.range = range
    }

    private var r: String { range.reference() }

    /// The formula reproducing `statistic`; each is the worksheet function the ToolPak's figure equals.
    public func formula(for statistic: Labels.Descriptive) -> Formula? {
        switch statistic {
        case .title: return nil
        case .mean: return .call("AVERAGE", r)
        case .standardError: return Formula("STDEV.S(\(r))/SQRT(COUNT(\(r)))")
        case .median: return .call("MEDIAN", r)
        case .mode: return .call("MODE.SNGL", r)
        case .standardDeviation: return .call("STDEV.S", r)
        case .sampleVariance: return .call("VAR.S", r)
        case .kurtosis: return .call("KURT", r)
        case .skewness: return .call("SKEW", r)
        case .range: return Formula("MAX(\(r))-MIN(\(r))")
        case .minimum: return .call("MIN", r)
        case .maximum: return .call("MAX", r)
        case .sum: return .call("SUM", r)
        case .count: return .call("COUNT", r)
        }
    }

    /// The k-th largest value (`Largest(k)`).
    public func largest(_ k: Int) -> Formula { .call("LARGE", r, String(k)) }

    /// The k-th smallest value (`Smallest(k)`).
    public func smallest(_ k: Int) -> Formula { .call("SMALL", r, String(k)) }

    /// Half-width of the confidence interval for the mean at `level` (0.95): t·s/√n, as the ToolPak's
    /// `Confidence Level(95.0%)` row.
    public func confidenceHalfWidth(level: Double) -> Formula {
        .call("CONFIDENCE.T", FormulaNumber.text(1 - level), "STDEV.S(\(r))", "COUNT(\(r))")
    }
}

/// Numbers written into formula text.
enum FormulaNumber {
    /// `value` with 15 significant digits and no trailing zeros, so arithmetic noise such as
    /// 1 − 0.95 = 0.050000000000000044 is written as the intended `0.05`.
    static func text(_ value: Double) -> String {
        String(format: "%.15g", value)
    }
}
