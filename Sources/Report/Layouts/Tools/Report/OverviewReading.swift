import Analysis

// The sentences of the overview's 解釈 / Reading sheet, in both languages: the one place to fix their wording.

/// The strongest correlations, then the columns a person should look at before analysing them.
struct OverviewReading {
    /// Correlations quoted, strongest first; the full list is on the correlation sheet.
    static let quotedCorrelations = 3
    /// A column with at least this share of empty cells is pointed out.
    static let notableEmptyShare = 0.1

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, matrix: CorrelationMatrix?, columns: [OverviewMissingLayout.Column], identifiers: [String] = []) {
        if let matrix {
            findings += CorrelationReading(language: language, matrix: matrix).pairFindings.prefix(Self.quotedCorrelations)
        }
        for column in columns {
            let rows = column.filled + column.empty
            if rows > 0, Double(column.empty) / Double(rows) >= Self.notableEmptyShare {
                findings.append(Self.manyBlanks(column.name, empty: column.empty, rows: rows, language))
            }
            if let first = column.misfits.first {
                findings.append(Self.misfits(column.name, count: column.misfits.count, first: first, language))
            }
        }
        if findings.isEmpty { findings.append(Self.nothingNotable(language)) }
        if !identifiers.isEmpty { warnings.append(Self.identifiersLeftOut(identifiers, language)) }
        if matrix != nil { warnings.append(Labels.Notes.associationIsNotCause.text(language)) }
        // Only while some cell is left out: after --coerce-numbers converted them all, the advice no longer applies.
        if columns.contains(where: { !$0.misfits.isEmpty }) { warnings.append(Self.misfitsAreLeftOut(language)) }
    }

    private static func manyBlanks(_ name: String, empty: Int, rows: Int, _ language: Language) -> String {
        let percent = NumberFormat.percent(0).approximateDisplay(of: Double(empty) / Double(rows))
        switch language {
        case .en: return "\(name) is empty in \(empty) of \(rows) rows (\(percent)): check whether the blanks are missing at random before analysing it."
        case .ja: return "\(name) は \(rows) 行中 \(empty) 行が空欄です (\(percent))。分析の前に、空欄に偏りがないか確かめてください。"
        }
    }

    private static func misfits(_ name: String, count: Int, first: String, _ language: Language) -> String {
        switch language {
        case .en: return "\(name) has \(count) cell(s) that do not fit the column's type (first: \(first)); see the Missing data sheet."
        case .ja: return "\(name) には列の型に合わないセルが \(count) 個あります (最初は \(first))。欠測シートを見てください。"
        }
    }

    private static func identifiersLeftOut(_ names: [String], _ language: Language) -> String {
        let list = ReadingList.joined(names, language)
        switch language {
        case .en: return "\(list) \(names.count == 1 ? "is an identifier" : "are identifiers") (every value differs, as in an ID or a name), so \(names.count == 1 ? "it is" : "they are") left out of the statistics and frequency tables."
        case .ja: return "\(list) は値がすべて異なる識別子 (ID・番号・氏名など) とみなし、統計量と度数表から除きました。"
        }
    }

    private static func nothingNotable(_ language: Language) -> String {
        switch language {
        case .en: return "No strong pattern or data problem stands out in this first look."
        case .ja: return "この概観では、目立つ関係やデータの問題は見つかりませんでした。"
        }
    }

    private static func misfitsAreLeftOut(_ language: Language) -> String {
        switch language {
        case .en: return "Cells that do not fit their column's type are left out of every figure here; correct them in the source sheet."
        case .ja: return "列の型に合わないセルは、ここでのどの数値にも含まれていません。元のシートで直してください。"
        }
    }
}
