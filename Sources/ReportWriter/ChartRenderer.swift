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
        for series in chart.series {
            for range in [series.values] + (series.categories.map { [$0] } ?? []) where !knownSheets.contains(range.sheet) {
                throw .chartReferencesUnknownSheet(sheet: sheetName, chart: chart.title, referencedSheet: range.sheet)
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
        for series in spec.series { add(series, to: chart) }

        var options = lxw_chart_options()
        options.x_scale = Self.scale
        options.y_scale = Self.scale
        let status = worksheet_insert_chart_opt(worksheet, lxw_row_t(spec.anchor.row), lxw_col_t(spec.anchor.column),
                                                chart, &options)
        guard status == LXW_NO_ERROR else {
            throw .cellNotWritable(sheet: sheetName, cell: spec.anchor.a1(), reason: String(cString: lxw_strerror(status)))
        }
    }

    private func add(_ series: ChartSpec.Series, to chart: UnsafeMutablePointer<lxw_chart>) {
        guard let handle = chart_add_series(chart, nil, nil) else { return }
        if let categories = series.categories { setRange(categories, on: handle, setter: chart_series_set_categories) }
        setRange(series.values, on: handle, setter: chart_series_set_values)
        if let name = series.name { chart_series_set_name(handle, name) }
        if series.showsLinearTrendline {
            chart_series_set_trendline(handle, UInt8(LXW_CHART_TRENDLINE_TYPE_LINEAR.rawValue), 0)
            chart_series_set_trendline_equation(handle)
            chart_series_set_trendline_r_squared(handle)
        }
    }

    private typealias RangeSetter = (UnsafeMutablePointer<lxw_chart_series>?, UnsafePointer<CChar>?,
                                     lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) -> Void

    private func setRange(_ range: CellRange, on series: UnsafeMutablePointer<lxw_chart_series>, setter: RangeSetter) {
        setter(series, range.sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
               lxw_row_t(range.last.row), lxw_col_t(range.last.column))
    }

    private static func chartType(_ kind: ChartSpec.Kind) -> UInt8 {
        switch kind {
        case .scatter: return UInt8(LXW_CHART_SCATTER.rawValue)
        case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
        case .line: return UInt8(LXW_CHART_LINE.rawValue)
        }
    }
}
