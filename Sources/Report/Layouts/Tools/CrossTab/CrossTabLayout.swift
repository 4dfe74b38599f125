import Analysis

/// The Cross tabulation sheet (toolpak.md §6: what a PivotTable plus `CHISQ.TEST` gives): observed
/// counts by `COUNTIFS` over the data sheet with totals, row and column percentages (構成比) dividing those counts by
/// their row or column total, expected counts from the totals, adjusted
/// standardized residuals, and the chi-square test with Cramér's V, each a live formula over the cells
/// above with our value cached; Fisher's exact p (2×2 only, no worksheet function) is a plain number.
/// A clustered column chart of the observed counts (one series per column category) stands right of every table.
public struct CrossTabLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias X = Labels.CrossTab

    /// Lays out `table`, whose row and column categories sit in `rows` and `columns` on the data sheet;
    /// `rowName` and `columnName` are the two columns' names.
    public init(language: Language, table: CrossTabulation, rowName: String, columnName: String, rows: CellRange, columns: CellRange) {
        let r = table.rowLabels.count, c = table.columnLabels.count
        let corner = "\(rowName) \\ \(columnName)"
        let headers = [corner] + table.columnLabels
        // Each matrix: heading row, header row, r rows (observed and the percentages add a total row and column).
        let observedTop = 2, observedFirst = observedTop + 2
        let rowPercentTop = observedFirst + r + 2, rowPercentFirst = rowPercentTop + 2
        let columnPercentTop = rowPercentFirst + r + 2, columnPercentFirst = columnPercentTop + 2
        let expectedTop = columnPercentFirst + r + 2, expectedFirst = expectedTop + 2
        let residualTop = expectedFirst + r + 1, residualFirst = residualTop + 2
        let testTop = residualFirst + r + 1
        let at = { (row: Int, column: Int) in CellAddress(row: row, column: column).a1() }
        let anchored = { (row: Int, column: Int) in CellAddress(row: row, column: column) }
        let n = at(observedFirst + r, 1 + c)
        let observedRange = "\(at(observedFirst, 1)):\(at(observedFirst + r - 1, c))"
        let expectedRange = "\(at(expectedFirst, 1)):\(at(expectedFirst + r - 1, c))"

        let observedRows = (0..<r).map { i -> ReportTable.Row in
            let labelCell = "$A\(anchored(observedFirst + i, 0).row + 1)"
            let cells: [ReportCell?] = (0..<c).map { j in
                let header = "\(anchored(observedFirst - 1, 1 + j).columnLetters)$\(observedFirst)"
                return .formula(Formula("COUNTIFS(\(rows.reference()),\(labelCell),\(columns.reference()),\(header))"),
                                cached: Double(table.observed[i][j]), format: .integer)
            } + [.formula(.call("SUM", "\(at(observedFirst + i, 1)):\(at(observedFirst + i, c))"),
                          cached: Double(table.rowTotals[i]), format: .integer)]
            return ReportTable.Row(table.rowLabels[i], cells)
        }
        let totalRow = ReportTable.Row(X.total.text(language), (0...c).map { j in
            .formula(.call("SUM", "\(at(observedFirst, 1 + j)):\(at(observedFirst + r - 1, 1 + j))"),
                     cached: Double(j < c ? table.columnTotals[j] : table.total), format: .integer)
        })
        let observed = ReportTable(heading: X.observed.text(language), columnHeaders: headers + [X.total.text(language)],
                                   rows: observedRows + [totalRow])

        let percentages = Self.percentages(language, table: table, headers: headers, observedFirst: observedFirst,
                                           rowPercentFirst: rowPercentFirst, columnPercentFirst: columnPercentFirst)

        let expected = ReportTable(heading: X.expected.text(language), columnHeaders: headers, rows: (0..<r).map { i in
            ReportTable.Row(table.rowLabels[i], (0..<c).map { j in
                let value = table.expected[i][j]
                return ReportCell.formula(Formula("\(at(observedFirst + i, 1 + c))*\(at(observedFirst + r, 1 + j))/\(n)"),
                                          cached: value, format: .decimals(2), style: value < 5 ? CellStyle(role: .emphasis) : .body)
            })
        })

        let residuals = ReportTable(heading: X.adjustedResiduals.text(language), columnHeaders: headers, rows: (0..<r).map { i in
            ReportTable.Row(table.rowLabels[i], (0..<c).map { j in
                let (o, e) = (at(observedFirst + i, 1 + j), at(expectedFirst + i, 1 + j))
                let (rowTotal, columnTotal) = (at(observedFirst + i, 1 + c), at(observedFirst + r, 1 + j))
                let value = table.adjustedResiduals[i][j]
                return ReportCell.formula(Formula("(\(o)-\(e))/SQRT(\(e)*(1-\(rowTotal)/\(n))*(1-\(columnTotal)/\(n)))"),
                                          cached: value, format: .decimals(2),
                                          style: abs(value) > 1.96 ? CellStyle(role: .emphasis) : .body)
            })
        })

        let chi = at(testTop + 1, 1)
        var testRows = [
            ReportTable.Row(X.chiSquare.text(language), [
                TestSheet.figure(Formula("SUMPRODUCT((\(observedRange)-\(expectedRange))^2/\(expectedRange))"), table.chiSquare)]),
            ReportTable.Row(X.df.text(language), [.number(Double(table.degreesOfFreedom), format: .integer)]),
            ReportTable.Row(X.pValue.text(language), [
                TestSheet.pValue(.call("CHISQ.TEST", observedRange, expectedRange), table.pValue, alpha: ReadingLayout.significanceLevel)]),
            ReportTable.Row(X.cramersV.text(language), [
                TestSheet.figure(Formula("SQRT(\(chi)/(\(n)*(MIN(\(r),\(c))-1)))"), table.cramersV, format: .decimals(4))]),
        ]
        if let fisher = table.fisher {
            testRows.append(ReportTable.Row(X.fisherPValue.text(language), [.number(fisher.pTwoSided, format: .pValue)]))
        }
        let test = ReportTable(heading: X.test.text(language), rows: testRows)
        let name = X.title.text(language)
        let blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(X.title.text(language))),
            ReportBlock(at: CellAddress(row: observedTop, column: 0), .table(observed)),
            ReportBlock(at: CellAddress(row: rowPercentTop, column: 0), .table(percentages.row)),
            ReportBlock(at: CellAddress(row: columnPercentTop, column: 0), .table(percentages.column)),
            ReportBlock(at: CellAddress(row: expectedTop, column: 0), .table(expected)),
            ReportBlock(at: CellAddress(row: residualTop, column: 0), .table(residuals)),
            ReportBlock(at: CellAddress(row: testTop, column: 0), .table(test)),
        ]
        // The chart draws the observed counts, the table every other one derives from.
        let categoryRows = observedFirst..<(observedFirst + r)
        let chart = ChartSpec(kind: .column, title: "\(X.observed.text(language)): \(rowName) × \(columnName)",
                              xAxisTitle: rowName, yAxisTitle: Labels.Charts.count.text(language),
                              series: table.columnLabels.indices.map { j in
                                  .init(name: table.columnLabels[j], categories: .column(0, rows: categoryRows, on: name),
                                        values: .column(1 + j, rows: categoryRows, on: name))
                              },
                              showsLegend: true, yAxisMinimum: 0,
                              anchor: CellAddress(row: observedTop, column: ChartPlacement.columnRight(of: blocks)))
        sheet = ReportSheet(name: name, blocks: blocks, charts: [chart])
    }

    /// The row percentages (each count ÷ its row total, a 合計 row giving each column's share of all) and the column
    /// percentages (each count ÷ its column total, a 合計 column giving each row's share of all): formulas dividing
    /// the observed table's cells, so they follow any count the participant corrects.
    private static func percentages(_ language: Language, table: CrossTabulation, headers: [String], observedFirst: Int,
                                    rowPercentFirst: Int, columnPercentFirst: Int) -> (row: ReportTable, column: ReportTable) {
        let r = table.rowLabels.count, c = table.columnLabels.count
        let at = { (row: Int, column: Int) in CellAddress(row: row, column: column).a1() }
        let count = { (i: Int, j: Int) in at(observedFirst + i, 1 + j) }   // i == r: the total row, j == c: the total column
        let share = { (part: Int, whole: Int) in whole == 0 ? 0 : Double(part) / Double(whole) }
        let ratio = { (numerator: String, denominator: String, value: Double) -> ReportCell? in
            .formula(Formula("\(numerator)/\(denominator)"), cached: value, format: .percent(1))
        }
        let sum = { (range: String) -> ReportCell? in .formula(.call("SUM", range), cached: 1, format: .percent(1)) }
        let total = X.total.text(language)
        let rowRows = (0..<r).map { i in
            ReportTable.Row(table.rowLabels[i], (0..<c).map { j in
                ratio(count(i, j), count(i, c), share(table.observed[i][j], table.rowTotals[i]))
            } + [sum("\(at(rowPercentFirst + i, 1)):\(at(rowPercentFirst + i, c))")])
        } + [ReportTable.Row(total, (0..<c).map { j in
            ratio(count(r, j), count(r, c), share(table.columnTotals[j], table.total))
        } + [sum("\(at(rowPercentFirst + r, 1)):\(at(rowPercentFirst + r, c))")])]
        let columnRows = (0..<r).map { i in
            ReportTable.Row(table.rowLabels[i], (0..<c).map { j in
                ratio(count(i, j), count(r, j), share(table.observed[i][j], table.columnTotals[j]))
            } + [ratio(count(i, c), count(r, c), share(table.rowTotals[i], table.total))])
        } + [ReportTable.Row(total, (0...c).map { j in
            sum("\(at(columnPercentFirst, 1 + j)):\(at(columnPercentFirst + r - 1, 1 + j))")
        })]
        return (ReportTable(heading: X.rowPercentages.text(language), columnHeaders: headers + [total], rows: rowRows),
                ReportTable(heading: X.columnPercentages.text(language), columnHeaders: headers + [total], rows: columnRows))
    }
}
