import Foundation
import Report
import ReportWriter
@testable import Workshop

/// Produces a participant's returned workbook without a spreadsheet program: the exercise document
/// with its input cells filled, written by the same writer.
enum FilledWorkbook {
    /// What to type into a figure's input cell.
    enum Entry {
        case number(Double)
        case text(String)
        /// A formula with the value a spreadsheet program would have cached.
        case formula(String, cached: Double)
    }

    static func write(spec: ExerciseSpec, variant: Int, entries: [String: Entry], to url: URL,
                      dataRows: [[DataCell]]? = nil, extraSheets: [String] = []) throws {
        let dataset = try DatasetGenerator.generate(spec, variant: variant)
        var document = ExerciseWorkbook.document(spec: spec, dataset: dataset)
        if let dataRows, let index = document.sheets.firstIndex(where: { $0.name == ExerciseWorkbook.dataSheetName }) {
            // The データ sheet as the participant left it: header row first.
            let cells = dataRows.enumerated().flatMap { row, cells in
                cells.enumerated().compactMap { column, cell -> PositionedCell? in
                    let address = CellAddress(row: row, column: column)
                    switch cell {
                    case .empty: return nil
                    case .number(let value): return PositionedCell(address, .number(value))
                    case .text(let text): return PositionedCell(address, .text(text))
                    case .date(let date): return PositionedCell(address, .number(Double(date.workbookSerial), format: .date))
                    }
                }
            }
            document.sheets[index].blocks = [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))]
        }
        for name in extraSheets {
            document.sheets.append(ReportSheet(name: name, blocks: [ReportBlock(at: CellAddress(row: 0, column: 0),
                                                                                 .cells([PositionedCell(CellAddress(row: 0, column: 0), .text("作業"))]))]))
        }
        let layout = AnswerSheetLayout(spec: spec)
        let addresses = Dictionary(uniqueKeysWithValues: entries.compactMap { id, entry in
            layout.answerAddress(of: id).map { ($0, entry) }
        })
        for sheetIndex in document.sheets.indices where document.sheets[sheetIndex].name == AnswerSheetLayout.sheetName {
            document.sheets[sheetIndex].blocks = document.sheets[sheetIndex].blocks.map { block in
                guard case .cells(let cells) = block.content else { return block }
                return ReportBlock(at: block.origin, .cells(cells.map { placed in
                    guard let entry = addresses[placed.address] else { return placed }
                    var cell = placed.cell
                    switch entry {
                    case .number(let value): cell.content = .value(.number(value))
                    case .text(let text): cell.content = .value(.text(text))
                    case .formula(let text, let cached): cell.content = .formula(Formula(text), cached: .number(cached))
                    }
                    return PositionedCell(placed.address, cell)
                }))
            }
        }
        try ReportWriter(overwrite: true).write(document, to: url)
    }

    /// The データ sheet as handed out: header row, then the cells.
    static func handedOutRows(_ dataset: GeneratedDataset) -> [[DataCell]] {
        [dataset.columns.map { DataCell.text($0.name) }]
            + (0..<dataset.rowCount).map { row in dataset.columns.map { $0.cells[row] } }
    }

    /// Entries that answer every figure of `key` exactly (numbers as numbers, decisions as はい/いいえ).
    static func correctEntries(for key: AnswerKey) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for answer in key.answers {
            switch answer.value {
            case .number(let value)?: entries[answer.figureID] = .number(value)
            case .decision(let decision)?: entries[answer.figureID] = .text(decision ? "はい" : "いいえ")
            case nil: break
            }
        }
        return entries
    }
}
