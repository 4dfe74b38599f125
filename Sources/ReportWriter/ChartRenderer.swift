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
        // A legend below the plot leaves the plot its full width (trendline equations are long).
        chart_legend_set_position(chart, UInt8((spec.showsLegend ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE).rawValue))
        if spec.kind == .column, let gap = spec.barGap { chart_set_series_gap(chart, UInt16(max(0, min(500, gap)))) }
        if let minimum = spec.yAxisMinimum, minimum.isFinite { chart_axis_set_min(chart.pointee.y_axis, minimum) }
        if let maximum = spec.yAxisMaximum, maximum.isFinite { chart_axis_set_max(chart.pointee.y_axis, maximum) }
        if let code = spec.yAxisFormat?.excelCode { chart_axis_set_num_format(chart.pointee.y_axis, code) }
        // Tick labels at the low end of each axis: where values run below zero (residuals, differences) the
        // spreadsheet's default puts them on the zero line, across the middle of the points.
        for axis in [chart.pointee.x_axis, chart.pointee.y_axis] {
            chart_axis_set_label_position(axis, UInt8(LXW_CHART_AXIS_LABEL_POSITION_LOW.rawValue))
        }
        for (index, series) in spec.series.enumerated() {
            try add(series, colour: Self.rgb(spec.colour(ofSeries: index)), kind: spec.kind, to: chart, title: spec.title,
                    anchor: spec.anchor)
        }

        var options = lxw_chart_options()
        options.x_scale = Self.scale
        options.y_scale = Self.scale
        guard let (row, column) = Grid.indices(of: spec.anchor) else { return }
        let status = worksheet_insert_chart_opt(worksheet, row, column, chart, &options)
        guard status == LXW_NO_ERROR else {
            throw .cellNotWritable(sheet: sheetName, cell: spec.anchor.a1(), reason: String(cString: lxw_strerror(status)))
        }
    }

    private func add(_ series: ChartSpec.Series, colour: lxw_color_t, kind: ChartSpec.Kind, to chart: UnsafeMutablePointer<lxw_chart>,
                     title: String, anchor: CellAddress) throws(ReportWriterError) {
        guard let handle = chart_add_series(chart, nil, nil) else {
            throw .cellNotWritable(sheet: sheetName, cell: anchor.a1(), reason: "a series of the chart \"\(title)\" could not be created")
        }
        if let categories = series.categories { setRange(categories, on: handle, setter: chart_series_set_categories) }
        setRange(series.values, on: handle, setter: chart_series_set_values)
        if let name = series.name { chart_series_set_name(handle, name) }
        Self.paint(handle, colour: colour, kind: kind)
        if series.showsLinearTrendline || series.polynomialTrendlineOrder != nil {
            var line = lxw_chart_line()
            line.color = Self.rgb(ChartSpec.trendlineColour)
            line.width = 1.5
            line.dash_type = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue)
            chart_series_set_trendline_line(handle, &line)
        }
        if let order = series.polynomialTrendlineOrder, ChartSpec.Series.polynomialTrendlineOrders.contains(order) {
            chart_series_set_trendline(handle, UInt8(LXW_CHART_TRENDLINE_TYPE_POLY.rawValue), UInt8(order))
            label(series, handle)
            if series.trendlineThroughOrigin { chart_series_set_trendline_intercept(handle, 0) }
        } else if series.showsLinearTrendline {
            chart_series_set_trendline(handle, UInt8(LXW_CHART_TRENDLINE_TYPE_LINEAR.rawValue), 0)
            label(series, handle)
        }
    }

    /// The trendline's own text as its name (the legend entry), else the spreadsheet's equation and R² label.
    private func label(_ series: ChartSpec.Series, _ handle: UnsafeMutablePointer<lxw_chart_series>) {
        if let text = series.trendlineLabel {
            chart_series_set_trendline_name(handle, text)
        } else {
            chart_series_set_trendline_equation(handle)
            chart_series_set_trendline_r_squared(handle)
        }
    }

    /// The series' colour as its bars' fill, its line or its markers' fill and border.
    private static func paint(_ series: UnsafeMutablePointer<lxw_chart_series>, colour: lxw_color_t, kind: ChartSpec.Kind) {
        var line = lxw_chart_line()
        line.color = colour
        var fill = lxw_chart_fill()
        fill.color = colour
        switch kind {
        case .column:
            chart_series_set_fill(series, &fill)
        case .line:
            line.width = 2.25
            chart_series_set_line(series, &line)
        case .scatter:
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(series, 5)
            chart_series_set_marker_fill(series, &fill)
            chart_series_set_marker_line(series, &line)
        }
    }

    /// `#RRGGBB` as libxlsxwriter's colour; black for anything else.
    static func rgb(_ hex: String) -> lxw_color_t {
        guard hex.hasPrefix("#"), hex.count == 7, let value = UInt32(hex.dropFirst(), radix: 16) else { return 0 }
        return value
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
