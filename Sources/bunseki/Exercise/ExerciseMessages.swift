import Procedures
import ArgumentParser
import Foundation
import Workshop

/// The ja/en sentences of the exercise commands.
enum ExerciseMessages {
    static func sentence(for error: WorkshopError, _ l: Language) -> String {
        switch error {
        // The system's reason for a file it could not open or make is English text: only the English sentence
        // (error.description) quotes it; the Japanese one says what to check instead.
        case .specUnreadable(let file, _):
            return l.pick(ja: "演習ファイル「\(file)」を読めません。ファイルがあるか、読む権限があるかを確認してください。", en: error.description)
        case .specNotText(let file):
            return l.pick(ja: "「\(file)」はテキストの YAML ファイルではありません。演習の .yaml ファイルを指定してください。",
                          en: error.description)
        case .specSyntax(let file, let line?, let column?, _):
            return l.pick(ja: "演習ファイル「\(file)」の \(line) 行 \(column) 列目付近で YAML の書き方に誤りがあります。括弧や引用符の閉じ忘れ、字下げを確認してください。",
                          en: error.description)
        case .specSyntax(let file, _, _, _):
            return l.pick(ja: "演習ファイル「\(file)」は YAML として読めません。括弧や引用符の閉じ忘れ、字下げを確認してください。",
                          en: error.description)
        case .colonInPlainValue(let file, let line):
            return l.pick(ja: "演習ファイル「\(file)」の \(line) 行目の値に「: 」（コロンと空白）があり、YAML が新しい項目と読みます。値全体を引用符 \"…\" で囲んでください。",
                          en: error.description)
        case .invalidSpec(let file, let keyPath, let problem):
            return l.pick(ja: "演習ファイル「\(file)」の \(keyPath): \(japanese(problem))", en: error.description)
        case .rosterWithoutNames(let file):
            return l.pick(ja: "名簿「\(file)」に受講者の名前がありません。見出しが「氏名」の列に名前を入れてください。",
                          en: error.description)
        case .outputFolderUnavailable(let path, _):
            return l.pick(ja: "出力フォルダー「\(path)」を作れません。場所が正しいか、書き込む権限があるかを確認してください。", en: error.description)
        case .writeFailed(let writeError):
            return ErrorMessages.sentence(for: writeError, language: l)
        case .analysisFailed, .figureUndefined:
            return warning(error, l)
        }
    }

    private static func japanese(_ problem: SpecProblem) -> String {
        switch problem {
        case .missingKey: return "必要な設定がありません。"
        case .unknownKey: return "知らない設定名です（綴りの誤りでは？）。"
        case .wrongType(let expected): return "値の種類が違います（\(expected) が必要）。"
        case .malformed(let detail): return detail.ja
        case .outOfRange(let value, let allowed): return "値 \(value) は範囲外です（\(allowed)）。"
        case .unknownColumn(let name, let known):
            return "列「\(name)」はありません（ここで使える列: \(known.joined(separator: "、"))）。"
        case .wrongColumnKind(let name, let expected): return "列「\(name)」は \(expected) の列でなければなりません。"
        case .unknownLabel(let label, let known): return "「\(label)」はありません（あるもの: \(known.joined(separator: "、"))）。"
        case .duplicate(let name): return "「\(name)」が重複しています。"
        case .wrongCount(let expected, let found): return "\(expected) 個必要ですが \(found) 個あります。"
        case .statisticNotOffered(let statistic, let analysis, let offered):
            return "\(analysis.rawValue) では \(statistic.rawValue) を求められません（使えるもの: \(offered.map(\.rawValue).joined(separator: "、"))）。"
        case .requires(let key): return "ここでは \(key) の指定が必要です。"
        case .unknownValue(let value, let allowed):
            return "「\(value)」は使えない値です（使える値: \(allowed.joined(separator: "、"))）。"
        case .tooFewRows(let analysis, let needed, let available):
            return "\(analysis.rawValue) には欠測のない行が少なくとも \(needed) 行必要ですが、データには \(available) 行しか残りません。rows を増やすか missing を減らしてください。"
        }
    }

    /// A problem that leaves some expected answers uncomputed (the rest of the class set is written).
    static func warning(_ error: WorkshopError, _ l: Language) -> String {
        switch error {
        case .analysisFailed(let exercise, let task, let reason):
            return l.pick(ja: "注意: \(exercise) の課題 \(task) の分析が生成データでは計算できないため、正解欄は空です。\(reason.ja)",
                          en: "warning: " + error.description)
        case .figureUndefined(let exercise, let task, let figure, let reason):
            return l.pick(ja: "注意: \(exercise) の課題 \(task) の \(figure) は生成データでは定まらないため、正解欄は空です。\(reason.ja)",
                          en: "warning: " + error.description)
        default:
            return l.pick(ja: "注意: \(error)", en: "warning: \(error)")
        }
    }

    /// A build-time check's finding; with `strict` it is worded as an error.
    static func warning(_ warning: ExerciseWarning, _ l: Language, strict: Bool) -> String {
        let ja: String, en: String
        switch warning {
        case .commentCutsValue(let file, let line, let kept):
            ja = "演習ファイル「\(file)」の \(line) 行目: 値の中の「 #」から後ろは YAML ではコメントとして捨てられ、値は「\(kept)」になります。値全体を引用符（\"…\"）で囲んでください。"
            en = "\(file): line \(line): the text after ' #' is a YAML comment and is dropped, leaving \"\(kept)\"; put the whole value in quotes."
        case .sameForEveryVariant(let figure, let value):
            ja = "項目 \(figure) の正解はすべての受講者で同じ（\(value)）です。隣の人の答えを写しても正解になります。"
            en = "figure \(figure) has the same answer (\(value)) for every participant, so copying a neighbour's answer scores."
        case .pValueRoundsToZero(let figure, let variants, let count, let decimals):
            ja = "項目 \(figure) の P-値は \(count) 人中 \(variants) 人で小数第\(decimals)位まで丸めると 0 になり、理解を確かめられません。decimals を増やすか、有意かどうか（significant）を尋ねてください。"
            en = "figure \(figure): the p-value rounds to 0 at \(decimals) decimals for \(variants) of \(count) participants, so it tests nothing; ask for more decimals or for the decision (significant)."
        case .decisionDiffers(let figure, let yes, let no):
            ja = "項目 \(figure) の有意かどうかの結論は受講者によって異なります（はい \(yes) 人、いいえ \(no) 人）。振り返りで説明を用意してください。"
            en = "figure \(figure): the significance decision differs between participants (yes \(yes), no \(no)); prepare the debrief for both."
        }
        return l.pick(ja: (strict ? "エラー: " : "注意: ") + ja, en: (strict ? "error: " : "warning: ") + en)
    }

    /// One line per graded file for the terminal.
    static func line(for grade: SubmissionGrade, _ l: Language) -> String {
        let name = (grade.file as NSString).lastPathComponent
        switch grade.outcome {
        case .graded(let variant, let figures):
            var ja = "\(name): データ番号 \(variant)、\(grade.correctCount)/\(figures.count) 正解"
            var en = "\(name): data number \(variant), \(grade.correctCount)/\(figures.count) correct"
            if let version = grade.earlierSpec {
                ja += "（配布時の演習ファイル \(version) で採点）"
                en += " (graded against the earlier spec \(version))"
            }
            if let review = grade.dataReview, !review.warnings.isEmpty {
                ja += "（データシートの注意: " + review.warnings.map(DataChangeText.japanese).joined(separator: "、") + "）"
                en += " (data sheet: " + review.warnings.map(DataChangeText.english).joined(separator: "; ") + ")"
            }
            return l.pick(ja: ja, en: en)
        case .unidentified:
            return l.pick(ja: "\(name): 演習のブックとして識別できません（照合コードがありません）",
                          en: "\(name): not an exercise workbook (no identification found)")
        case .otherExercise(let id):
            return l.pick(ja: "\(name): 別の演習 (\(id)) のブックです", en: "\(name): belongs to another exercise (\(id))")
        case .specChanged(let variant):
            return l.pick(ja: "\(name): 配布後に演習ファイルのデータ設定（seed など）が変わったため、データ番号 \(variant) のデータを再現できず採点していません。配布したときの演習ファイルを --earlier-spec で指定してください。",
                          en: "\(name): not graded: the spec's data settings (or seed) changed after handing out, so data number \(variant) cannot be regenerated; give the spec as it was when handed out with --earlier-spec.")
        case .unreadable(let reason):
            // The reason is a whole sentence of the error catalogue that already names the file.
            return reason
        }
    }
}
