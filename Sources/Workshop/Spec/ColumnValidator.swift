/// Checks one column's parameters and its references to earlier columns.
struct ColumnValidator {
    let column: ColumnSpec
    let earlier: [ColumnSpec]
    let path: String
    let fail: (String, SpecProblem) -> WorkshopError

    func validate() throws(WorkshopError) {
        switch column.kind {
        case .id(let spec):
            try check(spec.digits >= 1 && spec.digits <= 12, "id.digits", .outOfRange(value: Double(spec.digits), allowed: "1…12"))
            try check(spec.repeat >= 1, "id.repeat", .outOfRange(value: Double(spec.repeat), allowed: "≥ 1"))
        case .sequence(let spec):
            try finite(spec.start, "sequence.start")
            try finite(spec.step, "sequence.step")
        case .normal(let spec):
            try finite(spec.mean, "normal.mean")
            try nonNegative(spec.sd, "normal.sd")
            try validate(spec.shape, "normal")
        case .uniform(let spec):
            try finite(spec.min, "uniform.min")
            try finite(spec.max, "uniform.max")
            try check(spec.min <= spec.max, "uniform.max", .outOfRange(value: spec.max, allowed: "≥ min \(spec.min)"))
            try validate(NumberShape(decimals: spec.decimals), "uniform")
        case .integer(let spec):
            try check(spec.min <= spec.max, "integer.max", .outOfRange(value: Double(spec.max), allowed: "≥ min \(spec.min)"))
        case .poisson(let spec):
            try nonNegative(spec.mean, "poisson.mean")
            try check(spec.mean <= 1e9, "poisson.mean", .outOfRange(value: spec.mean, allowed: "0…1e9"))
        case .categorical(let spec):
            try validate(spec)
        case .date(let spec):
            // Every generated date lies on or after `start`; a workbook's dates begin on 1900-01-01.
            try check(spec.start.excelSerial != nil, "date.start",
                      .malformed(detail: LocalizedText(
                          ja: "開始日 \(spec.start) はブックが扱える最初の日 1900-01-01 より前です。",
                          en: "\(spec.start) is before 1900-01-01, the first date a workbook holds")))
            if spec.step == nil {
                guard let end = spec.end else { throw fail("\(path).date", .requires(key: "end")) }
                try check(end >= spec.start, "date.end", .malformed(detail: LocalizedText(ja: "終了日 \(end) が開始日 \(spec.start) より前です。",
                                                                                 en: "\(end) is before start \(spec.start)")))
            }
        case .derived(let spec):
            try validate(spec)
        }
    }

    private func validate(_ spec: CategoricalSpec) throws(WorkshopError) {
        try check(!spec.values.isEmpty, "categorical.values", .requires(key: "values"))
        for label in spec.values where spec.values.filter({ $0 == label }).count > 1 {
            throw fail("\(path).categorical.values", .duplicate(name: label))
        }
        if let weights = spec.weights {
            try validate(weights: weights, count: spec.values.count, at: "categorical.weights")
        }
        if let block = spec.repeat {
            try check(block >= 1, "categorical.repeat", .outOfRange(value: Double(block), allowed: "≥ 1"))
        }
        guard let given = spec.given else {
            try check(spec.weightsBy == nil, "categorical.weightsBy", .requires(key: "given"))
            return
        }
        let labels = try categoricalLabels(of: given, at: "categorical.given")
        for (label, weights) in (spec.weightsBy ?? [:]).sorted(by: { $0.key < $1.key }) {
            try check(labels.contains(label), "categorical.weightsBy.\(label)", .unknownLabel(label: label, known: labels))
            try validate(weights: weights, count: spec.values.count, at: "categorical.weightsBy.\(label)")
        }
    }

    private func validate(_ spec: DerivedSpec) throws(WorkshopError) {
        try finite(spec.intercept, "derived.intercept")
        for (name, coefficient) in spec.terms.sorted(by: { $0.key < $1.key }) {
            try finite(coefficient, "derived.terms.\(name)")
            let referenced = try earlierColumn(name, at: "derived.terms.\(name)")
            try check(referenced.role == .numeric, "derived.terms.\(name)",
                      .wrongColumnKind(name: name, expected: "numeric"))
        }
        for (name, shifts) in spec.effects.sorted(by: { $0.key < $1.key }) {
            let labels = try categoricalLabels(of: name, at: "derived.effects.\(name)")
            for (label, shift) in shifts.sorted(by: { $0.key < $1.key }) {
                try check(labels.contains(label), "derived.effects.\(name).\(label)", .unknownLabel(label: label, known: labels))
                try finite(shift, "derived.effects.\(name).\(label)")
            }
        }
        for (index, interaction) in spec.interactions.enumerated() {
            let key = "derived.interactions[\(index)]"
            try check(!interaction.when.isEmpty, "\(key).when", .requires(key: "when"))
            for (name, wanted) in interaction.when.sorted(by: { $0.key < $1.key }) {
                let labels = try categoricalLabels(of: name, at: "\(key).when.\(name)")
                for label in wanted {
                    try check(labels.contains(label), "\(key).when.\(name)", .unknownLabel(label: label, known: labels))
                }
            }
            try finite(interaction.shift, "\(key).shift")
            if let spread = interaction.spread { try nonNegative(spread, "\(key).spread") }
        }
        for (index, shift) in spec.seasonal.enumerated() { try finite(shift, "derived.seasonal[\(index)]") }
        if let noise = spec.noise {
            try nonNegative(noise.sd, "derived.noise.sd")
            for (name, sd) in (noise.shared ?? [:]).sorted(by: { $0.key < $1.key }) {
                let referenced = try earlierColumn(name, at: "derived.noise.shared.\(name)")
                switch referenced.role {
                case .identifier, .categorical: break
                default: throw fail("\(path).derived.noise.shared.\(name)", .wrongColumnKind(name: name, expected: "identifier or categorical"))
                }
                try nonNegative(sd, "derived.noise.shared.\(name)")
            }
        }
        try validate(spec.shape, "derived")
    }

    private func validate(_ shape: NumberShape, _ key: String) throws(WorkshopError) {
        if let decimals = shape.decimals {
            try check((0...10).contains(decimals), "\(key).decimals", .outOfRange(value: Double(decimals), allowed: "0…10"))
        }
        if let low = shape.min, let high = shape.max {
            try check(low <= high, "\(key).max", .outOfRange(value: high, allowed: "≥ min \(low)"))
        }
    }

    private func validate(weights: [Double], count: Int, at key: String) throws(WorkshopError) {
        try check(weights.count == count, key, .wrongCount(expected: count, found: weights.count))
        for (index, weight) in weights.enumerated() { try nonNegative(weight, "\(key)[\(index)]") }
        try check(weights.contains { $0 > 0 }, key, .malformed(detail: LocalizedText(ja: "重み (weights) の少なくとも 1 つは正の数にしてください。",
                                                                 en: "at least one weight must be positive")))
    }

    private func earlierColumn(_ name: String, at key: String) throws(WorkshopError) -> ColumnSpec {
        guard let found = earlier.first(where: { $0.name == name }) else {
            throw fail("\(path).\(key)", .unknownColumn(name: name, known: earlier.map(\.name)))
        }
        return found
    }

    private func categoricalLabels(of name: String, at key: String) throws(WorkshopError) -> [String] {
        guard case .categorical(let labels) = try earlierColumn(name, at: key).role else {
            throw fail("\(path).\(key)", .wrongColumnKind(name: name, expected: "categorical"))
        }
        return labels
    }

    private func finite(_ value: Double, _ key: String) throws(WorkshopError) {
        try check(value.isFinite, key, .outOfRange(value: value, allowed: "a finite number"))
    }

    private func nonNegative(_ value: Double, _ key: String) throws(WorkshopError) {
        try check(value.isFinite && value >= 0, key, .outOfRange(value: value, allowed: "≥ 0"))
    }

    private func check(_ condition: Bool, _ key: String, _ problem: SpecProblem) throws(WorkshopError) {
        if !condition { throw fail("\(path).\(key)", problem) }
    }
}
