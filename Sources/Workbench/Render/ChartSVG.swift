import Foundation
import Report

/// A result workbook's chart drawn as inline SVG from its `ChartSpec`: the same kind, title, axis titles,
/// series and trendlines, reading the values from the cells the spec's ranges name (`CellLookup`).
struct ChartSVG {
    let chart: ChartSpec
    let cells: CellLookup

    static let width = 520.0, height = 320.0
    private static let plot = (left: 62.0, right: 500.0, top: 42.0, bottom: 262.0)

    func render() -> String {
        // The legend stands below the plot, as the workbook's does, in as many rows as its entries need.
        let legendRows = chart.showsLegend ? legendLayout() : []
        let height = Self.height + Double(legendRows.count) * Self.legendRowHeight
        var svg = #"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(Int(Self.width)) \#(Int(height))" role="img" aria-label="\#(HTMLText.escape(chart.title))">"#
        svg += ##"<rect x="0" y="0" width="\##(Int(Self.width))" height="\##(Int(height))" fill="#fff" stroke="#d0d0d0"/>"##
        svg += text(chart.title, x: Self.width / 2, y: 22, anchor: "middle", size: 14, weight: "bold")
        switch chart.kind {
        case .scatter: svg += scatter()
        case .column: svg += columns()
        case .line: svg += lines()
        }
        if let title = chart.xAxisTitle { svg += text(title, x: (Self.plot.left + Self.plot.right) / 2, y: Self.height - 8, anchor: "middle", size: 11) }
        if let title = chart.yAxisTitle {
            svg += #"<text x="14" y="\#(f((Self.plot.top + Self.plot.bottom) / 2))" font-size="11" text-anchor="middle" transform="rotate(-90 14 \#(f((Self.plot.top + Self.plot.bottom) / 2)))">\#(HTMLText.escape(title))</text>"#
        }
        svg += legend(legendRows)
        return svg + "</svg>"
    }

    // MARK: kinds

    private func scatter() -> String {
        let series = chart.series.map { spec -> [(Double, Double)] in
            let ys = cells.numbers(in: spec.values)
            let xs = spec.categories.map { cells.numbers(in: $0) } ?? ys.indices.map { Double($0 + 1) }
            return zip(xs, ys).compactMap { x, y in x.flatMap { x in y.map { (x, $0) } } }
        }
        let all = series.flatMap { $0 }
        guard !all.isEmpty else { return empty() }
        let xAxis = AxisScale(values: all.map(\.0), pixelStart: Self.plot.left, pixelEnd: Self.plot.right)
        let yAxis = AxisScale(values: all.map(\.1), pixelStart: Self.plot.bottom, pixelEnd: Self.plot.top, minimum: chart.yAxisMinimum,
                              maximum: chart.yAxisMaximum, format: chart.yAxisFormat)
        var svg = axes(x: xAxis, y: yAxis)
        for (index, points) in series.enumerated() {
            let colour = chart.colour(ofSeries: index)
            // The colour once per series, not per point: a regression's page plots up to 5,000 points per chart.
            svg += #"<g fill="\#(colour)" fill-opacity="0.8">"#
            for (x, y) in points {
                svg += #"<circle cx="\#(f(xAxis.pixel(x)))" cy="\#(f(yAxis.pixel(y)))" r="3"/>"#
            }
            svg += "</g>"
            svg += trendline(chart.series[index], points: points, x: xAxis, y: yAxis)
        }
        return svg
    }

    private func columns() -> String {
        let labels = chart.series.first?.categories.map { cells.labels(in: $0) } ?? []
        let values = chart.series.map { cells.numbers(in: $0.values) }
        let count = max(labels.count, values.map(\.count).max() ?? 0)
        let numbers = values.flatMap { $0.compactMap { $0 } }
        guard count > 0, !numbers.isEmpty else { return empty() }
        let yAxis = AxisScale(values: numbers + [0], pixelStart: Self.plot.bottom, pixelEnd: Self.plot.top, minimum: chart.yAxisMinimum,
                              maximum: chart.yAxisMaximum, format: chart.yAxisFormat)
        var svg = axes(x: nil, y: yAxis)
        let slot = (Self.plot.right - Self.plot.left) / Double(count)
        let gap = Double(chart.barGap ?? 150) / 100
        let groupWidth = slot / (1 + gap)
        let barWidth = groupWidth / Double(max(1, values.count))
        let base = yAxis.pixel(max(yAxis.lower, 0))
        for (seriesIndex, series) in values.enumerated() {
            let colour = chart.colour(ofSeries: seriesIndex)
            for (index, value) in series.enumerated() {
                guard let value else { continue }
                let x = Self.plot.left + slot * Double(index) + (slot - groupWidth) / 2 + barWidth * Double(seriesIndex)
                let top = yAxis.pixel(value)
                svg += #"<rect x="\#(f(x))" y="\#(f(min(top, base)))" width="\#(f(max(barWidth - (gap == 0 ? 0 : 1), 1)))" height="\#(f(abs(base - top)))" fill="\#(colour)" stroke="\#(gap == 0 ? "#fff" : "none")" stroke-width="0.5"/>"#
            }
        }
        svg += categoryLabels(labels, slot: slot)
        return svg
    }

    private func lines() -> String {
        let labels = chart.series.first?.categories.map { cells.labels(in: $0) } ?? []
        let values = chart.series.map { cells.numbers(in: $0.values) }
        let count = max(labels.count, values.map(\.count).max() ?? 0)
        let numbers = values.flatMap { $0.compactMap { $0 } }
        guard count > 0, !numbers.isEmpty else { return empty() }
        let yAxis = AxisScale(values: numbers, pixelStart: Self.plot.bottom, pixelEnd: Self.plot.top, minimum: chart.yAxisMinimum,
                              maximum: chart.yAxisMaximum, format: chart.yAxisFormat)
        var svg = axes(x: nil, y: yAxis)
        let slot = (Self.plot.right - Self.plot.left) / Double(count)
        for (seriesIndex, series) in values.enumerated() {
            let colour = chart.colour(ofSeries: seriesIndex)
            // A blank cell breaks the line, as a spreadsheet draws gaps by default.
            var path = "", pen = false
            for (index, value) in series.enumerated() {
                guard let value else { pen = false; continue }
                let x = Self.plot.left + slot * (Double(index) + 0.5), y = yAxis.pixel(value)
                path += (pen ? "L" : "M") + "\(f(x)),\(f(y))"
                pen = true
            }
            svg += #"<path d="\#(path)" fill="none" stroke="\#(colour)" stroke-width="2"/>"#
        }
        svg += categoryLabels(labels, slot: slot)
        return svg
    }

    // MARK: parts

    private func trendline(_ spec: ChartSpec.Series, points: [(Double, Double)], x: AxisScale, y: AxisScale) -> String {
        let order = spec.polynomialTrendlineOrder ?? (spec.showsLinearTrendline ? 1 : 0)
        guard order > 0, let fit = TrendlineLabel.fit(x: points.map(\.0), y: points.map(\.1), order: order,
                                                      throughOrigin: spec.trendlineThroughOrigin) else { return "" }
        let curve = { (x: Double) in fit.coefficients.reversed().reduce(0) { $0 * x + $1 } }
        let low = points.map(\.0).min() ?? x.lower, high = points.map(\.0).max() ?? x.upper
        let steps = order == 1 ? 1 : 60
        var path = ""
        for step in 0...steps {
            let value = low + (high - low) * Double(step) / Double(steps)
            let py = min(max(y.pixel(curve(value)), Self.plot.top), Self.plot.bottom)
            path += (step == 0 ? "M" : "L") + "\(f(x.pixel(value))),\(f(py))"
        }
        return ##"<path class="trendline" d="\##(path)" fill="none" stroke="\##(ChartSpec.trendlineColour)" stroke-width="1.5" stroke-dasharray="5 3"/>"##
    }

    private func axes(x: AxisScale?, y: AxisScale) -> String {
        var svg = ""
        for tick in y.ticks {
            let py = f(y.pixel(tick))
            svg += ##"<line x1="\##(f(Self.plot.left))" x2="\##(f(Self.plot.right))" y1="\##(py)" y2="\##(py)" stroke="#e6e6e6"/>"##
            svg += text(y.label(tick), x: Self.plot.left - 6, y: y.pixel(tick) + 4, anchor: "end", size: 10)
        }
        if let x {
            for tick in x.ticks {
                let px = x.pixel(tick)
                svg += ##"<line x1="\##(f(px))" x2="\##(f(px))" y1="\##(f(Self.plot.bottom))" y2="\##(f(Self.plot.bottom + 4))" stroke="#888"/>"##
                svg += text(x.label(tick), x: px, y: Self.plot.bottom + 16, anchor: "middle", size: 10)
            }
        }
        svg += ##"<line x1="\##(f(Self.plot.left))" x2="\##(f(Self.plot.right))" y1="\##(f(Self.plot.bottom))" y2="\##(f(Self.plot.bottom))" stroke="#888"/>"##
        svg += ##"<line x1="\##(f(Self.plot.left))" x2="\##(f(Self.plot.left))" y1="\##(f(Self.plot.top))" y2="\##(f(Self.plot.bottom))" stroke="#888"/>"##
        return svg
    }

    private func categoryLabels(_ labels: [String], slot: Double) -> String {
        // Every label when they fit, else every k-th, so that a histogram of 30 bins stays readable.
        let every = max(1, Int((36 / max(slot, 1)).rounded(.up)))
        var svg = ""
        for (index, label) in labels.enumerated() where index % every == 0 {
            let short = label.count > 10 ? String(label.prefix(9)) + "…" : label
            svg += text(short, x: Self.plot.left + slot * (Double(index) + 0.5), y: Self.plot.bottom + 16, anchor: "middle", size: 10)
        }
        return svg
    }

    private static let legendRowHeight = 16.0

    /// One legend entry: a series (its colour) or a trendline (its equation), placed at `x` in its row.
    private struct LegendEntry {
        let text: String
        let colour: String
        let isTrendline: Bool
        var x = 0.0
    }

    /// The entries in rows no wider than the chart: each series, then its trendline when the spec labels it.
    private func legendLayout() -> [[LegendEntry]] {
        var entries: [LegendEntry] = []
        for (index, series) in chart.series.enumerated() {
            entries.append(LegendEntry(text: series.name ?? "", colour: chart.colour(ofSeries: index), isTrendline: false))
            if let label = series.trendlineLabel, series.showsLinearTrendline || series.polynomialTrendlineOrder != nil {
                entries.append(LegendEntry(text: label, colour: ChartSpec.trendlineColour, isTrendline: true))
            }
        }
        var rows: [[LegendEntry]] = [], row: [LegendEntry] = [], x = 20.0
        for var entry in entries {
            // About 5.5 pixels per unit of display width at font size 10 (a kanji is two units).
            let width = 22 + 5.5 * Double(DisplayWidth.of(entry.text))
            if !row.isEmpty, x + width > Self.width - 20 { rows.append(row); row = []; x = 20 }
            entry.x = x
            row.append(entry)
            x += width + 12
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    private func legend(_ rows: [[LegendEntry]]) -> String {
        var svg = ""
        for (index, row) in rows.enumerated() {
            let y = Self.height + Self.legendRowHeight * Double(index) + 4
            for entry in row {
                if entry.isTrendline {
                    svg += #"<line x1="\#(f(entry.x))" x2="\#(f(entry.x + 16))" y1="\#(f(y - 4))" y2="\#(f(y - 4))" stroke="\#(entry.colour)" stroke-width="1.5" stroke-dasharray="4 2"/>"#
                } else {
                    svg += #"<rect x="\#(f(entry.x + 3))" y="\#(f(y - 9))" width="10" height="10" fill="\#(entry.colour)"/>"#
                }
                svg += text(entry.text, x: entry.x + 20, y: y, anchor: "start", size: 10)
            }
        }
        return svg
    }

    private func empty() -> String {
        text("—", x: Self.width / 2, y: Self.height / 2, anchor: "middle", size: 14)
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String, size: Int, weight: String = "normal") -> String {
        #"<text x="\#(f(x))" y="\#(f(y))" font-size="\#(size)" font-weight="\#(weight)" text-anchor="\#(anchor)">\#(HTMLText.escape(content))</text>"#
    }

    /// A pixel coordinate to a tenth, its digits spelt out: `String(format:)` for each of a chart's 5,000 points
    /// cost more than the rest of a regression's page.
    private func f(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return String(format: "%.1f", value) }
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + String(abs(tenths) / 10) + "." + String(abs(tenths) % 10)
    }
}
