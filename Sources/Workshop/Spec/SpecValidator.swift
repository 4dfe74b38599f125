/// Checks what decoding cannot: ranges, references between columns, and per-column settings.
/// Task checks live in `TaskValidator`.
struct SpecValidator {
    let spec: ExerciseSpec
    let file: String

    static let maximumRows = 100_000

    func validate() throws(WorkshopError) {
        try validateIdentifier()
        try check(spec.dataset.rows >= 2 && spec.dataset.rows <= Self.maximumRows, "dataset.rows",
                  .outOfRange(value: Double(spec.dataset.rows), allowed: "2…\(Self.maximumRows)"))
        try check(!spec.dataset.columns.isEmpty, "dataset.columns", .requires(key: "columns"))
        var earlier: [ColumnSpec] = []
        for (index, column) in spec.dataset.columns.enumerated() {
            let path = "dataset.columns[\(index)]"
            try check(!earlier.contains { $0.name == column.name }, "\(path).name", .duplicate(name: column.name))
            try ColumnValidator(column: column, earlier: earlier, path: path, fail: problem).validate()
            earlier.append(column)
        }
        try validateInjections()
        try TaskValidator(spec: spec, fail: problem).validate()
    }

    /// The id becomes part of file names and a defined name, so keep it to safe characters.
    private func validateIdentifier() throws(WorkshopError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        try check(!spec.id.isEmpty && spec.id.count <= 40 && spec.id.allSatisfy(allowed.contains), "id",
                  .malformed(detail: LocalizedText(ja: "演習 ID は半角英数字と「-」「_」の 1〜40 文字にしてください（いまは \(spec.id)）。",
                                                en: "use 1–40 ASCII letters, digits, '-' or '_' (found \(spec.id))")))
    }

    private func validateInjections() throws(WorkshopError) {
        var cellsTaken: [String: Int] = [:]
        for (index, missing) in spec.dataset.missing.enumerated() {
            try validateInjection(column: missing.column, count: missing.count, path: "dataset.missing[\(index)]",
                                  cellsTaken: &cellsTaken)
        }
        for (index, dirty) in spec.dataset.dirty.enumerated() {
            let path = "dataset.dirty[\(index)]"
            let column = try validateInjection(column: dirty.column, count: dirty.count, path: path,
                                               cellsTaken: &cellsTaken)
            if dirty.style != .spaces {
                try check(column.role == .numeric, "\(path).column",
                          .wrongColumnKind(name: column.name, expected: "numeric (for style \(dirty.style.rawValue))"))
            }
            if dirty.style == .unit {
                try check(!(dirty.unit ?? "").isEmpty, "\(path).unit", .requires(key: "unit"))
            }
        }
    }

    /// Checks one missing/dirty entry; injections never share a cell, so their counts add up per column.
    @discardableResult
    private func validateInjection(column name: String, count: Int, path: String,
                                   cellsTaken: inout [String: Int]) throws(WorkshopError) -> ColumnSpec {
        guard let column = spec.dataset.columns.first(where: { $0.name == name }) else {
            throw problem("\(path).column", .unknownColumn(name: name, known: spec.dataset.columns.map(\.name)))
        }
        cellsTaken[name, default: 0] += count
        try check(count >= 1 && cellsTaken[name, default: 0] <= spec.dataset.rows, "\(path).count",
                  .outOfRange(value: Double(count), allowed: "1…\(spec.dataset.rows) cells per column in total"))
        return column
    }

    private func check(_ condition: Bool, _ path: String, _ what: SpecProblem) throws(WorkshopError) {
        if !condition { throw problem(path, what) }
    }

    private func problem(_ path: String, _ what: SpecProblem) -> WorkshopError {
        .invalidSpec(file: file, keyPath: path, problem: what)
    }
}
