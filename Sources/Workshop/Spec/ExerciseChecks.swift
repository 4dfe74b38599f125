import Foundation

/// Something in a spec that builds but will likely disappoint in the room. `bunseki exercise build`
/// prints these as warnings; with `--strict` they are errors and nothing is written.
public enum ExerciseWarning: Sendable, Hashable {
    /// ` #` inside a plain YAML value starts a comment: the rest of the line is dropped.
    case commentCutsValue(file: String, line: Int, kept: String)
    /// Every variant has the same answer (at the figure's decimals): copying a neighbour's answer works.
    case sameForEveryVariant(figure: String, value: String)
    /// The p-value rounds to 0 at its decimals for most variants: the answer tests nothing.
    case pValueRoundsToZero(figure: String, variants: Int, of: Int, decimals: Int)
    /// The significance decision is not the same for every variant (worth knowing for the debrief).
    case decisionDiffers(figure: String, yes: Int, no: Int)
}

/// The checks run over all variants of a class set before anything is written.
public enum ExerciseChecks {
    /// Warnings about `spec` for `variants` participants; `yaml` (the spec text, when available) is
    /// checked for comment traps.
    public static func warnings(spec: ExerciseSpec, variants: Int, yaml: String? = nil, file: String = "") throws(WorkshopError)
        -> [ExerciseWarning] {
        var warnings = yaml.map { commentTraps(in: $0, file: file) } ?? []
        guard variants >= 2 else { return warnings }
        var keys: [AnswerKey] = []
        for variant in 1...variants {
            keys.append(AnswerKeyBuilder.key(for: spec, dataset: try DatasetGenerator.generate(spec, variant: variant)))
        }
        for task in spec.tasks {
            for figure in task.figures {
                let values = keys.compactMap { $0.answer(for: figure.id)?.value }
                guard values.count == keys.count else { continue }
                let numbers = values.compactMap { value -> Double? in
                    if case .number(let number) = value { return number }
                    return nil
                }
                if figure.statistic.isDecision {
                    let yes = values.filter { $0 == .decision(true) }.count
                    if yes > 0 && yes < values.count {
                        warnings.append(.decisionDiffers(figure: figure.id, yes: yes, no: values.count - yes))
                    }
                    continue
                }
                let shown = numbers.map { number in
                    figure.decimals.map { NumberSpelling.fixed(number, decimals: $0) } ?? NumberSpelling.plain(number)
                }
                if let first = shown.first, shown.allSatisfy({ $0 == first }), figure.statistic != .count,
                   figure.statistic != .degreesOfFreedom {
                    warnings.append(.sameForEveryVariant(figure: figure.id, value: first))
                }
                if [.pValue, .pValueOneTail, .significanceF].contains(figure.statistic), let decimals = figure.decimals {
                    let zero = numbers.filter { AnswerCells.rounded($0, decimals: decimals) == 0 }.count
                    if zero * 2 > numbers.count {
                        warnings.append(.pValueRoundsToZero(figure: figure.id, variants: zero, of: numbers.count, decimals: decimals))
                    }
                }
            }
        }
        return warnings
    }

    /// Lines where a plain (unquoted) value contains ` #`: YAML reads the rest as a comment, so a hint
    /// such as `最初の 2 行は #N/A になります` silently loses its end. Block scalars (`|`, `>`) and quoted
    /// values are not affected; a trailing comment after a number, a word or a flow collection is fine.
    static func commentTraps(in yaml: String, file: String) -> [ExerciseWarning] {
        var warnings: [ExerciseWarning] = []
        var blockIndent: Int?
        for (index, rawLine) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if let block = blockIndent {
                if body.isEmpty || indent > block { continue }
                blockIndent = nil
            }
            if body.hasPrefix("#") || body.isEmpty { continue }
            // The value: after `- ` and/or `key: `.
            var value = Substring(body)
            if value.hasPrefix("- ") { value = value.dropFirst(2).drop { $0 == " " } }
            if let colon = value.range(of: ": "), !value.hasPrefix("\""), !value.hasPrefix("'"), !value.hasPrefix("{"),
               !value.hasPrefix("[") {
                value = value[colon.upperBound...].drop { $0 == " " }
            }
            if value.hasPrefix("|") || value.hasPrefix(">") {
                blockIndent = indent
                continue
            }
            guard let first = value.first, !"\"'[{#".contains(first), let hash = value.range(of: " #") else { continue }
            let kept = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
            // `rows: 48  # comment` or `seed: 1 # note`: a single word or number before a comment is intended.
            if !kept.contains(" ") && kept.allSatisfy({ $0.isASCII }) { continue }
            warnings.append(.commentCutsValue(file: file, line: index + 1, kept: kept))
        }
        return warnings
    }
}
