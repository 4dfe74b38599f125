import Report

/// A result workbook's `ReportDocument` as HTML: each sheet as a grid of its laid-out cells (the cached
/// values in their number formats, roles and rules as classes), then its charts as inline SVG. The page and
/// the downloaded workbook come from the same document, so they cannot disagree.
struct DocumentHTML {
    let document: ReportDocument
    let language: Language
    /// Rows shown per sheet; a data sheet of many thousand rows stays in the workbook, not on the page.
    var rowLimit = 200

    func render() -> String {
        // Each sheet laid out once, for its grid and for the charts' values.
        let placed = document.sheets.map { (try? $0.laidOutCells()) ?? [] }
        let cells = CellLookup(document, placed: placed)
        var html = #"<nav class="sheets">"#
        for (index, sheet) in document.sheets.enumerated() {
            html += ##"<a href="#sheet-\##(index + 1)">\##(HTMLText.escape(sheet.name))</a>"##
        }
        html += "</nav>"
        for (index, sheet) in document.sheets.enumerated() {
            html += section(sheet, placed: placed[index], number: index + 1, cells: cells)
        }
        return html
    }

    private func section(_ sheet: ReportSheet, placed: [PositionedCell], number: Int, cells: CellLookup) -> String {
        let rows = (placed.map(\.address.row).max() ?? -1) + 1
        let grid = table(placed, rows: min(rows, rowLimit))
        let charts = sheet.charts.map { ChartSVG(chart: $0, cells: cells).render() }.joined()
        var body = grid
        if rows > rowLimit {
            body += #"<p class="more">"# + HTMLText.escape(language == .ja
                ? "ほかに \(rows - rowLimit) 行あります。すべてはダウンロードしたブックで見られます。"
                : "\(rows - rowLimit) more rows are in the downloaded workbook.") + "</p>"
        }
        if !charts.isEmpty { body += #"<div class="charts">\#(charts)</div>"# }
        // A long sheet (the data the analysis used) starts folded, so the figures and the reading come first.
        let folded = rows > 60 && sheet.charts.isEmpty
        let heading = HTMLText.escape(sheet.name)
        return #"<section class="sheet" id="sheet-\#(number)"><details\#(folded ? "" : " open")><summary><h2>\#(heading)</h2></summary>\#(body)</details></section>"#
    }

    private func table(_ placed: [PositionedCell], rows: Int) -> String {
        var byRow: [Int: [PositionedCell]] = [:]
        for cell in placed where cell.address.row < rows { byRow[cell.address.row, default: []].append(cell) }
        let width = (placed.map(\.address.column).max() ?? -1) + 1
        var html = #"<div class="grid"><table class="report">"#
        for row in 0..<rows {
            html += "<tr>"
            let line = byRow[row] ?? []
            var column = 0
            var index = 0
            while column < width {
                guard index < line.count, line[index].address.column == column else {
                    html += "<td></td>"
                    column += 1
                    continue
                }
                let cell = line[index].cell
                index += 1
                // Titles, notes and sentences overflow to the right in the workbook; here they span the empty
                // cells up to the next filled one.
                var span = 1
                if [.title, .note, .paragraph].contains(cell.style.role) {
                    let next = index < line.count ? line[index].address.column : width
                    span = max(1, next - column)
                }
                html += td(cell, span: span)
                column += span
            }
            html += "</tr>"
        }
        return html + "</table></div>"
    }

    private func td(_ cell: ReportCell, span: Int) -> String {
        var classes = [cell.style.role.rawValue]
        if cell.style.borders.contains(.top) { classes.append("rule-top") }
        if cell.style.borders.contains(.bottom) { classes.append("rule-bottom") }
        var isNumber = false
        switch cell.content {
        case .value(.number), .formula(_, cached: .number): isNumber = true
        default: break
        }
        if isNumber { classes.append("num") }
        if case .formula = cell.content { classes.append("formula") }
        var attributes = #" class="\#(classes.joined(separator: " "))""#
        if span > 1 { attributes += #" colspan="\#(span)""# }
        // A shading fill (correlations by strength) as the bgcolor attribute: a presentation attribute, so the
        // Content-Security-Policy can forbid inline styles altogether.
        if let fill = cell.style.fill { attributes += ##" bgcolor="#\##(String(fill, radix: 16).leftPadded(to: 6))""## }
        if case .formula(let formula, _) = cell.content { attributes += #" title="\#(HTMLText.escape(formulaText(formula)))""# }
        return "<td\(attributes)>\(HTMLText.escape(CellDisplay.text(of: cell)))</td>"
    }

    private func formulaText(_ formula: Formula) -> String {
        "=" + formula.text
    }
}
