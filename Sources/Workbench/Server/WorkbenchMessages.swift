import Report

/// The workbench's own sentences (the CLI's sentences come from the tool provider).
enum WorkbenchMessages {
    static func sentence(_ error: WorkbenchError, _ l: Language) -> String {
        switch error {
        case .noWorksheet(let file):
            return l.pick(ja: "\(file) には読めるワークシートがありません。", en: "\(file) has no worksheet to read.")
        case .notASpreadsheet(let file):
            return l.pick(ja: "\(file) は Excel ブック (.xlsx) でも CSV ファイルでもありません。.xlsx か .csv のファイルを選んでください。",
                          en: "\(file) is neither an Excel workbook (.xlsx) nor a CSV file; choose a .xlsx or .csv file.")
        case .tooLarge(let limit):
            return l.pick(ja: "ファイルが大きすぎます（上限 \(limit >> 20) MB）。必要なシートだけのブックにしてから選んでください。",
                          en: "The file is too large (the limit is \(limit >> 20) MB); keep only the sheet you need and try again.")
        case .timedOut(let seconds):
            return l.pick(ja: "分析が \(seconds) 秒で終わりませんでした。データを減らすか、講師に相談してください。",
                          en: "The analysis did not finish within \(seconds) seconds; use less data or ask the instructor.")
        case .unknownTool(let tool):
            return l.pick(ja: "「\(tool)」という分析ツールはありません。", en: "There is no analysis tool called \(tool).")
        case .missingFile:
            return l.pick(ja: "このファイルはもうありません（ダウンロード後やセッション終了後に消えます）。もう一度選んでください。",
                          en: "This file is gone (files are deleted after the download or when the session ends); choose it again.")
        }
    }
}
