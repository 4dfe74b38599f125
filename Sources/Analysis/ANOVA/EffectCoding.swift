/// Design columns of a two-factor linear model with sum-to-zero ("effect", patsy's `Sum`) coding:
/// a factor with k levels gives k − 1 columns, column j being 1 at level j, −1 at the last level and
/// 0 elsewhere; the interaction columns are the products of one column of each factor. With this
/// coding each main effect is a deviation from the unweighted mean of the cell means, which is the
/// hypothesis Type III sums of squares test (Searle 1987, §4.6); Type II sums are the same under
/// any coding.
struct EffectCoding: Sendable {
    let intercept: [DoubleDouble]
    let first: [[DoubleDouble]]
    let second: [[DoubleDouble]]
    let interaction: [[DoubleDouble]]

    init(first a: LevelCoding, second b: LevelCoding) {
        intercept = Array(repeating: DoubleDouble(1), count: a.codes.count)
        let (firstColumns, secondColumns) = (Self.columns(a), Self.columns(b))
        first = firstColumns
        second = secondColumns
        interaction = firstColumns.flatMap { x in secondColumns.map { z in zip(x, z).map { $0 * $1 } } }
    }

    private static func columns(_ factor: LevelCoding) -> [[DoubleDouble]] {
        let last = factor.levels.count - 1
        return (0..<last).map { j in
            factor.codes.map { code in DoubleDouble(code == j ? 1 : code == last ? -1 : 0) }
        }
    }
}
