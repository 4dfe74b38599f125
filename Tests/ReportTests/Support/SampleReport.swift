import Report

/// A small but complete report on the worked example of toolpak.md §7: a Japanese-named data sheet,
/// a sheet of live formulas with independently computed cached values, notes and charts.
enum SampleReport {
    static let dataSheet = "データ"
    static let statisticsSheet = "統計 (結果)"
    /// Data rows 2...10 (zero-based 1...9): column A original row, B x, C y.
    static let dataRows = 1..<10
    static var xRange: CellRange { CellRange.column(1, rows: dataRows, on: dataSheet) }
    static var yRange: CellRange { CellRange.column(2, rows: dataRows, on: dataSheet) }

    static func document() -> ReportDocument {
        ReportDocument(sheets: [dataSheetContent(), statisticsSheetContent()],
                       properties: .init(title: "Bunseki sample"))
    }

    private static func dataSheetContent() -> ReportSheet {
        var cells = ["行番号", "x", "y"].enumerated().map { column, label in
            PositionedCell(CellAddress(row: 0, column: column), .text(label, style: CellStyle(role: .header, borders: .bottom)))
        }
        for (index, (x, y)) in zip(ReferenceValues.x, ReferenceValues.y).enumerated() {
            let row = index + 1
            cells.append(PositionedCell(CellAddress(row: row, column: 0), .number(Double(row + 4), format: .integer)))
            cells.append(PositionedCell(CellAddress(row: row, column: 1), .number(x, format: .integer)))
            cells.append(PositionedCell(CellAddress(row: row, column: 2), .number(y, format: .integer)))
        }
        return ReportSheet(name: dataSheet, blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                           options: SheetOptions(frozenRows: 1))
    }

    /// Rows of (label, formula, reference value, format).
    static var descriptiveRows: [(String, Formula, CellValue, NumberFormat)] {
        let y = yRange.reference()
        let reference = ReferenceValues.self
        return [
            ("平均", .call("AVERAGE", y), .number(reference.mean), .decimals(3)),
            ("標準誤差", Formula("STDEV.S(\(y))/SQRT(COUNT(\(y)))"), .number(reference.standardError), .decimals(3)),
            ("中央値 (メジアン)", .call("MEDIAN", y), .number(reference.median), .decimals(3)),
            ("最頻値 (モード)", .call("MODE.SNGL", y), .error(.notAvailable), .decimals(3)),
            ("標準偏差", .call("STDEV.S", y), .number(reference.standardDeviation), .decimals(3)),
            ("分散", .call("VAR.S", y), .number(reference.sampleVariance), .decimals(3)),
            ("尖度", .call("KURT", y), .number(reference.kurtosis), .decimals(3)),
            ("範囲", Formula("MAX(\(y))-MIN(\(y))"), .number(reference.range), .decimals(3)),
            ("データの個数", .call("COUNT", y), .number(reference.count), .integer),
            ("信頼区間(95.0%)", .call("CONFIDENCE.T", "0.05", "STDEV.S(\(y))", "COUNT(\(y))"),
             .number(reference.confidenceHalfWidth95), .decimals(3)),
        ]
    }

    static var regressionRows: [(String, Formula, CellValue, NumberFormat)] {
        let linest = "LINEST(\(yRange.reference()),\(xRange.reference()),TRUE,TRUE)"
        let reference = ReferenceValues.self
        return [
            ("係数 x", Formula("INDEX(\(linest),1,1)"), .number(reference.slope), .decimals(4)),
            ("係数 切片", Formula("INDEX(\(linest),1,2)"), .number(reference.intercept), .decimals(4)),
            ("標準誤差 x", Formula("INDEX(\(linest),2,1)"), .number(reference.slopeStandardError), .decimals(4)),
            ("重決定 R2", Formula("INDEX(\(linest),3,1)"), .number(reference.rSquare), .decimals(4)),
            ("P-値 x", Formula("T.DIST.2T(ABS(INDEX(\(linest),1,1)/INDEX(\(linest),2,1)),INDEX(\(linest),4,2))"),
             .number(reference.slopePValue), .pValue),
            ("有意 F", Formula("F.DIST.RT(INDEX(\(linest),4,1),1,INDEX(\(linest),4,2))"),
             .number(reference.significanceF), .pValue),
        ]
    }

    private static func statisticsSheetContent() -> ReportSheet {
        func table(_ heading: String, _ rows: [(String, Formula, CellValue, NumberFormat)]) -> ReportTable {
            ReportTable(heading: heading, rows: rows.map { label, formula, cached, format in
                ReportTable.Row(label, [ReportCell(.formula(formula, cached: cached), format: format)])
            })
        }
        return ReportSheet(
            name: statisticsSheet,
            blocks: [
                ReportBlock(at: CellAddress(row: 0, column: 0), .title("基本統計量と回帰分析")),
                ReportBlock(at: descriptiveOrigin, .table(table("y", descriptiveRows))),
                ReportBlock(at: regressionOrigin, .table(table("回帰統計", regressionRows))),
                ReportBlock(at: CellAddress(row: 15, column: 0), .table(ReportTable(rows: [
                    .init("計算できない値", [.number(.nan, format: .decimals(2))]),
                ]))),
                ReportBlock(at: CellAddress(row: 17, column: 0),
                            .notes([Labels.Notes.associationIsNotCause.text(.ja)])),
            ],
            charts: [
                ChartSpec(kind: .scatter, title: "y と x", xAxisTitle: "x", yAxisTitle: "y",
                          series: [.init(name: "y", categories: xRange, values: yRange, showsLinearTrendline: true)],
                          anchor: CellAddress(row: 20, column: 0)),
                ChartSpec(kind: .column, title: Labels.Histogram.title.text(.ja),
                          xAxisTitle: Labels.Histogram.bin.text(.ja), yAxisTitle: Labels.Histogram.frequency.text(.ja),
                          series: [.init(values: yRange)], barGap: 0, anchor: CellAddress(row: 20, column: 6)),
            ],
            options: SheetOptions(frozenRows: 1))
    }

    /// The sheet address of the cached figure in row `index` of a table whose heading sits at `origin`.
    static func figureAddress(tableOrigin origin: CellAddress, row index: Int) -> CellAddress {
        origin.offset(rows: 1 + index, columns: 1)
    }

    static let descriptiveOrigin = CellAddress(row: 2, column: 0)
    static let regressionOrigin = CellAddress(row: 2, column: 3)
}
