/// Why a table could not be built or queried; each case names the sheet and what was asked for.
public enum TableError: Error, Sendable, Equatable {
    /// The sheet holds no values at all.
    case emptySheet(sheet: String)
    /// The chosen header row is past the last row that holds values.
    case headerRowOutOfRange(sheet: String, row: Int, lastRow: Int)
    /// No column has this header text or column letter; `available` lists the column names.
    case columnNotFound(sheet: String, requested: String, available: [String])
    /// The chosen header row lies inside a merged range (`merge`) that reaches into the data below it.
    case headerInsideMerge(sheet: String, row: Int, merge: String)
    /// `--range` lies outside the cells the sheet holds (`used`), or holds no value.
    case rangeOutsideSheet(sheet: String, range: String, used: String)
}

