import Spreadsheet

/// A value of the generated data before any cell is blanked or made messy: what the analysis uses.
public enum DataValue: Sendable, Hashable {
    /// A number.
    case number(Double)
    /// A category label or identifier.
    case label(String)
    /// A calendar date.
    case date(CivilDate)
}

/// A cell of the データ sheet exactly as the participant receives it.
public enum DataCell: Sendable, Hashable {
    /// A numeric cell.
    case number(Double)
    /// A text cell (labels, identifiers, and numbers made messy on purpose).
    case text(String)
    /// A date cell.
    case date(CivilDate)
    /// A blank cell (an injected missing value).
    case empty
}

/// One generated column: the true values and the cells shown.
public struct GeneratedColumn: Sendable, Hashable {
    /// Header text.
    public let name: String
    /// What the column can be used for.
    public let role: ColumnRole
    /// The true value of every row; `nil` where the cell was blanked on purpose (missing by design,
    /// so the answer key leaves those rows out, as Excel's tools do).
    public let values: [DataValue?]
    /// The sheet cells; differ from `values` where a cell was blanked or made messy.
    public let cells: [DataCell]

    /// The numbers of a numeric column (`nil` for blanked rows or non-numbers).
    public var numbers: [Double?] {
        values.map { value in
            if case .number(let number)? = value { return number }
            return nil
        }
    }

    /// The labels of a categorical or identifier column (`nil` for blanked rows).
    public var labels: [String?] {
        values.map { value in
            if case .label(let label)? = value { return label }
            return nil
        }
    }
}

/// The data of one participant's variant of an exercise.
public struct GeneratedDataset: Sendable, Hashable {
    /// The exercise the data belongs to.
    public let exerciseID: String
    /// The variant number (1-based).
    public let variant: Int
    /// The seed the variant's data was drawn from.
    public let seed: UInt64
    /// Columns in sheet order.
    public let columns: [GeneratedColumn]

    /// Number of data rows.
    public var rowCount: Int { columns.first?.values.count ?? 0 }

    /// The column with header `name`.
    public func column(named name: String) -> GeneratedColumn? {
        columns.first { $0.name == name }
    }
}

extension CivilDate {
    /// The 1900-system serial a generated date is written and compared as. Specs start on or after 1900-01-01
    /// (`ColumnValidator`) and no generated date comes before the start, so the serial exists; 0 is only a
    /// placeholder for a spec built in code without validation.
    var workbookSerial: Int { excelSerial ?? 0 }
}
