/// A native spreadsheet chart whose series reference ranges on named sheets.
public struct ChartSpec: Codable, Sendable, Hashable {
    /// Chart families the reports use.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// Markers only (scatter of y against x, residual plots, normal probability plot).
        case scatter
        /// Vertical bars; with `barGap` 0 a histogram.
        case column
        /// Lines through the points (line-fit plots, moving averages).
        case line
    }

    /// One data series.
    public struct Series: Codable, Sendable, Hashable {
        /// Legend name.
        public var name: String?
        /// X values (scatter) or category labels (column, line).
        public var categories: CellRange?
        /// Y values.
        public var values: CellRange
        /// A least-squares line drawn through the series, with its equation and R² shown on the chart.
        public var showsLinearTrendline: Bool
        /// A least-squares polynomial of this order (2…6, Excel's range) drawn through the series, with its
        /// equation and R² shown; nil for none. Takes the place of a linear trendline.
        public var polynomialTrendlineOrder: Int?
        /// Whether the trendline is forced through the origin (Excel's "Set Intercept = 0"), as a model without
        /// an intercept is.
        public var trendlineThroughOrigin: Bool
        /// The trendline's equation and R² as text (`TrendlineLabel`), shown as the trendline's legend entry in place of
        /// the spreadsheet's own unformatted label; nil lets the spreadsheet label it.
        public var trendlineLabel: String?
        /// The series' colour as `#RRGGBB`; nil takes the palette's colour for the series' position
        /// (`ChartSpec.colour(ofSeries:)`), so that every series of a chart has its own.
        public var colour: String?

        /// The orders a chart's polynomial trendline may have in Excel.
        public static let polynomialTrendlineOrders = 2...6

        /// Creates a series.
        public init(name: String? = nil, categories: CellRange? = nil, values: CellRange,
                    showsLinearTrendline: Bool = false, polynomialTrendlineOrder: Int? = nil,
                    trendlineThroughOrigin: Bool = false, trendlineLabel: String? = nil, colour: String? = nil) {
            self.name = name
            self.trendlineLabel = trendlineLabel
            self.colour = colour
            self.categories = categories
            self.values = values
            self.showsLinearTrendline = showsLinearTrendline
            self.polynomialTrendlineOrder = polynomialTrendlineOrder
            self.trendlineThroughOrigin = trendlineThroughOrigin
        }
    }

    /// The chart family.
    public var kind: Kind
    /// Title above the plot.
    public var title: String
    /// Horizontal axis title.
    public var xAxisTitle: String?
    /// Vertical axis title.
    public var yAxisTitle: String?
    /// The series, drawn in order.
    public var series: [Series]
    /// Whether to show a legend (useful only with several series).
    public var showsLegend: Bool
    /// Gap between bars in percent of a bar's width (column charts only; 0 draws touching bars).
    public var barGap: Int?
    /// The vertical axis's lowest value; nil lets the spreadsheet choose. Bars of means start at 0, since
    /// an axis cut above 0 makes small differences between bars look large.
    public var yAxisMinimum: Double?
    /// The vertical axis's highest value; nil lets the spreadsheet choose (a cumulative share ends at 1, 100 %).
    public var yAxisMaximum: Double?
    /// How the vertical axis's tick labels are shown; nil for the spreadsheet's General (`.percent(0)` for shares).
    public var yAxisFormat: NumberFormat?
    /// The cell the chart's top-left corner is anchored to.
    public var anchor: CellAddress

    /// Creates a chart.
    public init(kind: Kind, title: String, xAxisTitle: String? = nil, yAxisTitle: String? = nil,
                series: [Series], showsLegend: Bool = false, barGap: Int? = nil, yAxisMinimum: Double? = nil,
                yAxisMaximum: Double? = nil, yAxisFormat: NumberFormat? = nil, anchor: CellAddress) {
        self.kind = kind
        self.title = title
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.series = series
        self.showsLegend = showsLegend
        self.barGap = barGap
        self.yAxisMinimum = yAxisMinimum
        self.yAxisMaximum = yAxisMaximum
        self.yAxisFormat = yAxisFormat
        self.anchor = anchor
    }
}

extension ChartSpec {
    /// Excel's Office-theme series colours in order, written explicitly into every chart (spreadsheet programs
    /// otherwise choose their own, and LibreOffice draws two scatter series alike) and used by the browser's
    /// drawing, so the page looks like the workbook.
    public static let palette = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"]

    /// The colour trendlines are drawn in: dark grey, apart from every series colour.
    public static let trendlineColour = "#404040"

    /// The colour of series `index`: its own, else the palette's for its position.
    public func colour(ofSeries index: Int) -> String {
        (series.indices.contains(index) ? series[index].colour : nil) ?? Self.palette[index % Self.palette.count]
    }

    /// The `yAxisMinimum` for bars of `values`: 0 when none is negative, else nil (the spreadsheet's
    /// choice, which then includes the negative bars).
    static func barBaseline(_ values: [Double]) -> Double? {
        values.allSatisfy { $0 >= 0 } ? 0 : nil
    }
}
