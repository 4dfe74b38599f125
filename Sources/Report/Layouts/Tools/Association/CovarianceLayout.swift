import Analysis

/// The Covariance sheet: the ToolPak's matrix (toolpak.md §3.4), which divides by n (`COVARIANCE.P`,
/// `VAR.P` on the diagonal), then the sample covariances participants compare with `VAR.S`.
public struct CovarianceLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out `matrix`, whose variables sit in `ranges` on the data sheet (same order as its names).
    public init(language: Language, matrix: CorrelationMatrix, ranges: [CellRange]) {
        let names = matrix.names
        let reference = { (index: Int) in index < ranges.count ? ranges[index].reference() : "" }
        let entry = { (i: Int, j: Int, population: Bool) -> ReportCell? in
            let value: Double?
            let formula: Formula
            if i == j {
                value = (population ? matrix.populationVariances : matrix.sampleVariances)[i]
                formula = .call(population ? "VAR.P" : "VAR.S", reference(i))
            } else {
                let pair = matrix.pair(i, j)
                value = population ? pair?.populationCovariance : pair?.sampleCovariance
                formula = .call(population ? "COVARIANCE.P" : "COVARIANCE.S", reference(i), reference(j))
            }
            return FigureCell.make(formula, value, format: .significant(value ?? 0), undefined: .divisionByZero)
        }
        let population = LowerTriangle(top: 2, heading: nil, names: names) { entry($0, $1, true) }
        let sampleTop = 2 + population.height + 1
        let sample = LowerTriangle(top: sampleTop, heading: Labels.AssociationExtras.sampleCovariance.text(language),
                                   names: names) { entry($0, $1, false) }
        let title = Labels.Association.covarianceTitle.text(language)
        sheet = ReportSheet(name: title, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(title)),
            population.block,
            sample.block,
            ReportBlock(at: CellAddress(row: sampleTop + sample.height + 1, column: 0),
                        .notes([Labels.Notes.covarianceIsPopulation.text(language)])),
        ])
    }
}
