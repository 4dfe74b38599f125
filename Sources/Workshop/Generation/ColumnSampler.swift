import Spreadsheet
import Analysis

/// Draws the true values of one column, given the columns generated before it.
struct ColumnSampler {
    let rows: Int
    /// True values of the columns generated so far, by header.
    let earlier: [String: [DataValue]]

    func values(for kind: ColumnKind, using generator: inout Xoshiro256StarStar) throws(RandomParameterError) -> [DataValue] {
        switch kind {
        case .id(let spec):
            let block = max(spec.repeat, 1)
            return (0..<rows).map { .label(spec.prefix + NumberSpelling.zeroPadded(spec.start + $0 / block, digits: spec.digits)) }
        case .sequence(let spec):
            return (0..<rows).map { .number(spec.start + Double($0) * spec.step) }
        case .normal(let spec):
            var values: [DataValue] = []
            for _ in 0..<rows {
                values.append(.number(spec.shape.apply(try generator.nextNormal(mean: spec.mean, sd: spec.sd))))
            }
            return values
        case .uniform(let spec):
            let shape = NumberShape(decimals: spec.decimals)
            var values: [DataValue] = []
            for _ in 0..<rows {
                values.append(.number(shape.apply(try generator.nextUniform(from: spec.min, to: spec.max))))
            }
            return values
        case .integer(let spec):
            return (0..<rows).map { _ in .number(Double(generator.nextInteger(in: spec.min...spec.max))) }
        case .poisson(let spec):
            var values: [DataValue] = []
            for _ in 0..<rows { values.append(.number(Double(try generator.nextPoisson(mean: spec.mean)))) }
            return values
        case .categorical(let spec):
            return try categorical(spec, using: &generator)
        case .date(let spec):
            return dates(spec, using: &generator)
        case .derived(let spec):
            return try derived(spec, using: &generator)
        }
    }

    private func categorical(_ spec: CategoricalSpec, using generator: inout Xoshiro256StarStar) throws(RandomParameterError) -> [DataValue] {
        let equal = [Double](repeating: 1, count: spec.values.count)
        let fallback = try WeightedChoice(weights: spec.weights ?? equal)
        var conditional: [String: WeightedChoice] = [:]
        for (label, weights) in spec.weightsBy ?? [:] { conditional[label] = try WeightedChoice(weights: weights) }
        let given = spec.given.map(labels(of:)) ?? []
        let block = max(spec.repeat ?? 1, 1)
        if spec.cycle == true {
            return (0..<rows).map { .label(spec.values[($0 / block) % spec.values.count]) }
        }
        var values: [DataValue] = []
        for row in 0..<rows {
            // One draw per block of `block` rows (every row when 1), conditioned on the block's first row.
            if row % block != 0, let previous = values.last {
                values.append(previous)
                continue
            }
            let choice = given.indices.contains(row) ? given[row].flatMap { conditional[$0] } ?? fallback : fallback
            values.append(.label(spec.values[choice.nextIndex(using: &generator)]))
        }
        return values
    }

    private func dates(_ spec: DateSpec, using generator: inout Xoshiro256StarStar) -> [DataValue] {
        switch spec.step {
        case .day: return (0..<rows).map { .date(CivilDate(dayNumber: spec.start.dayNumber + $0)) }
        case .month: return (0..<rows).map { .date(spec.start.addingMonths($0)) }
        case nil:
            let range = spec.start.dayNumber...(spec.end ?? spec.start).dayNumber
            return (0..<rows).map { _ in .date(CivilDate(dayNumber: generator.nextInteger(in: range))) }
        }
    }

    /// intercept + Σ coefficient·x + effects + seasonal + noise, terms summed in a fixed order.
    private func derived(_ spec: DerivedSpec, using generator: inout Xoshiro256StarStar) throws(RandomParameterError) -> [DataValue] {
        let terms = spec.terms.sorted { $0.key < $1.key }.map { (numbers(of: $0.key), $0.value) }
        let effects = spec.effects.sorted { $0.key < $1.key }.map { (labels(of: $0.key), $0.value) }
        // Per-variant draws come before the rows, interactions in order then shared errors by column name
        // and label in order of first appearance; specs without them draw exactly as before.
        var interactions: [(conditions: [([String?], Set<String>)], shift: Double)] = []
        for interaction in spec.interactions {
            var shift = interaction.shift
            if let spread = interaction.spread, spread > 0 {
                shift = try generator.nextUniform(from: shift - spread, to: shift + spread)
            }
            let conditions = interaction.when.sorted { $0.key < $1.key }.map { (labels(of: $0.key), Set($0.value)) }
            interactions.append((conditions, shift))
        }
        var shared: [(labels: [String?], errors: [String: Double])] = []
        for (name, sd) in (spec.noise?.shared ?? [:]).sorted(by: { $0.key < $1.key }) {
            let column = labels(of: name)
            var errors: [String: Double] = [:]
            for case let label? in column where errors[label] == nil { errors[label] = try generator.nextNormal(sd: sd) }
            shared.append((column, errors))
        }
        var values: [DataValue] = []
        for row in 0..<rows {
            var total = spec.intercept
            for (numbers, coefficient) in terms { total += coefficient * (numbers.indices.contains(row) ? numbers[row] ?? 0 : 0) }
            for (labels, shifts) in effects where labels.indices.contains(row) { total += labels[row].flatMap { shifts[$0] } ?? 0 }
            for interaction in interactions where interaction.conditions.allSatisfy({ labels, wanted in
                labels.indices.contains(row) && labels[row].map(wanted.contains) == true
            }) {
                total += interaction.shift
            }
            if !spec.seasonal.isEmpty { total += spec.seasonal[row % spec.seasonal.count] }
            for (labels, errors) in shared where labels.indices.contains(row) { total += labels[row].flatMap { errors[$0] } ?? 0 }
            if let noise = spec.noise { total += try generator.nextNormal(sd: noise.sd) }
            values.append(.number(spec.shape.apply(total)))
        }
        return values
    }

    private func numbers(of name: String) -> [Double?] {
        (earlier[name] ?? []).map { value in
            if case .number(let number) = value { return number }
            return nil
        }
    }

    private func labels(of name: String) -> [String?] {
        (earlier[name] ?? []).map { value in
            if case .label(let label) = value { return label }
            return nil
        }
    }
}

extension NumberShape {
    /// Clamps, then rounds half away from zero to `decimals` places.
    func apply(_ value: Double) -> Double {
        var shaped = value
        if let min { shaped = Swift.max(shaped, min) }
        if let max { shaped = Swift.min(shaped, max) }
        return NumberSpelling.rounded(shaped, decimals: decimals)
    }
}
