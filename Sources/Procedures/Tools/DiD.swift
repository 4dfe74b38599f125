import Analysis
import Foundation
import Report
import Tabular

/// `bunseki did FILE --value V --group G --treated LEVEL --period P --after LEVEL[,LEVEL…] [--unit U]`:
/// difference-in-differences on long data (one row per unit × period).
package struct DiDProcedure: Procedure {
    package var value: String
    package var group: String
    package var treated: String
    package var period: String
    package var after: String
    package var unit: String? = nil
    /// `--order 列=A,B,C` choices (`CategoryOrder`): the periods' time order, the groups' order.
    package var order: [String] = []

    package init(value: String, group: String, treated: String, period: String, after: String, unit: String? = nil,
                 order: [String] = []) {
        self.value = value
        self.group = group
        self.treated = treated
        self.period = period
        self.after = after
        self.unit = unit
        self.order = order
    }

    package func validate() throws {
        _ = try CategoryOrder.parse(order)
    }

    /// The estimate on the rows complete in every column used: the result value every front end and the exercises'
    /// answer keys read.
    package struct Estimate {
        package let selection: NumericSelection
        /// The sheet row numbers of the rows used.
        package let sourceRows: [Int]
        /// The rows used, as the result workbook's data sheet shows them.
        package let columns: DiDWorkbook.Columns
        package let periods: [String]
        package let afterLevels: [String]
        package let droppedRows: Int
        package let result: DifferenceInDifferences
    }

    package func analyse(_ input: ToolInput) throws -> Estimate {
        let loaded = input.table
        let sheet = loaded.sheetName, file = input.file
        let selection = try NumericSelection(table: loaded, columns: [value], file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: sheet)
        let groupColumn = try loaded.requireColumn(group), periodColumn = try loaded.requireColumn(period)
        let unitColumn = try unit.map { try loaded.requireColumn($0) }
        let groups = groupColumn.categoryLabels, periods = periodColumn.categoryLabels
        let units = unitColumn?.categoryLabels
        let values = selection.variables[0].values
        let complete = values.indices.filter { i in
            values[i] != nil && groups[i] != nil && periods[i] != nil && (units == nil || units![i] != nil)
        }
        // Periods in time order: numbers by value, 和暦 years and months naturally (CategoryOrder), else as they appear.
        let orders = try CategoryOrder(order, table: loaded, file: file)
        let groupLevels = LevelOrder.levels(of: complete.map { groups[$0] }, preferring: orders.preferred(groupColumn))
        let periodLevels = LevelOrder.levels(of: complete.map { periods[$0] }, preferring: orders.preferred(periodColumn))
        guard groupLevels.contains(treated) else {
            throw DiDError.unknownLevel(file: file, sheet: sheet, column: groupColumn.name, option: "--treated", given: treated, levels: groupLevels)
        }
        let afterLevels = ColumnList.split(after)
        for level in afterLevels where !periodLevels.contains(level) {
            throw DiDError.unknownLevel(file: file, sheet: sheet, column: periodColumn.name, option: "--after", given: level, levels: periodLevels)
        }
        guard groupLevels.count >= 2 else {
            throw DiDError.noComparisonGroup(file: file, sheet: sheet, column: groupColumn.name, treated: treated)
        }
        let afterSet = Set(afterLevels)
        guard periodLevels.contains(where: { !afterSet.contains($0) }) else {
            throw DiDError.noPeriodBefore(file: file, sheet: sheet, column: periodColumn.name, after: afterLevels)
        }
        for (isTreated, isAfter) in [(true, false), (true, true), (false, false), (false, true)] {
            let found = complete.contains { (groups[$0] == treated) == isTreated && afterSet.contains(periods[$0]!) == isAfter }
            if !found {
                throw DiDError.emptyCell(file: file, sheet: sheet, treated: isTreated ? treated : nil, after: isAfter, value: selection.variables[0].name)
            }
        }
        if let units {
            var groupOf: [String: String] = [:], shared: [String] = []
            for i in complete {
                let side = groups[i] == treated ? "T" : "C"
                if let before = groupOf[units[i]!], before != side {
                    if !shared.contains(units[i]!) { shared.append(units[i]!) }
                } else { groupOf[units[i]!] = side }
            }
            if !shared.isEmpty {
                throw DiDError.unitInBothGroups(file: file, sheet: sheet, column: unitColumn!.name, units: shared)
            }
        }
        let did = try DifferenceInDifferences.compute(
            valueName: selection.variables[0].name, values: complete.map { values[$0]! },
            treated: complete.map { groups[$0] == treated }, periods: complete.map { periods[$0]! },
            periodOrder: periodLevels, afterPeriods: afterSet, units: units.map { u in complete.map { u[$0]! } })
        let columns = DiDWorkbook.Columns(
            value: DataColumn(name: selection.variables[0].name, values: complete.map { values[$0] }),
            group: .init(name: groupColumn.name, labels: complete.map { groups[$0] }),
            period: .init(name: periodColumn.name, labels: complete.map { periods[$0] }),
            unit: unitColumn.map { c in .init(name: c.name, labels: complete.map { units![$0] }) },
            treatedLevel: treated, afterLevels: afterLevels)
        return Estimate(selection: selection, sourceRows: complete.map { selection.rowNumbers[$0] }, columns: columns,
                        periods: periodLevels, afterLevels: afterLevels, droppedRows: values.count - complete.count, result: did)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let estimate = try analyse(input)
        let document = DiDWorkbook.document(language: language, sourceRows: estimate.sourceRows,
                                            columns: estimate.columns, result: estimate.result, title: input.fileName)
        return ProcedureResult(analysis: "did", input: input, selection: estimate.selection, language: language,
                               body: DiDOutcome(treated: treated, after: estimate.afterLevels, periods: estimate.periods,
                                                droppedRows: estimate.droppedRows, result: estimate.result),
                               document: { document })
    }
}
/// What `did --json` prints (docs/JSON.md).
package struct DiDOutcome: Encodable {
    package let treated: String
    package let after: [String]
    package let periods: [String]
    package let droppedRows: Int
    package let result: DifferenceInDifferences
}

