import Analysis
import Foundation
import Report

/// Every tool's result workbook, built on one municipal staff table of 60 rows (所属, 年齢, 処理件数,
/// 月間残業時間 with one decimal, 研修受講): what a participant would get from each subcommand, for the tests
/// that walk every cell of every workbook (formats, Excel 2016 functions) and for looking at them by eye.
enum EveryToolWorkbook {
    static let count = 60
    static let rows = Array(2...(count + 1))
    static let sections = ["企画課", "総務課", "税務課", "福祉課", "土木課"]

    static let section = CategoryDataSheet.Column(name: "所属", labels: (0..<count).map { sections[$0 % 5] })
    static let training = CategoryDataSheet.Column(name: "研修受講", labels: (0..<count).map { ($0 * 3) % 7 < 3 ? "はい" : "いいえ" })
    static let age = DataColumn(name: "年齢", values: (0..<count).map { Double(22 + ($0 * 7) % 39) })
    static let cases = DataColumn(name: "処理件数", values: (0..<count).map { Double(40 + ($0 * 37) % 200) })
    /// Overtime in hours with one decimal, growing with the cases and a little with the section.
    static let overtime = DataColumn(name: "月間残業時間", values: (0..<count).map { i in
        let raw = 5 + 0.1 * Double(40 + (i * 37) % 200) + 4 * sin(Double(i)) + Double(i % 5)
        return (raw * 10).rounded() / 10
    })
    /// The same staff's overtime a year later (paired with `overtime`).
    static let overtimeLater = DataColumn(name: "翌年残業時間", values: overtime.values.enumerated().map { i, value in
        value.map { (($0 - 1.5 + 2 * cos(Double(i))) * 10).rounded() / 10 }
    })
    static let attended = DataColumn(name: "受講", values: training.labels.map { $0 == "はい" ? 1 : 0 })

    private static func variable(_ column: DataColumn) -> Variable { Variable(name: column.name, values: column.values) }

    /// The overtime of each section, as the ToolPak's one-column-per-group input.
    private static var bySection: [DataColumn] {
        sections.map { name in
            DataColumn(name: name, values: zip(section.labels, overtime.values).filter { $0.0 == name }.map(\.1))
        }
    }

    /// (tool, document) for every tool, in the language given.
    static func documents(_ language: Language) throws -> [(tool: String, document: ReportDocument)] {
        let (x, y) = (variable(overtime), variable(overtimeLater))
        var result: [(String, ReportDocument)] = []
        func add(_ tool: String, _ document: ReportDocument) { result.append((tool, document)) }

        let numbers = [age, cases, overtime]
        add("describe", DescribeWorkbook.document(language: language, sourceRows: rows, columns: numbers,
                                                  statistics: try numbers.map { try DescriptiveStatistics.compute(variable($0)) },
                                                  shapiroWilk: numbers.map { ShapiroWilk.test($0.values.compactMap { $0 }) }))
        add("histogram", HistogramWorkbook.document(language: language, sourceRows: rows, columns: [overtime, age], upperEdges: nil,
                                                    pareto: true))
        let fit = try LinearRegression.fit(response: variable(overtime), predictors: [variable(cases), variable(age)],
                                           intercept: true, confidenceLevels: [0.95])
        add("regress", try RegressionWorkbook.document(language: language, sourceRows: rows, response: overtime, predictors: [cases, age],
                                                       result: fit))
        let polynomial = try LinearRegression.polynomial(response: variable(overtime), x: variable(cases), degree: 2, intercept: true,
                                                         confidenceLevels: [0.95])
        add("regress --degree 2", try RegressionWorkbook.document(language: language, sourceRows: rows, response: overtime,
                                                                  predictors: [cases], result: polynomial, polynomialDegree: 2))
        if case .fitted(let logistic) = try LogisticRegression.fit(outcome: variable(attended), predictors: [variable(overtime)]) {
            add("logistic", LogisticWorkbook.document(language: language, sourceRows: rows, columns: [attended, overtime], fit: logistic))
        }
        func twoSample(_ test: TwoSampleTest) -> ReportDocument {
            TwoSampleTestWorkbook.document(language: language, sourceRows: rows, first: overtime, second: overtimeLater, test: test)
        }
        add("ttest --paired", twoSample(.t(try TTest.paired(x, y))))
        add("ttest --equal-variances", twoSample(.t(try TTest.twoSample(x, y, equalVariances: true))))
        add("ttest", twoSample(.t(try TTest.twoSample(x, y, equalVariances: false))))
        add("ftest", twoSample(.f(try FTest.compute(x, y))))
        add("ztest", twoSample(.z(try ZTest.compute(x, y, knownVariances: (30, 30)))))

        let groups = bySection
        let anova = try OneWayANOVA.compute(groups.map(variable))
        add("anova", AnovaWorkbook.document(language: language, sourceRows: Array(2...13), groups: groups, anova: anova,
                                            tukey: try TukeyKramer.compute(anova),
                                            equalVariances: [try LeveneTest.compute(groups.map(variable), center: .median)]))
        let grid = (0..<12).map { row in groups.map { $0.values[row] ?? 0 } }
        let withoutReplication = try TwoWayANOVAWithoutReplication.compute(grid: grid, rowNames: (1...12).map { "\($0)月" },
                                                                            columnNames: sections)
        add("anova2", TwoFactorAnovaWorkbook.document(language: language, sourceRows: Array(2...13), columns: groups,
                                                      anova: withoutReplication))
        // Two samples of 6 consecutive rows (first and second half of the year) × the first two sections.
        var cells: [[[Double]]] = []
        for block in 0..<2 {
            var row: [[Double]] = []
            for column in 0..<2 {
                let values: [Double] = groups[column].values[(block * 6)..<(block * 6 + 6)].compactMap { $0 }
                row.append(values)
            }
            cells.append(row)
        }
        let replicated = try TwoWayANOVA.compute(cells: cells, rowNames: ["前半", "後半"], columnNames: Array(sections[0..<2]))
        add("anova2 --replication", ReplicatedAnovaWorkbook.document(language: language, sourceRows: Array(2...13),
                                                                     columns: Array(groups[0..<2]), replicates: 6, anova: replicated))
        let longFormat = try LeastSquaresTwoWayANOVA.compute(value: variable(overtime),
                                                             first: CategoricalVariable(name: section.name, labels: section.labels),
                                                             second: CategoricalVariable(name: training.name, labels: training.labels),
                                                             interaction: true)
        add("anova2 --factors", LeastSquaresAnovaWorkbook.document(language: language, sourceRows: rows, value: overtime,
                                                                   first: section, second: training, anova: longFormat))
        add("crosstab", CrossTabWorkbook.document(language: language, sourceRows: rows, rows: section, columns: training,
                                                  table: try CrossTabulation.tabulate(rows: section.labels, columns: training.labels)))
        let matrix = try CorrelationMatrix.compute(numbers.map(variable))
        add("correl", AssociationWorkbook.document(language: language, tool: .correlation, sourceRows: rows, columns: numbers, matrix: matrix))
        add("covariance", AssociationWorkbook.document(language: language, tool: .covariance, sourceRows: rows, columns: numbers, matrix: matrix))
        let summary = try GroupSummary.compute(variable(overtime), by: [section, training].map { (name: $0.name, values: $0.labels) })
        add("groups", GroupSummaryWorkbook.document(language: language, sourceRows: rows, value: overtime, keys: [section, training],
                                                    summary: summary))
        let values = overtime.values.compactMap { $0 }
        add("sample --periodic", SamplingWorkbook.document(language: language, sourceRows: rows, name: overtime.name, values: values,
                                                           method: .periodic(period: 7),
                                                           sample: try Sampling.periodic(variable(overtime), period: 7)))
        add("sample --random", SamplingWorkbook.document(language: language, sourceRows: rows, name: overtime.name, values: values,
                                                         method: .random(count: 10, seed: 42),
                                                         sample: try Sampling.random(variable(overtime), count: 10, seed: 42)))
        for method in [SmoothingMethod.movingAverage(interval: 3), .exponential(alpha: 0.3)] {
            add("smooth \(method)", SmoothingWorkbook.document(language: language, sourceRows: Array(2...25), name: overtime.name,
                                                               method: method, series: try method.smooth(Array(values[0..<24]))))
        }
        add("rank", RankPercentileWorkbook.document(language: language, sourceRows: Array(2...21), values: Array(values[0..<20]),
                                                    ranking: try RankAndPercentile.compute(Variable(name: overtime.name,
                                                                                                    values: Array(values[0..<20])))))
        add("mannwhitney", RankTestWorkbook.mannWhitney(language: language, sourceRows: Array(2...13), first: groups[0], second: groups[1],
                                                        test: try MannWhitneyU.compute(variable(groups[0]), variable(groups[1]))))
        add("wilcoxon", RankTestWorkbook.wilcoxon(language: language, sourceRows: rows, first: overtime, second: overtimeLater,
                                                  test: try WilcoxonSignedRank.compute(x, y)))
        let kruskal = try KruskalWallis.compute(groups.map(variable))
        add("kruskal", RankTestWorkbook.kruskal(language: language, sourceRows: Array(2...13), groups: groups, test: kruskal,
                                                dunn: DunnTest.compute(kruskal)))
        add("normality", NormalityWorkbook.document(language: language, sourceRows: rows, columns: [overtime, age],
                                                    checks: try [overtime, age].map { try NormalityCheck.compute(variable($0)) }))
        let periods = (0..<count).map { $0 < count / 2 ? "R5" : "R6" }
        let treated = section.labels.map { $0 == "企画課" }
        let did = try DifferenceInDifferences.compute(valueName: overtime.name, values: values, treated: treated, periods: periods,
                                                      periodOrder: ["R5", "R6"], afterPeriods: ["R6"], units: nil)
        add("did", DiDWorkbook.document(language: language, sourceRows: rows,
                                        columns: DiDWorkbook.Columns(value: overtime, group: section,
                                                                     period: .init(name: "年度", labels: periods), unit: nil,
                                                                     treatedLevel: "企画課", afterLevels: ["R6"]),
                                        result: did))
        var generator = Xoshiro256StarStar(seed: 7)
        let distribution = RandomDistribution.normal(mean: 30, sd: 8)
        add("random", RandomNumbersWorkbook.document(language: language, distribution: distribution, seed: 7,
                                                     variables: [try distribution.draw(count: 50, using: &generator)]))
        let missing = numbers.map { column in
            OverviewMissingLayout.Column(name: column.name, filled: column.values.compactMap { $0 }.count,
                                         empty: column.values.filter { $0 == nil }.count, misfits: [])
        }
        add("report", OverviewWorkbook.document(language: language, sourceRows: rows, numbers: numbers,
                                                statistics: try numbers.map { try DescriptiveStatistics.compute(variable($0)) },
                                                categories: [section, training], matrix: matrix, columns: missing))
        return result
    }
}
