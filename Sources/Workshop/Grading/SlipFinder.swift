import Analysis

/// A known slip that explains a wrong answer.
public enum Slip: Sendable, Hashable {
    /// 補正 R2 given for 重決定 R2 (or the reverse).
    case adjustedRSquared
    /// 重決定 R2 given for 補正 R2.
    case plainRSquared
    /// The value of another term (coefficients swapped, or another group's mean).
    case otherTerm(String)
    /// A p-value given as a percent (100 × p).
    case percent
    /// The one-tailed p given for the two-tailed one, or the reverse.
    case otherTail
    /// Rows with messy cells deleted instead of converted to numbers.
    case droppedMessyRows
    /// Cut off at the decimals asked for instead of rounded.
    case truncated
    /// A difference-in-differences p-value from a standard error that ignores the repeated units
    /// (classical or HC1) where the task asks for the cluster-robust one.
    case unclusteredError
    /// The difference-in-differences taken the other way round (comparison minus treated).
    case reversedDifference

    /// The likely cause in words, for the participant's feedback.
    public var japanese: String {
        switch self {
        case .adjustedRSquared: return "補正 R2 の値です。重決定 R2 は回帰統計の 1 行上にあります。"
        case .plainRSquared: return "重決定 R2 の値です。補正 R2 はその 1 行下にあります。"
        case .otherTerm(let term): return "「\(term)」の値です。行を取り違えていませんか。"
        case .percent: return "パーセントで答えています。P-値は 0〜1 の小数のまま入力します（例 0.0123）。"
        case .otherTail: return "片側と両側の P-値を取り違えています。"
        case .droppedMessyRows:
            return "全角数字や単位付きの値を数値に直さず、その行を削除して計算した値です。空欄の行だけを削除します。"
        case .truncated: return "切り捨てています。指定の桁で四捨五入します。"
        case .unclusteredError:
            return "同じ単位（来庁者など）の繰り返しを考えない標準誤差（通常または HC1）による P-値です。クラスター頑健（--unit）の行を読みます。"
        case .reversedDifference: return "差の向きが逆です。（処置群の変化）−（比較群の変化）で計算します。"
        }
    }

    /// A short name for the debrief.
    public var shortJapanese: String {
        switch self {
        case .adjustedRSquared: return "補正R2と混同"
        case .plainRSquared: return "重決定R2と混同"
        case .otherTerm(let term): return "「\(term)」と取り違え"
        case .percent: return "パーセントで回答"
        case .otherTail: return "片側/両側の取り違え"
        case .droppedMessyRows: return "汚れた値の行を削除"
        case .truncated: return "切り捨て"
        case .unclusteredError: return "クラスター化しない標準誤差"
        case .reversedDifference: return "差の向きが逆"
        }
    }
}

/// Recomputes known slips on a participant's own data, so a wrong answer can be explained: each
/// figure gets the values the slips would have produced.
struct SlipFinder {
    let spec: ExerciseSpec
    let dataset: GeneratedDataset

    /// The slip behind `answer` to `figure`, if one of the known slips reproduces it.
    func slip(for figureID: String, answer: Double, expected: ExpectedAnswer) -> Slip? {
        for (value, slip) in candidates(for: figureID, expected: expected)
        where expected.tolerance.accepts(answer, expected: value) {
            return slip
        }
        return nil
    }

    /// The values slips produce for `figureID`, most specific first.
    func candidates(for figureID: String, expected: ExpectedAnswer) -> [(Double, Slip)] {
        guard case .number(let key)? = expected.value,
              let task = spec.tasks.first(where: { $0.id == expected.taskID }),
              let figure = task.figures.first(where: { $0.id == figureID }) else { return [] }
        var found: [(Double, Slip)] = []
        let data = try? TaskTable(dataset: dataset)
        let solution = data.flatMap { try? AnswerKeyBuilder.solver(for: task.analysis).solve(task, data: $0) }
        func value(_ statistic: Statistic, term: String?) -> Double? {
            try? solution?.number(statistic, term: term, row: figure.row)
        }
        switch figure.statistic {
        case .rSquared: if let other = value(.adjustedRSquared, term: nil) { found.append((other, .adjustedRSquared)) }
        case .adjustedRSquared: if let other = value(.rSquared, term: nil) { found.append((other, .plainRSquared)) }
        case .pValue: if let other = value(.pValueOneTail, term: figure.term) { found.append((other, .otherTail)) }
        case .pValueOneTail: if let other = value(.pValue, term: figure.term) { found.append((other, .otherTail)) }
        default: break
        }
        if task.analysis == .did {
            found += data.map { didCandidates(figure: figure, task: task, data: $0, key: key) } ?? []
        } else if let term = figure.term {
            let terms = task.analysis == .regression ? RegressionTerm.terms(of: task, in: spec.dataset)
                : task.analysis == .pairedTTest ? task.variables ?? [] : task.groups ?? data?.labels(of: task.group ?? "") ?? []
            for other in terms where other != term {
                if let number = value(figure.statistic, term: other) { found.append((number, .otherTerm(other))) }
            }
        }
        if [.pValue, .pValueOneTail, .significanceF].contains(figure.statistic), key != 0 {
            found.append((key * 100, .percent))
        }
        if let dropped = droppedMessyRowsKey()?.answer(for: figureID), case .number(let number)? = dropped.value,
           !expected.tolerance.accepts(number, expected: key) {
            found.append((number, .droppedMessyRows))
        }
        if let decimals = figure.decimals {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let truncated = (key * scale).rounded(.towardZero) / scale
            if !expected.tolerance.accepts(truncated, expected: key) {
                // Exactly the truncated figure, not anything within half a unit of it.
                found.append((truncated, .truncated))
            }
        }
        return found.filter { !expected.tolerance.accepts($0.0, expected: key) }
    }

    /// Slips of a difference-in-differences: another cell of the 2×2 table (named by the label of the
    /// figure that asks for it), the estimate reversed, the p-value of a standard error not clustered by unit.
    private func didCandidates(figure: FigureSpec, task: TaskSpec, data: TaskTable, key: Double) -> [(Double, Slip)] {
        guard let result = try? DiDSolver.estimate(task, data: data).result else { return [] }
        var found: [(Double, Slip)] = []
        switch figure.statistic {
        case .mean, .count:
            let cells: [(DiDCell, DifferenceInDifferences.Cell)] = [
                (.treatedBefore, result.treatedBefore), (.treatedAfter, result.treatedAfter),
                (.comparisonBefore, result.comparisonBefore), (.comparisonAfter, result.comparisonAfter)]
            for (cell, numbers) in cells where cell.rawValue != figure.term {
                let name = task.figures.first { $0.statistic == figure.statistic && $0.term == cell.rawValue }?.label.ja
                    ?? cell.japanese(treated: task.treated ?? "")
                found.append((figure.statistic == .mean ? numbers.mean : Double(numbers.count), .otherTerm(name)))
            }
        case .coefficient, .tStat:
            found.append((-key, .reversedDifference))
        case .pValue where result.primaryKind == .cluster:
            for estimate in result.regression where estimate.kind != .cluster {
                if let p = estimate.pValue { found.append((p, .unclusteredError)) }
            }
        default: break
        }
        return found
    }

    /// The key computed after deleting every row with a messy (text) cell in a numeric column, as a
    /// participant who removed those rows instead of converting them would get; `nil` without messy cells.
    private func droppedMessyRowsKey() -> AnswerKey? {
        var messyRows: Set<Int> = []
        for column in dataset.columns where column.role == .numeric {
            for (row, cell) in column.cells.enumerated() {
                if case .text = cell { messyRows.insert(row) }
            }
        }
        guard !messyRows.isEmpty else { return nil }
        let columns = dataset.columns.map { column in
            GeneratedColumn(name: column.name, role: column.role,
                            values: column.values.enumerated().map { messyRows.contains($0.offset) ? nil : $0.element },
                            cells: column.cells)
        }
        let reduced = GeneratedDataset(exerciseID: dataset.exerciseID, variant: dataset.variant, seed: dataset.seed,
                                       columns: columns)
        return AnswerKeyBuilder.key(for: spec, dataset: reduced)
    }
}

extension DiDCell {
    /// The cell in words, for feedback when no figure of the task names it.
    func japanese(treated: String) -> String {
        switch self {
        case .treatedBefore: return "\(treated)・事前"
        case .treatedAfter: return "\(treated)・事後"
        case .comparisonBefore: return "比較群・事前"
        case .comparisonAfter: return "比較群・事後"
        }
    }
}
