import Report

/// A line of a text sheet (説明, 解答 notes): written top to bottom, one cell per line in column A.
enum SheetLine: Sendable, Hashable {
    case title(String)
    case heading(String)
    case note(String)
    case blank

    /// The lines as one block starting at A1.
    static func blocks(_ lines: [SheetLine]) -> [ReportBlock] {
        let cells = lines.enumerated().compactMap { row, line -> PositionedCell? in
            let address = CellAddress(row: row, column: 0)
            switch line {
            case .title(let text): return PositionedCell(address, .text(text, style: CellStyle(role: .title)))
            case .heading(let text): return PositionedCell(address, .text(text, style: .header))
            case .note(let text): return PositionedCell(address, .text(text, style: CellStyle(role: .note)))
            case .blank: return nil
            }
        }
        return [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))]
    }
}
