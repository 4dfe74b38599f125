import Procedures
import Spreadsheet
import Tabular

/// A variant's data as the procedures read it: the true values (before any cell was blanked by mistake or made
/// messy) on a データ sheet with the headers in row 1, as the participant's sheet reads once cleaned. The answer key
/// runs on it exactly the procedure `bunseki` and the workbench run on that sheet, so an exercise's figure is the
/// figure the tool gives, with the tool's column choice, listwise deletion and group order.
struct TaskTable {
    let dataset: GeneratedDataset
    /// The sheet as a procedure's input, named after the exercise in the sentences of its errors.
    let input: ToolInput

    /// - Throws: `SolverFailure` when the values make no table (no columns).
    init(dataset: GeneratedDataset) throws(SolverFailure) {
        self.dataset = dataset
        // Data row i sits below the header, on sheet row i + 2; a value blanked by design is an empty cell.
        var cells: [Cell] = dataset.columns.indices.map { column in
            Cell(address: CellAddress(rowNumber: 1, columnNumber: column + 1), value: .text(dataset.columns[column].name))
        }
        for row in 0..<dataset.rowCount {
            for (column, generated) in dataset.columns.enumerated() {
                guard let value = generated.values[row] else { continue }
                let cell: CellValue = switch value {
                case .number(let number): .number(number)
                case .label(let label): .text(label)
                case .date(let date): .date(ExcelDate(serial: Double(date.workbookSerial), system: .excel1900))
                }
                cells.append(Cell(address: CellAddress(rowNumber: row + 2, columnNumber: column + 1), value: cell))
            }
        }
        // Named after the exercise, not the variant: a failure shared by every variant reads as one problem.
        let file = dataset.exerciseID
        do {
            let table = try Table.read(cells: cells, sheet: ExerciseWorkbook.dataSheetName,
                                       options: TableOptions(headerRow: 1, detectLayout: false))
            input = ToolInput(file: file, table: table)
        } catch {
            throw SolverFailure(error)
        }
    }

    /// Runs a procedure's analysis on the sheet; its errors become the task's `SolverFailure`.
    func run<Result>(_ analyse: (ToolInput) throws -> Result) throws(SolverFailure) -> Result {
        do {
            return try analyse(input)
        } catch {
            throw SolverFailure(error)
        }
    }

    /// The labels of `group` in the order the spec lists them.
    func labels(of group: String) -> [String] {
        if case .categorical(let labels)? = dataset.column(named: group)?.role { return labels }
        return []
    }

    /// The `--order` setting that lists `column`'s levels as `labels` (by default all the spec's labels) do, leaving
    /// out those absent from the data (`CategoryOrder` accepts only levels that occur).
    /// - Throws: `SolverFailure` when a label cannot be written in the setting (it holds a comma or `;`).
    func order(_ column: String, _ labels: [String]? = nil) throws(SolverFailure) -> [String] {
        let present = Set(dataset.column(named: column)?.labels.compactMap { $0 } ?? [])
        let levels = (labels ?? self.labels(of: column)).filter(present.contains)
        guard !levels.isEmpty else { return [] }
        let list = try Self.list(levels)
        return [try Self.setting("\(column)=\(list)", reads: column, levels)]
    }

    /// `names` as a comma-separated list of a procedure's settings (columns, levels).
    /// - Throws: `SolverFailure` when a name holds a separator and would not read back as itself.
    static func list(_ names: [String]) throws(SolverFailure) -> String {
        let text = names.joined(separator: ",")
        guard ColumnList.split(text) == names else {
            throw SolverFailure(ja: "名前 \(names.joined(separator: "、")) を分析ツールに渡せません（カンマを含むか空のものがあります）。",
                                en: "The names \(names) cannot be given to the tool: one holds a comma or is blank.")
        }
        return text
    }

    private static func setting(_ text: String, reads column: String, _ levels: [String]) throws(SolverFailure) -> String {
        let parsed = try? CategoryOrder.parse([text])
        guard let parsed, parsed.count == 1, parsed[0].column == column, parsed[0].levels == levels else {
            throw SolverFailure(ja: "列「\(column)」の並び（\(levels.joined(separator: "、"))）を分析ツールに渡せません（カンマか ; を含むものがあります）。",
                                en: "The order of \(column) (\(levels)) cannot be given to the tool: a label holds a comma or a semicolon.")
        }
        return text
    }
}
