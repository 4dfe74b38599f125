import Foundation
import Report
import XLSXReader

/// The key figures of one of our own result workbooks, found by the label catalogue (ja or en) rather than by
/// fixed cells: describe (mean and count per column), regress (R², coefficients and their p-values) and did
/// (the estimate with its interval and p from the preferred standard error).
package enum EvidenceFigures {
    /// The figures of the result workbook at `path`.
    /// - Throws: `EvidenceSheetError.notAResultWorkbook` when no sheet of ours is in it; reading errors as they come.
    package static func read(_ path: String) throws -> [EvidenceFigure] {
        let workbook = try Workbook(path: path)
        let file = URL(fileURLWithPath: path).lastPathComponent
        var figures: [EvidenceFigure] = []
        for info in workbook.sheets where info.kind == .worksheet {
            let kind: Kind
            if matches(info.name, Labels.Descriptive.title) { kind = .describe }
            else if matches(info.name, Labels.Regression.title) { kind = .regress }
            else if matches(info.name, Labels.DiD.sheet) { kind = .did }
            else { continue }
            var grid = Grid(file: file, sheet: info.name)
            var cursor = try workbook.cells(of: info)
            while let cell = try cursor.next() { grid.cells[Key(row: cell.address.rowNumber, column: cell.address.columnNumber)] = cell.value }
            switch kind {
            case .describe: figures += grid.describe()
            case .regress: figures += grid.regress()
            case .did: figures += grid.did()
            }
        }
        guard !figures.isEmpty else { throw EvidenceSheetError.notAResultWorkbook(file: path) }
        return figures
    }

    private enum Kind { case describe, regress, did }

    package static func matches(_ text: String, _ label: some BilingualLabel) -> Bool {
        text == label.texts.ja || text == label.texts.en
    }

    package static func starts(_ text: String, _ label: some BilingualLabel) -> Bool {
        text.hasPrefix(label.texts.ja) || text.hasPrefix(label.texts.en)
    }

    package struct Key: Hashable { let row: Int; let column: Int }

    /// One sheet's cells by position.
    package struct Grid {
        package let file: String
        package let sheet: String
        package var cells: [Key: CellValue] = [:]

        package func text(_ row: Int, _ column: Int) -> String? {
            if case .text(let text)? = cells[Key(row: row, column: column)] { return text }
            return nil
        }

        package func number(_ row: Int, _ column: Int) -> Double? { cells[Key(row: row, column: column)]?.numericValue }

        /// Text cells in reading order.
        package var texts: [(key: Key, text: String)] {
            cells.compactMap { key, value in
                if case .text(let text) = value { return (key, text) }
                return nil
            }.sorted { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }
        }

        package func figure(_ item: String, _ row: Int, _ column: Int, format: NumberFormat = .general) -> EvidenceFigure? {
            guard let value = number(row, column) else { return nil }
            let address = CellAddress(rowNumber: row, columnNumber: column).a1
            return EvidenceFigure(item: item, value: value, format: format, file: file, sheet: sheet, cell: address)
        }

        /// Per column: the label column holds the column's name one row above 平均 / Mean.
        package func describe() -> [EvidenceFigure] {
            texts.filter { matches($0.text, Labels.Descriptive.mean) }.flatMap { mean -> [EvidenceFigure] in
                let (row, column) = (mean.key.row, mean.key.column)
                let name = text(row - 1, column).map { " (\($0))" } ?? ""
                var found = [figure(mean.text + name, row, column + 1, format: .decimals(3))]
                if let count = texts.first(where: { $0.key.column == column && $0.key.row > row
                                                    && matches($0.text, Labels.Descriptive.count) }) {
                    found.append(figure(count.text + name, count.key.row, column + 1, format: .integer))
                }
                return found.compactMap { $0 }
            }
        }

        /// R², then each term's coefficient and p-value from the coefficient table.
        package func regress() -> [EvidenceFigure] {
            var found: [EvidenceFigure?] = []
            if let r2 = texts.first(where: { matches($0.text, Labels.Regression.rSquare) }) {
                found.append(figure(r2.text, r2.key.row, r2.key.column + 1, format: .decimals(4)))
            }
            if let head = texts.first(where: { matches($0.text, Labels.Regression.coefficients) }),
               let pHead = texts.first(where: { $0.key.row == head.key.row && matches($0.text, Labels.Regression.pValue) }) {
                var row = head.key.row + 1
                while let term = text(row, head.key.column - 1), number(row, head.key.column) != nil {
                    found.append(figure("\(head.text) (\(term))", row, head.key.column))
                    found.append(figure("\(pHead.text) (\(term))", row, pHead.key.column, format: .pValue))
                    row += 1
                }
            }
            return found.compactMap { $0 }
        }

        /// The regression table's estimate, and the interval and p of the preferred error: cluster-robust when
        /// the units were given, else HC1.
        package func did() -> [EvidenceFigure] {
            guard let head = texts.first(where: { matches($0.text, Labels.DiD.errorKind) }) else { return [] }
            let language: Language = head.text == Labels.DiD.errorKind.texts.ja ? .ja : .en
            let headRow = head.key.row, labelColumn = head.key.column
            func column(_ label: some BilingualLabel) -> Int? {
                texts.first { $0.key.row == headRow && starts($0.text, label) }?.key.column
            }
            var rows: [(row: Int, label: String)] = []
            var row = headRow + 1
            while let label = text(row, labelColumn), number(row, labelColumn + 1) != nil {
                rows.append((row, label))
                row += 1
            }
            guard let estimateColumn = column(Labels.DiD.estimate), let first = rows.first else { return [] }
            let preferred = rows.first { starts($0.label, Labels.DiD.cluster) }
                ?? rows.first { starts($0.label, Labels.DiD.hc1) } ?? first
            var found = [figure("\(text(headRow, estimateColumn) ?? "") (\(Labels.DiD.interaction.text(language)))", first.row, estimateColumn, format: .decimals(3))]
            for (label, format) in [(Labels.DiD.lower, NumberFormat.decimals(3)), (.upper, .decimals(3)), (.pValue, .pValue)] {
                if let at = column(label) {
                    found.append(figure("\(text(headRow, at) ?? "") (\(preferred.label))", preferred.row, at, format: format))
                }
            }
            return found.compactMap { $0 }
        }
    }
}

/// `ebpm-sheet --from` was given a file that is not one of our result workbooks.
package enum EvidenceSheetError: Error, Equatable {
    case notAResultWorkbook(file: String)
}

// The sentence for `EvidenceSheetError`: part of the one ja/en error catalogue begun in ErrorMessages.swift.
extension ErrorMessages {
    package static func evidenceSheet(_ error: EvidenceSheetError, _ l: Language) -> String {
        switch error {
        case .notAResultWorkbook(let file):
            let name = URL(fileURLWithPath: file).lastPathComponent
            return l.pick(ja: "\(name) は bunseki の結果ブックではありません (基本統計量・回帰分析・差の差分析のシートがありません)。describe、regress、did で作ったブックを --from に指定してください。",
                          en: "\(name) is not a bunseki result workbook (it has no Descriptive Statistics, Regression or DiD sheet); give --from a workbook made by describe, regress or did.")
        }
    }
}
