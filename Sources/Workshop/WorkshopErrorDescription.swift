import Foundation

extension WorkshopError: CustomStringConvertible {
    /// One English sentence naming the file, setting and problem, for the CLI to show.
    public var description: String {
        switch self {
        case .specUnreadable(let file, let reason):
            return "\(file): cannot read the spec (\(reason))"
        case .specNotText(let file):
            return "\(file): not a YAML text file (it is not UTF-8 text); give the exercise's .yaml file"
        case .specSyntax(let file, let line?, let column?, let problem):
            return "\(file): not valid YAML at line \(line), column \(column) (\(problem))"
        case .specSyntax(let file, _, _, let problem):
            return "\(file): not valid YAML (\(problem))"
        case .colonInPlainValue(let file, let line):
            return "\(file): line \(line) holds a colon and a space inside a value, which YAML reads as a new key; put the whole value in quotes \"…\""
        case .invalidSpec(let file, let keyPath, let problem):
            return "\(file): \(keyPath): \(problem)"
        case .analysisFailed(let exercise, let task, let reason):
            return "\(exercise), task \(task): the analysis failed on the generated data: \(reason.en ?? reason.ja)"
        case .figureUndefined(let exercise, let task, let figure, let reason):
            return "\(exercise), task \(task), figure \(figure): undefined for the generated data: \(reason.en ?? reason.ja)"
        case .outputFolderUnavailable(let path, let reason):
            return "\(path): cannot create the output folder (\(reason))"
        case .rosterWithoutNames(let file):
            return "\(file): no participant names found (use a column headed 氏名)"
        case .writeFailed(let error):
            return error.errorDescription ?? String(describing: error)
        }
    }
}

extension SpecProblem: CustomStringConvertible {
    /// The problem in words.
    public var description: String {
        switch self {
        case .missingKey: return "required setting is missing"
        case .unknownKey: return "unknown setting (misspelled?)"
        case .wrongType(let expected): return "expected \(expected)"
        case .malformed(let detail): return detail.en ?? detail.ja
        case .outOfRange(let value, let allowed): return "\(value) is out of range (allowed: \(allowed))"
        case .unknownColumn(let name, let known):
            return "unknown column \(name) (known here: \(known.joined(separator: ", ")))"
        case .wrongColumnKind(let name, let expected): return "column \(name) must be \(expected)"
        case .unknownLabel(let label, let known): return "unknown label \(label) (known: \(known.joined(separator: ", ")))"
        case .duplicate(let name): return "\(name) is used twice"
        case .wrongCount(let expected, let found): return "expected \(expected) entries, found \(found)"
        case .statisticNotOffered(let statistic, let analysis, let offered):
            return "\(statistic.rawValue) is not offered by \(analysis.rawValue) (offered: \(offered.map(\.rawValue).joined(separator: ", ")))"
        case .requires(let key): return "\(key) is required here"
        case .unknownValue(let value, let allowed):
            return "\(value) is not a valid value (valid: \(allowed.joined(separator: ", ")))"
        case .tooFewRows(let analysis, let needed, let available):
            return "\(analysis.rawValue) needs at least \(needed) complete rows, but the data leaves only \(available); add rows or blank fewer cells"
        }
    }
}
