import CSVReader
import Tabular
import XLSXReader

/// A table and where it was read from.
package struct LoadedTable {
    package init(source: Source, table: Table) {
        self.source = source
        self.table = table
    }

    /// A workbook's sheet, or a CSV/TSV file.
    package enum Source {
        case sheet(Workbook, SheetInfo)
        case csv(CSVFile)
    }

    package let source: Source
    package let table: Table
}
