import CXlsxWriter
import Report

/// One libxlsxwriter format per distinct (number format, style) pair, created on first use; cells
/// with the same look share a format, which keeps styles.xml small and the output deterministic.
final class FormatTable {
    private struct Key: Hashable {
        let number: NumberFormat
        let style: CellStyle
    }

    /// Light yellow: the usual spreadsheet cue for "type here".
    private static let inputFill: lxw_color_t = 0xFFF2CC
    private static let titleFontSize = 14.0

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [Key: UnsafeMutablePointer<lxw_format>] = [:]

    init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
    }

    /// The format for a cell, or nil for a plain General cell without styling.
    func format(for cell: ReportCell) -> UnsafeMutablePointer<lxw_format>? {
        let key = Key(number: cell.format, style: cell.style)
        if key.number.excelCode == nil && key.style == .body { return nil }
        if let existing = formats[key] { return existing }
        guard let format = workbook_add_format(workbook) else { return nil }
        if let code = key.number.excelCode { format_set_num_format(format, code) }
        apply(key.style, to: format)
        formats[key] = format
        return format
    }

    private func apply(_ style: CellStyle, to format: UnsafeMutablePointer<lxw_format>) {
        let thin = UInt8(LXW_BORDER_THIN.rawValue)
        switch style.role {
        case .body, .note:
            break
        case .paragraph:
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .header:
            // Centred like the ToolPak's column heads, so a head reads as belonging to the numbers below it.
            format_set_bold(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .emphasis:
            format_set_bold(format)
        case .title:
            format_set_bold(format)
            format_set_font_size(format, Self.titleFontSize)
        case .input:
            format_set_bg_color(format, Self.inputFill)
            format_set_border(format, thin)
            format_set_unlocked(format)
        }
        if style.borders.contains(.top) { format_set_top(format, thin) }
        if style.borders.contains(.bottom) { format_set_bottom(format, thin) }
        if let fill = style.fill { format_set_bg_color(format, lxw_color_t(fill)) }
    }
}
