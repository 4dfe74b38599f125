import Report
import Analysis
import CSVReader
import Foundation
import ReportWriter
import SafeOutput
import SheetExport
import Tabular
import XLSXReader

/// The ja/en catalogue of error sentences: every error the tool can meet becomes one sentence that names
/// the file, sheet and cell involved and, where there is one, what to do about it.
package enum ErrorMessages {
    /// Exit status: 1 for problems with the input, 70 (EX_SOFTWARE) for anything unexpected.
    package static func exitCode(for error: Error) -> Int32 {
        switch error {
        case is XLSXError, is CSVError, is TableError, is ProcedureError, is AnalysisError, is RandomParameterError, is ReportWriterError,
             is ExportError, is SampleError, is OutputError, is DiDError, is EvidenceSheetError: 1
        default: 70
        }
    }

    /// The sentence for `error`; `file` is the input the command read, named in messages about one of its sheets.
    package static func sentence(for error: Error, language: Language, file: String? = nil) -> String {
        switch error {
        case let error as XLSXError: reader(error, language)
        case let error as CSVError: delimitedText(error, language)
        case let error as TableError: table(error, file, language)
        case let error as ProcedureError: cli(error, language)
        case let error as AnalysisError: analysis(error, language)
        case let error as RandomParameterError: randomParameter(error, language)
        case let error as ReportWriterError: writer(error, language)
        case let error as ExportError: export(error, language)
        case let error as SampleError: sample(error, language)
        case let error as DiDError: did(error, language)
        case let error as EvidenceSheetError: evidenceSheet(error, language)
        case let error as OutputError: output(error, language)
        default: language.pick(ja: "予期しないエラーが発生しました: \(error)", en: "Unexpected error: \(error)")
        }
    }

    /// A path as messages show it: the file name without its folder.
    package static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    private static func reader(_ error: XLSXError, _ l: Language) -> String {
        switch error {
        // The reason is the system's English text (Foundation's localizedDescription): quoted in English only.
        case .fileUnreadable(let file, let reason):
            l.pick(ja: "ファイル「\(file)」を読めません。パスとアクセス権を確認してください。",
                   en: "Cannot read the file '\(file)' (\(reason)); check the path and permissions.")
        case .emptyFile(let file):
            l.pick(ja: "ファイル「\(name(file))」は空 (0 バイト) です。", en: "The file '\(name(file))' is empty (0 bytes).")
        case .notAZip(let file):
            l.pick(ja: "「\(name(file))」は .xlsx ファイルではありません。Excel で .xlsx 形式で保存し直してください。",
                   en: "'\(name(file))' is not an .xlsx file; save it from Excel as .xlsx.")
        case .passwordProtected(let file):
            l.pick(ja: "「\(name(file))」はパスワードで保護されています。パスワードを外して .xlsx で保存し直してください。",
                   en: "'\(name(file))' is password-protected; save it as .xlsx without a password.")
        case .legacyExcel(let file):
            l.pick(ja: "「\(name(file))」は古い Excel 形式 (.xls) です。Excel で .xlsx 形式で保存し直してください。",
                   en: "'\(name(file))' is a legacy Excel (.xls) workbook; save it as .xlsx.")
        case .unsupportedContainer(let file):
            l.pick(ja: "「\(name(file))」は Excel ブックではない Office ファイルです。",
                   en: "'\(name(file))' is an Office file but not an Excel workbook.")
        case .otherSpreadsheet(let file, let application):
            l.pick(ja: "「\(name(file))」は \(application) のファイルで、Excel ブック (.xlsx) ではありません。そのアプリで「Excel 形式 (.xlsx)」で保存し直してください。",
                   en: "'\(name(file))' is a \(application) file, not an Excel workbook; save it from that application as .xlsx.")
        case .binaryWorkbook(let file):
            l.pick(ja: "「\(name(file))」はバイナリ形式 (.xlsb) です。.xlsx 形式で保存し直してください。",
                   en: "'\(name(file))' is a binary workbook (.xlsb); save it as .xlsx.")
        case .corruptZip(let file, let detail):
            l.pick(ja: "「\(name(file))」は壊れているか途中で切れています (\(detail))。元のファイルをもう一度コピーしてください。",
                   en: "'\(name(file))' is damaged or truncated (\(detail)); copy the original file again.")
        case .missingPart(let file, let part):
            l.pick(ja: "「\(name(file))」には必要な部品「\(part)」がありません。Excel で開いて保存し直してください。",
                   en: "'\(name(file))' lacks the part '\(part)'; open it in Excel and save it again.")
        case .malformedXML(let file, let part, let offset, let detail):
            l.pick(ja: "「\(name(file))」の「\(part)」が \(offset) バイト目で壊れています (\(detail))。",
                   en: "'\(name(file))' has broken XML in '\(part)' at byte \(offset) (\(detail)).")
        case .sheetNotFound(let file, let requested, let available):
            l.pick(ja: "「\(name(file))」にシート「\(requested)」はありません。あるシート: \(available.joined(separator: "、"))。",
                   en: "'\(name(file))' has no sheet '\(requested)'; its sheets are: \(available.joined(separator: ", ")).")
        case .notAWorksheet(let file, let sheet):
            l.pick(ja: "「\(name(file))」のシート「\(sheet)」はグラフなどでセルのデータがありません。",
                   en: "Sheet '\(sheet)' of '\(name(file))' is a chart or dialog sheet without cell data.")
        case .decompressionBomb(let file, let part, let inflated, let limit):
            l.pick(ja: "「\(name(file))」の「\(part)」は展開すると大きすぎます (\(inflated) バイト、上限 \(limit) バイト)。",
                   en: "'\(name(file))' inflates too far in '\(part)' (\(inflated) bytes, limit \(limit)).")
        case .absurdDimension(let file, let sheet, let reference):
            l.pick(ja: "「\(name(file))」のシート「\(sheet)」の範囲「\(reference)」は Excel の上限を超えています。",
                   en: "Sheet '\(sheet)' of '\(name(file))' refers to '\(reference)', beyond Excel's grid.")
        case .invalidCellReference(let file, let sheet, let reference):
            l.pick(ja: "「\(name(file))」のシート「\(sheet)」に読めないセル番地「\(reference)」があります。",
                   en: "Sheet '\(sheet)' of '\(name(file))' has an unreadable cell reference '\(reference)'.")
        case .invalidCellValue(let file, let sheet, let cell, let text):
            l.pick(ja: "「\(name(file))」のシート「\(sheet)」のセル \(cell) の値「\(text)」を読めません。",
                   en: "Cell \(cell) on sheet '\(sheet)' of '\(name(file))' holds an unreadable value '\(text)'.")
        case .sharedStringMissing(let file, let sheet, let cell, let index):
            l.pick(ja: "「\(name(file))」のシート「\(sheet)」のセル \(cell) が存在しない文字列 (番号 \(index)) を指しています。",
                   en: "Cell \(cell) on sheet '\(sheet)' of '\(name(file))' points to a missing shared string (\(index)).")
        }
    }

    private static func table(_ error: TableError, _ file: String?, _ l: Language) -> String {
        switch error {
        case .emptySheet(let sheet):
            l.pick(ja: "\(place(file, sheet, l)): 値の入ったセルがありません。", en: "\(place(file, sheet, l)): no cell holds a value.")
        case .headerRowOutOfRange(let sheet, let row, let lastRow):
            l.pick(ja: "\(place(file, sheet, l)): 見出し行 \(row) はデータの最終行 \(lastRow) より後ろです。",
                   en: "\(place(file, sheet, l)): header row \(row) is past the last row with values (\(lastRow)).")
        case .columnNotFound(let sheet, let requested, let available):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(requested)」はありません。ある列: \(available.joined(separator: "、"))。",
                   en: "\(place(file, sheet, l)): there is no column '\(requested)'; its columns are: \(available.joined(separator: ", ")).")
        case .headerInsideMerge(let sheet, let row, let merge):
            l.pick(ja: "\(place(file, sheet, l)): 見出し行 \(row) は、下のデータ行まで続く結合セル \(merge) の中にあります。結合の最終行以降を --header-row か --range で指定してください。",
                   en: "\(place(file, sheet, l)): header row \(row) lies inside the merged range \(merge), which reaches into the data; choose a row at or below its end with --header-row or --range.")
        case .rangeOutsideSheet(let sheet, let range, let used):
            l.pick(ja: "\(place(file, sheet, l)): 範囲 \(range) には値がありません（値のあるセルは \(used)）。",
                   en: "\(place(file, sheet, l)): the range \(range) holds no value (the sheet's values lie in \(used)).")
        }
    }

    /// "staff.xlsx、シート 職員データ", the way the other messages about a sheet begin; just the sheet when
    /// the command read no file of its own, just the file for a CSV file (whose one sheet bears its name).
    package static func place(_ file: String?, _ sheet: String, _ l: Language) -> String {
        guard let file else { return l.pick(ja: "シート \(sheet)", en: "Sheet \(sheet)") }
        if name(file) == sheet { return sheet }
        return l.pick(ja: "\(name(file))、シート \(sheet)", en: "\(name(file)), sheet \(sheet)")
    }

    /// What went wrong while writing a result workbook. Apart from the output file, these are faults of a layout
    /// (ours, not the user's); the Japanese sentences still name the sheet, cell or chart, never quoting English.
    private static func writer(_ error: ReportWriterError, _ l: Language) -> String {
        let en = "Could not write the result workbook: \(error.localizedDescription)"
        switch error {
        case .output(let outputError):
            return output(outputError, l)
        case .invalidSheetName(let name, _):
            return l.pick(ja: "結果のブックを書き込めませんでした。シート名「\(name)」は Excel で使えません。", en: en)
        case .invalidLayout(.overlappingCells(let sheet, let cell)):
            return l.pick(ja: "結果のブックを書き込めませんでした。シート「\(sheet)」のセル \(cell) に二つの部分が重なっています。", en: en)
        case .invalidLayout(.noPredictors(let response)):
            return l.pick(ja: "結果のブックを書き込めませんでした。「\(response)」の回帰に説明変数がありません。", en: en)
        case .cellNotWritable(let sheet, let cell, _):
            return l.pick(ja: "結果のブックを書き込めませんでした。シート「\(sheet)」のセル \(cell) に書き込めません。", en: en)
        case .chartWithoutSeries(let sheet, let chart):
            return l.pick(ja: "結果のブックを書き込めませんでした。シート「\(sheet)」のグラフ「\(chart)」にデータ系列がありません。", en: en)
        case .chartReferencesUnknownSheet(let sheet, let chart, let referenced):
            return l.pick(ja: "結果のブックを書き込めませんでした。シート「\(sheet)」のグラフ「\(chart)」が、ないシート「\(referenced)」を参照しています。",
                          en: en)
        case .writeFailed(let path, _):
            return l.pick(ja: "結果のブック「\(path)」を書き込めませんでした。フォルダーと空き容量を確認してください。", en: en)
        }
    }
}
