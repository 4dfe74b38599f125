import Analysis

/// The Moments / 理論値との比較 sheet of the random numbers: the distribution's parameters, then the mean
/// and standard deviation of the numbers (`AVERAGE`, `STDEV.S` over the number sheet) beside the
/// distribution's own, written as formulas of the parameter cells so a participant sees where they come
/// from. A sheet of its own rather than tables under the reading: there the labels would sit in the wide
/// sentence column, far from their values.
struct RandomMomentsSheet {
    /// Row of the parameter table's header; the title sits above it.
    static let parametersTop = 2

    let sheet: ReportSheet

    /// Nil for a patterned run, which has no distribution to compare with.
    init?(language: Language, distribution: RandomDistribution, numbers: CellRange, sample: DescriptiveStatistics?) {
        let parameters = Self.parameters(distribution, language)
        let firstParameterRow = Self.parametersTop + 1
        let momentsTop = firstParameterRow + parameters.rows.count + 1
        let meanCell = CellAddress(row: momentsTop + 1, column: 2)
        guard let theory = distribution.theoreticalMoments,
              let formulas = Self.formulas(distribution, firstRow: firstParameterRow, rowCount: parameters.rows.count,
                                           meanCell: meanCell) else { return nil }
        let r = numbers.reference()
        let shown = NumberFormat.decimals(4)
        let moments = ReportTable(columnHeaders: ["", Labels.RandomMoments.sample.text(language),
                                                  Labels.RandomMoments.theoretical.text(language)], rows: [
            ReportTable.Row(Labels.RandomMoments.mean.text(language), [
                sample.map { .formula(Formula("AVERAGE(\(r))"), cached: $0.mean, format: shown) },
                .formula(formulas.mean, cached: theory.mean, format: shown),
            ]),
            ReportTable.Row(Labels.RandomMoments.standardDeviation.text(language), [
                sample?.standardDeviation.map { .formula(Formula("STDEV.S(\(r))"), cached: $0, format: shown) },
                .formula(formulas.standardDeviation, cached: theory.standardDeviation, format: shown),
            ]),
        ])
        let name = Self.name(language)
        sheet = ReportSheet(name: name, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(name)),
            ReportBlock(at: CellAddress(row: Self.parametersTop, column: 0), .table(parameters)),
            ReportBlock(at: CellAddress(row: momentsTop, column: 0), .table(moments)),
        ])
    }

    /// The sheet's name, which the reading refers to.
    static func name(_ language: Language) -> String { Labels.RandomMoments.sheet.text(language) }

    /// One row per parameter, the value in column B; a discrete distribution lists value | weight.
    private static func parameters(_ distribution: RandomDistribution, _ language: Language) -> ReportTable {
        let row = { (label: Labels.RandomMoments, value: Double) in ReportTable.Row(label.text(language), [.number(value)]) }
        let headers = [Labels.RandomMoments.parameter, .value].map { $0.text(language) }
        switch distribution {
        case .uniform(let lower, let upper):
            return ReportTable(columnHeaders: headers, rows: [row(.lower, lower), row(.upper, upper)])
        case .normal(let mean, let sd):
            return ReportTable(columnHeaders: headers, rows: [row(.mean, mean), row(.standardDeviation, sd)])
        case .bernoulli(let p):
            return ReportTable(columnHeaders: headers, rows: [row(.probability, p)])
        case .binomial(let trials, let p):
            return ReportTable(columnHeaders: headers, rows: [row(.trials, Double(trials)), row(.probability, p)])
        case .poisson(let mean):
            return ReportTable(columnHeaders: headers, rows: [row(.lambda, mean)])
        case .discrete(let values, let weights):
            return ReportTable(columnHeaders: [Labels.RandomMoments.value, .weight].map { $0.text(language) },
                               rows: zip(values, weights).map {
                                   // The parameters as the user gave them (their own decimals).
                                   ReportTable.Row(labelCell: .number($0, format: .decimals(NumberFormat.dataDecimals(of: values))),
                                                   [.number($1, format: .decimals(NumberFormat.dataDecimals(of: weights)))])
                               })
        case .patterned:
            return ReportTable(rows: [])
        }
    }

    /// The moments as formulas of the parameter cells (first parameter in row `firstRow`, values in
    /// column B; a discrete distribution's values in A, weights in B); nil for a patterned run.
    private static func formulas(_ distribution: RandomDistribution, firstRow: Int, rowCount: Int,
                                 meanCell: CellAddress) -> (mean: Formula, standardDeviation: Formula)? {
        let b1 = CellAddress(row: firstRow, column: 1).a1(absolute: true)
        let b2 = CellAddress(row: firstRow + 1, column: 1).a1(absolute: true)
        switch distribution {
        case .uniform: return (Formula("(\(b1)+\(b2))/2"), Formula("(\(b2)-\(b1))/SQRT(12)"))
        case .normal: return (Formula(b1), Formula(b2))
        case .bernoulli: return (Formula(b1), Formula("SQRT(\(b1)*(1-\(b1)))"))
        case .binomial: return (Formula("\(b1)*\(b2)"), Formula("SQRT(\(b1)*\(b2)*(1-\(b2)))"))
        case .poisson: return (Formula(b1), Formula("SQRT(\(b1))"))
        case .discrete:
            let span = { (column: Int) in
                CellAddress(row: firstRow, column: column).a1(absolute: true) + ":"
                    + CellAddress(row: firstRow + max(rowCount, 1) - 1, column: column).a1(absolute: true)
            }
            let (values, weights) = (span(0), span(1))
            let mean = meanCell.a1(absolute: true)
            return (Formula("SUMPRODUCT(\(values),\(weights))/SUM(\(weights))"),
                    Formula("SQRT(SUMPRODUCT(\(weights),(\(values)-\(mean))^2)/SUM(\(weights)))"))
        case .patterned:
            return nil
        }
    }
}
