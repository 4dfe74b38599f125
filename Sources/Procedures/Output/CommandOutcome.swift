import Report

/// What an analysis command's `--json` prints (docs/JSON.md): the file, sheet and tool, the analysis's own keys
/// (`Body`, flattened beside them), and, for analyses of numeric columns, the cells the selection left out or
/// converted. One envelope, so that no command's outcome repeats these keys.
package struct CommandOutcome<Body: Encodable>: Encodable {
    package let file: String
    package let sheet: String
    package let tool: String
    package let body: Body
    package let selection: NumericSelection?

    private enum Keys: String, CodingKey { case file, sheet, tool, ignoredCells, coercedCells, sheetLayout }

    package func encode(to encoder: any Encoder) throws {
        // Two keyed containers on one encoder share its object, so the body's keys sit beside the envelope's.
        try body.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(file, forKey: .file)
        try container.encode(sheet, forKey: .sheet)
        try container.encode(tool, forKey: .tool)
        if selection != nil {
            try container.encode(selection.ignoredCellsListed, forKey: .ignoredCells)
            try container.encode(selection.coercedCellsListed, forKey: .coercedCells)
            if let selection, let layout = selection.layout {
                try container.encode(LayoutJSON(layout, columns: []), forKey: .sheetLayout)
            }
        }
    }
}
