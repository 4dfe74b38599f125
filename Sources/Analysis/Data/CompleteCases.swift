/// The rows of several variables that are complete in all of them (listwise deletion), plus the
/// rows that were dropped and why, so a report can list them.
public struct CompleteCases: Codable, Sendable, Equatable {
    /// A row left out because some of its values are missing.
    public struct DroppedRow: Codable, Sendable, Equatable {
        /// 0-based position of the row in the input.
        public let index: Int
        /// The caller's label for the row (sheet row number or cell address).
        public let label: String
        /// Names of the variables whose value is missing (nil or not finite) in this row.
        public let missingVariables: [String]
    }

    /// Variable names, in input order.
    public let names: [String]
    /// Complete values, one array per variable, all of the same length.
    public let columns: [[Double]]
    /// Labels of the rows kept, aligned with `columns`.
    public let keptLabels: [String]
    /// The rows dropped, in input order.
    public let dropped: [DroppedRow]

    /// Number of complete rows.
    public var count: Int { keptLabels.count }

    /// Listwise deletion: keeps the rows where every variable has a finite value.
    /// - Parameters:
    ///   - variables: the columns, all of the same length.
    ///   - rowLabels: one label per row (e.g. "12" or "B12"); when nil, 1-based row positions.
    /// - Throws: `AnalysisError.lengthMismatch` when lengths differ.
    public init(_ variables: [Variable], rowLabels: [String]? = nil) throws {
        let rows = variables.first?.values.count ?? 0
        for variable in variables where variable.values.count != rows {
            throw AnalysisError.lengthMismatch(variable: variable.name, expected: rows, found: variable.values.count)
        }
        if let rowLabels, rowLabels.count != rows {
            throw AnalysisError.lengthMismatch(variable: "row labels", expected: rows, found: rowLabels.count)
        }
        let labels = rowLabels ?? (0..<rows).map { String($0 + 1) }
        var columns = Array(repeating: [Double](), count: variables.count)
        var kept = [String]()
        var dropped = [DroppedRow]()
        for row in 0..<rows {
            let present = variables.compactMap { $0.values[row] }.filter(\.isFinite)
            if present.count == variables.count {
                for (j, value) in present.enumerated() { columns[j].append(value) }
                kept.append(labels[row])
            } else {
                let missing = variables.filter { !($0.values[row]?.isFinite ?? false) }.map(\.name)
                dropped.append(DroppedRow(index: row, label: labels[row], missingVariables: missing))
            }
        }
        names = variables.map(\.name)
        self.columns = columns
        keptLabels = kept
        self.dropped = dropped
    }

    /// The 0-based positions of the rows kept out of `rowCount`, given the rows a listwise deletion dropped: how a
    /// result that reports its dropped rows (`RegressionResult`, `LeastSquaresTwoWayANOVA`) tells which rows it used,
    /// so that a data sheet shows exactly those rows.
    public static func keptIndices(rowCount: Int, dropped: [DroppedRow]) -> [Int] {
        let left = Set(dropped.map(\.index))
        return (0..<rowCount).filter { !left.contains($0) }
    }

    /// The elements of `values` at the rows kept, given the rows a listwise deletion dropped; when none was dropped,
    /// `values` itself, shared rather than copied (a million-row column is 16 MB a copy).
    public static func kept<Element>(_ values: [Element], dropped: [DroppedRow]) -> [Element] {
        guard !dropped.isEmpty else { return values }
        return keptIndices(rowCount: values.count, dropped: dropped).map { values[$0] }
    }
}
