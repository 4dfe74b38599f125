import Report

/// `bunseki accuracy -o FILE.xlsx`: the same table as the text output, as a workbook. The summary sheet
/// (`精度`) has a row per set with its least LRE; the values sheet (`認証値`) every certified value beside
/// our estimate. LREs are plain numbers computed from the full Doubles: the workbook's cached values carry 16
/// significant digits, so a worksheet formula over them could not reproduce an LRE of 15.
public enum AccuracyWorkbook {
    private typealias L = Labels.Accuracy

    /// Builds the document.
    public static func document(language: Language, sets: [SetAccuracy]) -> ReportDocument {
        ReportDocument(sheets: [summary(language, sets), values(language, sets)],
                       properties: .init(title: L.title.text(language)))
    }

    /// The label of a procedure.
    public static func procedure(_ procedure: NISTDataset.Procedure) -> Labels.Accuracy {
        switch procedure {
        case .univariate: .univariate
        case .linearRegression: .linearRegression
        case .oneWayANOVA: .oneWayANOVA
        }
    }

    /// The label of a difficulty rating.
    public static func difficulty(_ difficulty: NISTDataset.Difficulty) -> Labels.Accuracy {
        switch difficulty {
        case .lower: .lower
        case .average: .average
        case .higher: .higher
        }
    }

    private static func summary(_ language: Language, _ sets: [SetAccuracy]) -> ReportSheet {
        let headers = [L.dataset, .procedure, .difficulty, .observations, .certifiedCount, .minimumLRE, .minimumAt, .ceiling]
            .map { $0.text(language) }
        let rows = sets.map { set in
            ReportTable.Row(set.name, [
                .text(procedure(set.procedure).text(language)),
                .text(difficulty(set.difficulty).text(language)),
                .number(Double(set.observations), format: .integer),
                .number(Double(set.values.filter { $0.lre != nil }.count), format: .integer),
                .number(set.minimumLRE, format: .decimals(1)),
                .text(set.minimumAt),
                set.ceiling.map { .number($0, format: .decimals(2)) },
            ])
        }
        let notes = [L.definition, .ceilingNote, .source].map { $0.text(language) }
        return ReportSheet(name: L.summarySheet.text(language), blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(L.title.text(language))),
            ReportBlock(at: CellAddress(row: 2, column: 0), .table(ReportTable(columnHeaders: headers, rows: rows))),
            ReportBlock(at: CellAddress(row: 4 + sets.count, column: 0), .notes(notes)),
        ], options: SheetOptions(frozenRows: 3))
    }

    private static func values(_ language: Language, _ sets: [SetAccuracy]) -> ReportSheet {
        let headers = [L.dataset, .quantity, .estimate, .certified, .digits, .lre, .ceiling].map { $0.text(language) }
        var rows: [ReportTable.Row] = []
        for set in sets {
            for value in set.values {
                rows.append(ReportTable.Row(set.name, [
                    .text(value.quantity),
                    value.estimate.map { .number($0, format: .scientific(14)) },
                    value.certified.map { .number($0, format: .scientific(14)) } ?? .text("+∞"),
                    value.digits.map { .number(Double($0), format: .integer) },
                    value.lre.map { .number($0, format: .decimals(1)) } ?? .text(L.notScored.text(language)),
                    value.ceiling.map { .number($0, format: .decimals(2)) },
                ]))
            }
        }
        return ReportSheet(name: L.valuesSheet.text(language), blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .notes([L.definition.text(language), L.roundingNote.text(language)])),
            ReportBlock(at: CellAddress(row: 3, column: 0), .table(ReportTable(columnHeaders: headers, rows: rows))),
        ], options: SheetOptions(frozenRows: 4))
    }
}
