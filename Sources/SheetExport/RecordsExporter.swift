import XLSXReader

/// Rows of field texts (a header, then one row per record) written as CSV/TSV into an atomic file, with
/// the same quoting and encodings as a sheet's export: for tables built in memory, such as `tidy`'s.
public enum RecordsExporter {
    /// Writes `rows` to `destination`; `name` stands for the source in an encoding error, whose cell is the
    /// field's position (A1 = first field of the first row).
    /// - Throws: `ExportError` when the destination is refused or a character cannot be encoded.
    public static func write(_ rows: [[String]], to destination: String, inputs: [String], overwrite: Bool,
                             options: DelimitedOptions, name: String) throws(ExportError) {
        let file = try AtomicOutputFile(destination: destination, inputs: inputs, overwrite: overwrite)
        let encoder = FieldEncoder(options: options)
        try file.write(options.encoding.preamble)
        var bytes: [UInt8] = []
        for (rowIndex, row) in rows.enumerated() {
            bytes.removeAll(keepingCapacity: true)
            for (column, field) in row.enumerated() {
                if column > 0 { bytes.append(options.format.separator) }
                try encoder.append(field, to: &bytes, cell: CellAddress(rowNumber: rowIndex + 1, columnNumber: column + 1), sheet: name)
            }
            bytes += [0x0D, 0x0A]
            try file.write(bytes)
        }
        try file.commit()
    }
}
