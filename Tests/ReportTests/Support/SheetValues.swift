import Report

extension ReportSheet {
    /// Each filled cell's value by A1 address: the value written, or the value cached under a formula.
    func valuesByAddress() throws -> [String: ReportValue] {
        var values: [String: ReportValue] = [:]
        for placed in try laidOutCells() {
            switch placed.cell.content {
            case .value(let value), .formula(_, cached: let value): values[placed.address.a1()] = value
            case .empty: continue
            }
        }
        return values
    }

    /// The formula text (without `=`) of each formula cell by A1 address.
    func formulasByAddress() throws -> [String: String] {
        var formulas: [String: String] = [:]
        for placed in try laidOutCells() {
            if case .formula(let formula, cached: _) = placed.cell.content { formulas[placed.address.a1()] = formula.text }
        }
        return formulas
    }
}
