import Report

/// A complete report on the worked example of toolpak.md §7: a Japanese-named data sheet, sheets of
/// live formulas from `DescriptiveFormulas` and `RegressionFormulas` with independently computed
/// (NumPy/SciPy) cached values, notes and charts.
public enum SampleReport {
    public static let dataSheet = "データ"
    public static let descriptiveSheet = "基本統計量"
    /// Data rows 2...10 (zero-based 1...9): column A original row, B x, C x2, D y.
    public static let dataRows = 1..<10
    public static var xRange: CellRange { CellRange.column(1, rows: dataRows, on: dataSheet) }
    public static var xBlock: CellRange {
        CellRange(sheet: dataSheet, first: CellAddress(row: 1, column: 1), last: CellAddress(row: 9, column: 2))
    }
    public static var yRange: CellRange { CellRange.column(3, rows: dataRows, on: dataSheet) }

    /// One figure: its label, the formula reproducing it (nil where the ToolPak prints a constant or
    /// `#N/A`), and the reference value.
    public typealias Figure = (label: String, formula: Formula?, value: ReportValue)

    public static func document() -> ReportDocument {
        ReportDocument(sheets: [dataSheetContent(), descriptiveSheetContent()] + regressionSheets(),
                       properties: .init(title: "Bunseki sample"))
    }

    private static func dataSheetContent() -> ReportSheet {
        var cells = ["行番号", "x", "x2", "y"].enumerated().map { column, label in
            PositionedCell(CellAddress(row: 0, column: column), .text(label, style: CellStyle(role: .header, borders: .bottom)))
        }
        let reference = ReferenceValues.self
        for index in reference.y.indices {
            let row = index + 1
            for (column, value) in [Double(row + 4), reference.x[index], reference.x2[index], reference.y[index]].enumerated() {
                cells.append(PositionedCell(CellAddress(row: row, column: column), .number(value, format: .integer)))
            }
        }
        return ReportSheet(name: dataSheet, blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                           options: SheetOptions(frozenRows: 1))
    }

    public static var descriptiveFigures: [Figure] {
        let formulas = DescriptiveFormulas(range: yRange)
        let reference = ReferenceValues.Descriptive.self
        let values: [Labels.Descriptive: ReportValue] = [
            .mean: .number(reference.mean), .standardError: .number(reference.standardError),
            .median: .number(reference.median), .mode: .error(.notAvailable),
            .standardDeviation: .number(reference.standardDeviation), .sampleVariance: .number(reference.sampleVariance),
            .kurtosis: .number(reference.kurtosis), .skewness: .number(reference.skewness), .range: .number(reference.range),
            .minimum: .number(reference.minimum), .maximum: .number(reference.maximum), .sum: .number(reference.sum),
            .count: .number(reference.count),
        ]
        let rows: [Figure] = Labels.Descriptive.allCases.compactMap { statistic in
            guard let formula = formulas.formula(for: statistic), let value = values[statistic] else { return nil }
            return (statistic.text(.ja), formula, value)
        }
        return rows + [
            (Labels.largest(2, .ja), formulas.largest(2), .number(reference.largest2)),
            (Labels.smallest(2, .ja), formulas.smallest(2), .number(reference.smallest2)),
            (Labels.confidenceLevel(0.95, .ja), formulas.confidenceHalfWidth(level: 0.95),
             .number(reference.confidenceHalfWidth95)),
        ]
    }

    private static func descriptiveSheetContent() -> ReportSheet {
        ReportSheet(
            name: descriptiveSheet,
            blocks: [
                ReportBlock(at: CellAddress(row: 0, column: 0), .title("基本統計量")),
                ReportBlock(at: CellAddress(row: 2, column: 0), .table(table(heading: "y", descriptiveFigures))),
                ReportBlock(at: CellAddress(row: 20, column: 0), .table(ReportTable(rows: [
                    .init("計算できない値", [.number(.nan, format: .decimals(2))]),
                ]))),
                ReportBlock(at: CellAddress(row: 22, column: 0), .notes([Labels.Notes.associationIsNotCause.text(.ja)])),
            ],
            charts: [
                ChartSpec(kind: .column, title: Labels.Histogram.title.text(.ja),
                          xAxisTitle: Labels.Histogram.bin.text(.ja), yAxisTitle: Labels.Histogram.frequency.text(.ja),
                          series: [.init(values: yRange)], barGap: 0, anchor: CellAddress(row: 2, column: 3)),
            ],
            options: SheetOptions(frozenRows: 1))
    }

    /// A regression model of the sample and its reference figures.
    public struct Model {
        public let sheetName: String
        public let formulas: RegressionFormulas
        public let figures: [Figure]
    }

    public static var models: [Model] {
        [
            model("単回帰", RegressionFormulas(y: yRange, x: xRange), reference: ReferenceValues.simple),
            model("原点回帰", RegressionFormulas(y: yRange, x: xRange, hasIntercept: false),
                  reference: ReferenceValues.throughOrigin),
            model("重回帰", RegressionFormulas(y: yRange, x: xBlock), reference: ReferenceValues.multiple),
        ]
    }

    private static func regressionSheets() -> [ReportSheet] {
        models.map { model in
            ReportSheet(name: model.sheetName,
                        blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .table(table(heading: model.sheetName, model.figures)))],
                        charts: [ChartSpec(kind: .scatter, title: "y と x", xAxisTitle: "x", yAxisTitle: "y",
                                           series: [.init(name: "y", categories: xRange, values: yRange, showsLinearTrendline: true)],
                                           anchor: CellAddress(row: 1, column: 3))])
        }
    }

    private static func model(_ name: String, _ formulas: RegressionFormulas, reference r: RegressionReference) -> Model {
        var figures: [Figure] = [
            ("重相関 R", formulas.multipleR, .number(r.multipleR)),
            ("重決定 R2", formulas.rSquare, .number(r.rSquare)),
            ("補正 R2", formulas.adjustedRSquare, .number(r.adjustedRSquare)),
            ("標準誤差", formulas.standardError, .number(r.standardError)),
            ("観測数", formulas.observationCount, .number(Double(ReferenceValues.y.count))),
            ("自由度 回帰", formulas.regressionDF, .number(Double(formulas.predictorCount))),
            ("自由度 残差", formulas.residualDFFormula, .number(r.dfResidual)),
            ("自由度 合計", formulas.totalDF, .number(r.dfTotal)),
            ("変動 回帰", formulas.regressionSS, .number(r.ssRegression)),
            ("変動 残差", formulas.residualSS, .number(r.ssResidual)),
            ("変動 合計", formulas.totalSS, .number(r.ssTotal)),
            ("分散 回帰", formulas.regressionMS, .number(r.msRegression)),
            ("分散 残差", formulas.residualMS, .number(r.msResidual)),
            ("観測された分散比", formulas.f, .number(r.f)),
            ("有意 F", formulas.significanceF, .number(r.significanceF)),
        ]
        let terms = (formulas.hasIntercept ? 0 : 1)...formulas.predictorCount
        let offset = formulas.hasIntercept ? 0 : 1
        if !formulas.hasIntercept {
            figures.append(("係数 切片", formulas.coefficient(term: 0), .number(0)))
            figures.append(("標準誤差 切片", formulas.standardError(term: 0), .error(.notAvailable)))
        }
        for term in terms {
            let i = term - offset
            figures += [
                ("係数 \(term)", formulas.coefficient(term: term), .number(r.coefficients[i])),
                ("標準誤差 \(term)", formulas.standardError(term: term), .number(r.standardErrors[i])),
                ("t \(term)", formulas.tStat(term: term), .number(r.tStats[i])),
                ("P-値 \(term)", formulas.pValue(term: term), .number(r.pValues[i])),
                ("下限 95% \(term)", formulas.lowerBound(term: term, level: 0.95), .number(r.lower95[i])),
                ("上限 95% \(term)", formulas.upperBound(term: term, level: 0.95), .number(r.upper95[i])),
            ]
        }
        for observation in 1...ReferenceValues.y.count {
            let i = observation - 1
            figures += [
                ("予測値 \(observation)", formulas.predicted(observation: observation), .number(r.predicted[i])),
                ("残差 \(observation)", formulas.residual(observation: observation), .number(r.residuals[i])),
                ("標準残差 \(observation)", formulas.standardResidual(observation: observation), .number(r.standardResiduals[i])),
                ("百分位数 \(observation)", formulas.percentile(rank: observation),
                 .number(ReferenceValues.Probability.percentiles[i])),
                ("Y \(observation)", formulas.sortedY(rank: observation), .number(ReferenceValues.Probability.sortedY[i])),
            ]
        }
        return Model(sheetName: name, formulas: formulas, figures: figures)
    }

    private static func table(heading: String, _ figures: [Figure]) -> ReportTable {
        ReportTable(heading: heading, rows: figures.map { label, formula, value in
            let content: ReportCell.Content = formula.map { .formula($0, cached: value) } ?? .value(value)
            return ReportTable.Row(label, [ReportCell(content, format: .decimals(4))])
        })
    }
}
