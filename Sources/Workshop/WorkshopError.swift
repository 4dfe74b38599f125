import ReportWriter

/// Everything that can go wrong in the Workshop module, with what a person needs to fix it.
public enum WorkshopError: Error, Equatable, Sendable {
    /// The spec file could not be read at all.
    case specUnreadable(file: String, reason: String)
    /// The spec file is not UTF-8 text, as a workbook given in its place.
    case specNotText(file: String)
    /// The spec is not valid YAML; `line` and `column` (from 1) say where the parser stopped, when it says,
    /// and `problem` is the parser's own (English) account.
    case specSyntax(file: String, line: Int?, column: Int?, problem: String)
    /// A plain (unquoted) value holds `: ` (a colon and a space), which YAML reads as a new key: the value
    /// must be quoted. `line` is where the parser stopped.
    case colonInPlainValue(file: String, line: Int)
    /// The spec is valid YAML but not a valid exercise; `keyPath` points at the setting, e.g.
    /// `dataset.columns[3].derived.terms.処理件数`.
    case invalidSpec(file: String, keyPath: String, problem: SpecProblem)
    /// The analysis could not be computed on the generated data (e.g. a singular design).
    case analysisFailed(exercise: String, task: String, reason: LocalizedText)
    /// The analysis ran but does not define the requested figure (e.g. a p-value that is undefined).
    case figureUndefined(exercise: String, task: String, figure: String, reason: LocalizedText)
    /// The output folder could not be created.
    case outputFolderUnavailable(path: String, reason: String)
    /// A workbook could not be written.
    case writeFailed(ReportWriterError)
    /// A roster workbook has no column of names.
    case rosterWithoutNames(file: String)
}

/// What is wrong at a key path of a spec.
public enum SpecProblem: Equatable, Sendable {
    /// A required key is absent.
    case missingKey
    /// A key Bunseki does not know (often a typo); it would otherwise be ignored silently.
    case unknownKey
    /// The value has the wrong type; `expected` names it.
    case wrongType(expected: String)
    /// The value is malformed; `detail` says how, one sentence in each language (the Japanese message carries no
    /// English).
    case malformed(detail: LocalizedText)
    /// A number outside its allowed range.
    case outOfRange(value: Double, allowed: String)
    /// A reference to a column that does not exist (or comes later than the referring column).
    case unknownColumn(name: String, known: [String])
    /// A column of the wrong kind for this use (e.g. a categorical column in a regression).
    case wrongColumnKind(name: String, expected: String)
    /// A category label that the column does not have.
    case unknownLabel(label: String, known: [String])
    /// Two entries share a name or identifier.
    case duplicate(name: String)
    /// A list of the wrong length.
    case wrongCount(expected: Int, found: Int)
    /// The statistic does not exist for this analysis.
    case statisticNotOffered(statistic: Statistic, analysis: AnalysisKind, offered: [Statistic])
    /// A key required by this analysis or figure is missing; `key` names it.
    case requires(key: String)
    /// A value that is not one of the allowed words (an unknown `analysis:`, `statistic:`, `style:` …).
    case unknownValue(value: String, allowed: [String])
    /// The data has fewer complete rows than the analysis needs.
    case tooFewRows(analysis: AnalysisKind, needed: Int, available: Int)
}
