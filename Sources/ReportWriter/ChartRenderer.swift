import CXlsxWriter
import Report

/// Adds a report's chart specs to a worksheet through libxlsxwriter's chart API.
struct ChartRenderer {
    /// Charts are drawn a quarter larger than libxlsxwriter's 480×288 pixel default, so axis titles
    /// in Japanese still leave room for the plot.
    private static let scale = 1.25

    let workbook: UnsafeMutablePointer<lxw_workbook>
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let sheetName: String
    let knownSheets: Set<String>

    /// Checks a chart before libxlsxwriter sees it, since libxlsxwriter only prints warnings for
    /// these mistakes and then writes a file spreadsheet programs reject.
    func validate(_ chart: ChartSpec) throws(ReportWriterError) {
        guard !chart.series.isEmpty else { throw .chartWithoutSeries(sheet: sheetName, chart: chart.title) }
        guard Grid.indices(of: chart.anchor) != nil else {
            throw .cellNotWritable(sheet: sheetName, cell: chart.anchor.a1(), reason: "the chart's anchor is \(Grid.limitDescription)")
        }
        for series in chart.series {
            for range in [series.values] + (series.categories.map { [$0] } ?? []) {
                guard knownSheets.contains(range.sheet) else {
                    throw .chartReferencesUnknownSheet(sheet: sheetName, chart: chart.title, referencedSheet: range.sheet)
                }
                guard Grid.indices(of: range.first) != nil, Grid.indices(of: range.last) != nil else {
                    throw .cellNotWritable(sheet: sheetName, cell: chart.anchor.a1(),
                                           reason: "the chart \"\(chart.title)\" refers to cells \(Grid.limitDescription)")
                }
            }
        }
    }

    func render(_ spec: ChartSpec) throws(ReportWriterError) {
        try validate(spec)
        guard let chart = workbook_add_chart(workbook, Self.chartType(spec.kind)) else {
            throw .cellNotWritable(sheet: sheetName, cell: spec.anchor.a1(), reason: "the chart could not be created")
        }
        chart_title_set_name(chart, spec.title)
        if let title = spec.xAxisTitle { chart_axis_set_name(chart.pointee.x_axis, title) }
        if let title = spec.yAxisTitle { chart_axis_set_name(chart.pointee.y_axis, title) }
        if !spec.showsLegend { chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
        if spec.kind == .column, let gap = spec.barGap { chart_set_series_gap(chart, UInt16(max(0, min(500, gap)))) }
        if let minimum = spec.yAxisMinimum, minimum.isFinite { chart_axis_set_min(chart.pointee.y_axis, minimum) }
        for series in spec.series { try add(series, to: chart, title: spec.title, anchor: spec.anchor) }

        var options = lxw_chart_options()
        options.x_scale = Self.scale
        options.y_scale = Self.scale
        guard let (row, column) = Grid.indices(of: spec.anchor) else { return }
        let status = worksheet_insert_chart_opt(worksheet, row, column, chart, &options)
        guard status == LXW_NO_ERROR else {
            throw .cellNotWritable(sheet: sheetName, cell: spec.anchor.a1(), reason: String(cString: lxw_strerror(status)))
        }
    }

    private func add(_ series: ChartSpec.Series, to chart: UnsafeMutablePointer<lxw_chart>, title: String,
                     anchor: CellAddress) throws(ReportWriterError) {
        guard let handle = chart_add_series(chart, nil, nil) else {
            throw .cellNotWritable(sheet: sheetName, cell: anchor.a1(), reason: "a series of the chart \"\(title)\" could not be created")
        }
        if let categories = series.categories { setRange(categories, on: handle, setter: chart_series_set_categories) }
        setRange(series.values, on: handle, setter: chart_series_set_values)
        if let name = series.name { chart_series_set_name(handle, name) }
        if let order = series.polynomialTrendlineOrder, ChartSpec.Series.polynomialTrendlineOrders.contains(order) {
            chart_series_set_trendline(handle, UInt8(LXW_CHART_TRENDLINE_TYPE_POLY.rawValue), UInt8(order))
            chart_series_set_trendline_equation(handle)
            chart_series_set_trendline_r_squared(handle)
            if series.trendlineThroughOrigin { chart_series_set_trendline_intercept(handle, 0) }
        } else if series.showsLinearTrendline {
            chart_series_set_trendline(handle, UInt8(LXW_CHART_TRENDLINE_TYPE_LINEAR.rawValue), 0)
            chart_series_set_trendline_equation(handle)
            chart_series_set_trendline_r_squared(handle)
        }
    }

    private typealias RangeSetter = (UnsafeMutablePointer<lxw_chart_series>?, UnsafePointer<CChar>?,
                                     lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) -> Void

    /// Sets a range `validate` has checked to lie on the grid.
    private func setRange(_ range: CellRange, on series: UnsafeMutablePointer<lxw_chart_series>, setter: RangeSetter) {
        guard let first = Grid.indices(of: range.first), let last = Grid.indices(of: range.last) else { return }
        setter(series, range.sheet, first.row, first.column, last.row, last.column)
    }

    private static func chartType(_ kind: ChartSpec.Kind) -> UInt8 {
        switch kind {
        case .scatter: return UInt8(LXW_CHART_SCATTER.rawValue)
        case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
        case .line: return UInt8(LXW_CHART_LINE.rawValue)
        }
    }
}
