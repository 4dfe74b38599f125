/// Average ranks (midranks) in ascending order: tied values share the mean of the ranks they
/// occupy, as Excel's `RANK.AVG(x, r, 1)` and Spearman's ρ with ties require (numerics
/// reference §10). Half-integers are exact in double for n < 2⁵².
public func midRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
        var end = start
        while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
        let rank = Double(start + end + 2) / 2
        for position in start...end { ranks[order[position]] = rank }
        start = end + 1
    }
    return ranks
}
