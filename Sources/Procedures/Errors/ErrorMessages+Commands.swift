import Analysis
import Foundation
import Report

// The sentences for the commands' own refusals (options, settings, random parameters) and for the analyses'
// errors: the second half of the one ja/en error catalogue begun in ErrorMessages.swift.
extension ErrorMessages {
    package static func cli(_ error: ProcedureError, _ l: Language) -> String {
        switch error {
        case .missingSetting(let option):
            l.pick(ja: "\(option) を指定してください。この分析に必要です。", en: "Give \(option); this analysis needs it.")
        case .notANumber(let option, let text):
            l.pick(ja: "\(option)「\(text)」は数値として読めません。0.05 や 3 のように半角の数字で指定してください。",
                   en: "\(option) '\(text)' is not a number; give digits such as 0.05 or 3.")
        case .notAChoice(let option, let text, let choices):
            l.pick(ja: "\(option)「\(text)」は選べません。\(choices.joined(separator: "、")) のどれかを指定してください。",
                   en: "\(option) '\(text)' is not one of the choices; give one of \(choices.joined(separator: ", ")).")
        case .inputMissing(let file):
            l.pick(ja: "ファイル「\(file)」が見つかりません。パスとファイル名を確認してください。",
                   en: "There is no file '\(file)'; check the path and the file name.")
        case .inputIsFolder(let file):
            l.pick(ja: "「\(file)」はフォルダーです。分析するファイル (.xlsx または .csv) を指定してください。",
                   en: "'\(file)' is a folder; name the file (.xlsx or .csv) to analyse.")
        case .inputUnreadable(let file):
            l.pick(ja: "ファイル「\(file)」を読む権限がありません。アクセス権を確認してください。",
                   en: "The file '\(file)' may not be read; check its permissions.")
        case .headerRowBelowOne(let row):
            l.pick(ja: "--header-row \(row) は使えません。見出しのある行の番号を、シートの行番号 (1 から) で指定してください。",
                   en: "--header-row \(row) cannot be used; give the sheet's row number (from 1) of the header row.")
        case .invalidRange(let text):
            l.pick(ja: "--range「\(text)」は範囲として読めません。A4:F40 のように左上と右下のセルをコロンでつないでください。",
                   en: "--range '\(text)' is not a range; give the top-left and bottom-right cells joined by a colon, such as A4:F40.")
        case .noWorksheet(let file):
            l.pick(ja: "「\(name(file))」には読めるワークシートがありません。", en: "'\(name(file))' has no worksheet to read.")
        case .outputFailed(let detail):
            l.pick(ja: "結果を出力できませんでした (\(detail))。", en: "Could not write the output (\(detail)).")
        case .numberLikeText(let file, let sheet, let cell, let text, let count):
            l.pick(ja: "\(name(file))、シート \(sheet)、\(cell): 「\(text)」は数値ではなく文字列です (このようなセルは \(count) 個)。セルを数値に直すか、--coerce-numbers を付けて数値に変換してください。",
                   en: "\(name(file)), sheet \(sheet), \(cell): \"\(text)\" is text, not a number (\(count) such cells); fix the cells or add --coerce-numbers to convert them.")
        case .textColumnHistogram(let file, let sheet, let column):
            l.pick(ja: "\(name(file))、シート \(sheet): 列「\(column)」は文字の列なので、区間に分けられません。項目ごとの件数を多い順に数えるには --pareto を付けてください (グループごとの集計は groups、2 つの列の組み合わせは crosstab で数えられます)。",
                   en: "\(name(file)), sheet \(sheet): column '\(column)' holds text, which has no bins; add --pareto to count its categories, largest first (groups summarises by group, crosstab counts two columns together).")
        case .noNumbers(let file, let sheet, let column):
            l.pick(ja: "\(name(file))、シート \(sheet): 列「\(column)」に数値がありません。",
                   en: "\(name(file)), sheet \(sheet): column '\(column)' holds no numbers.")
        case .textColumn(let file, let sheet, let column, let values, let distinct, let response, let identifier):
            textColumn(file: file, sheet: sheet, column: column, values: values, distinct: distinct, response: response,
                       identifier: identifier, l)
        case .noNumberColumns(let file, let sheet):
            l.pick(ja: "\(name(file))、シート \(sheet): 数値の列がありません。--columns で列を指定するか、--header-row で見出しの行を確認してください。",
                   en: "\(name(file)), sheet \(sheet): no column holds numbers; name columns with --columns or check the header row with --header-row.")
        case .nothingToSummarise(let file, let sheet):
            l.pick(ja: "\(name(file))、シート \(sheet): 見出しの下に数値や文字列の入った列がありません。",
                   en: "\(name(file)), sheet \(sheet): no column holds numbers or text below the header.")
        case .confidencePercent(let given):
            l.pick(ja: "--confidence \(number(given)) は使えません。信頼度は 95 のようにパーセントで (1 より大きく 100 より小さい数) 指定してください。",
                   en: "--confidence \(number(given)) cannot be used; give the confidence level in percent, such as 95 (above 1, below 100).")
        case .optionOutOfRange(let option, let given, let range):
            l.pick(ja: "\(option) \(number(given)) は使えません。\(allowed(range, l))を指定してください。",
                   en: "\(option) \(number(given)) cannot be used; give \(allowed(range, l)).")
        case .invalidBinEdge(let text):
            l.pick(ja: "区間の上限「\(text)」は数値ではありません。--bins には 10,20,30 のように数値をカンマで区切って指定してください。",
                   en: "The bin edge \"\(text)\" is not a number; give --bins as numbers separated by commas, such as 10,20,30.")
        case .separation(let outcome, let terms):
            l.pick(ja: "「\(outcome)」の 0 と 1 が \(terms.joined(separator: "、")) で (ほぼ) 完全に分かれるため、係数が無限大に発散し、ロジスティック回帰を推定できません。その説明変数を外すか、データを見直してください。",
                   en: "The 0s and 1s of '\(outcome)' are (almost) perfectly split by \(terms.joined(separator: ", ")), so the coefficients diverge and the logistic regression cannot be estimated; drop that predictor or review the data.")
        case .smoothingMethodChoice:
            l.pick(ja: "--moving-average 3 (区間) か --exponential 0.3 (平滑化定数 α) のどちらか一方を指定してください。",
                   en: "Give exactly one of --moving-average 3 (the interval) or --exponential 0.3 (the smoothing constant α).")
        case .invalidNumberList(let option, let text):
            l.pick(ja: "\(option) の「\(text)」は数値ではありません。1,2,3 のように数値をカンマで区切って指定してください。",
                   en: "\(option): \"\(text)\" is not a number; give numbers separated by commas, such as 1,2,3.")
        case .samplingMethodChoice:
            l.pick(ja: "--periodic 5 (周期) か --random 10 (標本数) のどちらか一方を指定してください。",
                   en: "Give exactly one of --periodic 5 (the period) or --random 10 (the number of samples).")
        case .replicationRows(let file, let sheet, let rows, let replicates):
            l.pick(ja: "\(name(file))、シート \(sheet): データが \(rows) 行あり、1 標本あたりの行数 \(replicates) で割り切れません。各標本を同じ行数にそろえてください。",
                   en: "\(name(file)), sheet \(sheet): the \(rows) data rows do not divide into samples of \(replicates) rows; give every sample the same number of rows.")
        case .blankInReplication(let file, let sheet, let column, let row):
            l.pick(ja: "\(name(file))、シート \(sheet): 列「\(column)」の \(row) 行目が空欄です。繰り返しのある二元配置では全セルに値が必要です。",
                   en: "\(name(file)), sheet \(sheet): column '\(column)' is blank in row \(row); two-factor ANOVA with replication needs every cell filled.")
        case .oneWayLayoutChoice:
            l.pick(ja: "--columns A,B,C (群ごとの列) か、--value 値の列と --group 群の列 (1 行 1 件) のどちらか一方を指定してください。",
                   en: "Give either --columns A,B,C (one column per group) or both --value and --group.")
        case .pairedWithEqualVariances:
            l.pick(ja: "--paired (一対の標本) と --equal-variances (等分散を仮定した 2 標本) は別の検定です。どちらか一方を指定してください。",
                   en: "--paired and --equal-variances name two different tests; give only one of them.")
        case .twoFactorLayoutChoice:
            l.pick(ja: "--columns A,B,C (水準ごとの列、分析ツールの形式) か、--value 値の列 --factors 要因1,要因2 (1 行 1 件の形式) のどちらか一方を指定してください。--row-labels と --replication は --columns とだけ使えます。",
                   en: "Give either --columns A,B,C (one column per level, the ToolPak's layout) or --value COLUMN with --factors A,B (one row per case); --row-labels and --replication go with --columns only.")
        case .factorCount(let given):
            l.pick(ja: "--factors には要因の列をちょうど 2 つ指定してください (指定: \(given.joined(separator: "、")))。",
                   en: "--factors needs exactly two category columns (given: \(given.joined(separator: ", "))).")
        case .groupingColumnCount(let given):
            l.pick(ja: "--by には分類に使う列を 1 つか 2 つ指定してください (指定: \(given.joined(separator: "、")))。",
                   en: "--by needs one or two columns to group by (given: \(given.joined(separator: ", "))).")
        case .sameColumnTwice(let column, let options):
            l.pick(ja: "\(options.joined(separator: " と ")) に同じ列「\(column)」が 2 回指定されています。別々の列を指定してください。",
                   en: "\(options.joined(separator: " and ")) name the column '\(column)' twice; give two different columns.")
        case .orderSyntax(let text):
            l.pick(ja: "--order「\(text)」は読めません。--order 所属=企画課,総務課,税務課 のように、列名と = のあとに区分を並べたい順にカンマで区切って指定してください。",
                   en: "--order '\(text)' cannot be read; give the column, =, and its categories in the order wanted, separated by commas, such as --order 所属=企画課,総務課,税務課.")
        case .unknownOrderLevel(let file, let sheet, let column, let level, let levels):
            l.pick(ja: "\(place(file, sheet, l)): --order の「\(level)」は列「\(column)」にありません。ある区分: \(listed(levels, l))。",
                   en: "\(place(file, sheet, l)): column '\(column)' holds no '\(level)' (--order); it holds: \(listed(levels, l)).")
        case .polynomialPredictor(let given):
            l.pick(ja: "--degree (多項式の次数) は --x に数値の列を 1 つだけ指定したときに使えます (指定: \(given.joined(separator: "、")))。",
                   en: "--degree (the polynomial's degree) needs exactly one number column as --x (given: \(given.joined(separator: ", "))).")
        }
    }

    /// Levels in a sentence: the first 20, then how many more, so an ID column does not fill the screen.
    private static func listed(_ levels: [String], _ l: Language) -> String {
        let shown = levels.prefix(20).joined(separator: l.pick(ja: "、", en: ", "))
        guard levels.count > 20 else { return shown }
        return l.pick(ja: "\(shown) ほか \(levels.count - 20) 個", en: "\(shown) and \(levels.count - 20) more")
    }

    private static func allowed(_ range: ParameterRequirement, _ l: Language) -> String {
        switch range {
        case .finite: l.pick(ja: "有限の数", en: "a finite number")
        case .probability: l.pick(ja: "0 より大きく 1 より小さい数 (0.05 など)", en: "a number above 0 and below 1, such as 0.05")
        case .positive: l.pick(ja: "0 より大きい数", en: "a number above 0")
        case .atLeast(let least): l.pick(ja: "\(least) 以上の整数", en: "a whole number of \(least) or more")
        case .between(let lower, let upper):
            l.pick(ja: "\(lower) 以上 \(upper) 以下の整数", en: "a whole number from \(lower) to \(upper)")
        case .above(let bound):
            l.pick(ja: "\(number(bound)) より大きい数", en: "a number above \(number(bound))")
        }
    }

    /// A whole number in full (a count of 2000001 stays exact), anything else to six significant digits.
    private static func number(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%g", value)
    }

    /// The samplers name their parameters as `random` names its options (`sd` is `--sd`), so a message
    /// can give the option as the user typed it.
    package static func randomParameter(_ error: RandomParameterError, _ l: Language) -> String {
        switch error {
        case .notFinite(let parameter, let value):
            l.pick(ja: "--\(parameter) \(number(value)) は有限の数ではありません。", en: "--\(parameter) \(number(value)) is not a finite number.")
        case .negative(let parameter, let value):
            l.pick(ja: "--\(parameter) \(number(value)) は使えません。0 以上の数を指定してください。",
                   en: "--\(parameter) \(number(value)) cannot be used; give a number of 0 or more.")
        case .notPositive(let parameter, let value):
            l.pick(ja: "--\(parameter) \(number(value)) は使えません。0 より大きい数を指定してください。",
                   en: "--\(parameter) \(number(value)) cannot be used; give a number above 0.")
        case .tooLarge(let parameter, let value, let limit):
            l.pick(ja: "--\(parameter) \(number(value)) は上限 \(number(limit)) を超えています。",
                   en: "--\(parameter) \(number(value)) exceeds the limit \(number(limit)).")
        case .patternTooLong(let length, let limit):
            l.pick(ja: "パターンが \(number(length)) 個の値になり、上限 \(number(limit)) 個を超えています。",
                   en: "The pattern would hold \(number(length)) values, more than the limit of \(number(limit)).")
        case .emptyRange(let lower, let upper):
            l.pick(ja: "範囲の下限 \(number(lower)) が上限 \(number(upper)) を超えています。",
                   en: "The lower bound \(number(lower)) lies above the upper bound \(number(upper)).")
        case .invalidWeights(let weights):
            l.pick(ja: "重み \(weights) は使えません (値と同じ個数の 0 以上の数で、合計が正)。",
                   en: "The weights \(weights) cannot be used (as many as the values, none negative, a positive sum).")
        case .probabilityOutOfRange(let p):
            l.pick(ja: "確率 \(p) は 0 から 1 の範囲にありません。", en: "The probability \(p) is not between 0 and 1.")
        }
    }

    package static func analysis(_ error: AnalysisError, _ l: Language) -> String {
        switch error {
        case .tooFewObservations(let shortProcedure, let needed, let found):
            l.pick(ja: "\(procedure(shortProcedure, l))には少なくとも \(needed) 件の完全なデータが必要ですが、\(found) 件しかありません。",
                   en: "Too few complete observations for \(procedure(shortProcedure, l)): it needs at least \(needed), there are \(found).")
        case .invalidParameter(let name, let value, let requirement):
            l.pick(ja: "設定 \(name) = \(number(value)) は使えません。\(allowed(requirement, l))である必要があります。",
                   en: "The setting \(name) = \(number(value)) cannot be used; it must be \(allowed(requirement, l)).")
        case .lengthMismatch(let variable, let expected, let found):
            l.pick(ja: "列「\(variable)」の値の数 (\(found)) が他の列 (\(expected)) と合いません。",
                   en: "Column '\(variable)' has \(found) values where the others have \(expected).")
        case .nonFiniteValue(let variable, let index):
            l.pick(ja: "列「\(variable)」の \(index + 1) 番目の値が有限の数ではありません。",
                   en: "Value \(index + 1) of column '\(variable)' is not a finite number.")
        case .unknownVariable(let name):
            l.pick(ja: "列「\(name)」がありません。", en: "There is no column '\(name)'.")
        case .singleCategory(let variable, let level):
            l.pick(ja: "列「\(variable)」には区分が 1 つ (\(level ?? "なし")) しかないため、説明変数にできません。",
                   en: "Column '\(variable)' has only one category (\(level ?? "none")), so it cannot be a predictor.")
        case .tooManyCategories(let variable, let levels, let limit):
            l.pick(ja: "列「\(variable)」には区分が \(levels) 個あり、説明変数にできる上限 \(limit) 個を超えています。ID や氏名の列を選んでいないか確認してください。",
                   en: "Column '\(variable)' has \(levels) categories, more than the \(limit) a predictor may have; check that it is not an ID or name column.")
        case .unknownCategory(let variable, let level, let levels):
            l.pick(ja: "列「\(variable)」に区分「\(level)」はありません。ある区分: \(levels.joined(separator: "、"))。",
                   en: "Column '\(variable)' has no category '\(level)'; its categories are: \(levels.joined(separator: ", ")).")
        case .notZeroOrOne(let variable, let row, let value):
            l.pick(ja: "列「\(variable)」の \(row) 行目の値 \(number(value)) は 0 でも 1 でもありません。",
                   en: "Row \(row) of column '\(variable)' holds \(number(value)), which is neither 0 nor 1.")
        case .oneOutcomeOnly(let variable, let value):
            l.pick(ja: "列「\(variable)」は分析する行ですべて \(number(value)) のため、ロジスティック回帰を推定できません (0 と 1 の両方が必要です)。",
                   en: "Column '\(variable)' is \(number(value)) on every row analysed, so no logistic regression can be fitted (it needs both 0 and 1).")
        case .redundantPredictor(let variable):
            l.pick(ja: "列「\(variable)」は定数か、他の説明変数の組み合わせで表せるため、係数を推定できません。この列を外してください。",
                   en: "Column '\(variable)' is constant or a combination of the other predictors, so its coefficient cannot be estimated; leave it out.")
        case .notBinary(let variable, let levels):
            l.pick(ja: "列「\(variable)」は「はい/いいえ」のような 2 つの値の列ではありません (値: \(levels.joined(separator: "、")))。",
                   en: "Column '\(variable)' is not a yes/no column of two values (it holds: \(levels.joined(separator: ", "))).")
        case .eventNotRecognised(let variable, let levels):
            l.pick(ja: "列「\(variable)」の \(levels.joined(separator: "、")) のどちらを「はい」(1) とするか分かりません。--event \(levels.first ?? "") のように指定してください。",
                   en: "Which of \(levels.joined(separator: ", ")) in column '\(variable)' is the event (1)? Name it, e.g. --event \(levels.first ?? "").")
        case .emptyCell(let first, let firstLevel, let second, let secondLevel):
            l.pick(ja: "「\(first)」が「\(firstLevel)」で「\(second)」が「\(secondLevel)」の行がないため、交互作用を推定できません。データを補うか、--no-interaction を付けて交互作用のないモデルにしてください。",
                   en: "No row has '\(first)' = '\(firstLevel)' with '\(second)' = '\(secondLevel)', so the interaction cannot be estimated; add data for that combination or use --no-interaction.")
        case .confoundedFactors(let first, let second):
            l.pick(ja: "「\(first)」と「\(second)」の水準の組み合わせが偏っているため、二つの要因の効果を分けられません。",
                   en: "The levels of '\(first)' and '\(second)' occur together so that the effects of the two factors cannot be told apart.")
        }
    }
}

extension ErrorMessages {
    /// A text column where numbers are needed, and the tool that takes it as it is: `logistic` for a two-valued
    /// response, `crosstab` to count its values, `groups` (or a test's `--group`) to compare numbers by it.
    static func textColumn(file: String, sheet: String, column: String, values: [String], distinct: Int, response: Bool,
                           identifier: Bool, _ l: Language) -> String {
        // An ID or name column has nothing to count or group by: advice to crosstab it would mislead.
        if identifier {
            return l.pick(ja: "\(name(file))、シート \(sheet): 列「\(column)」は値がすべて異なる識別子 (ID・番号・氏名など) の列で、数値がありません。数値の列を指定してください。",
                          en: "\(name(file)), sheet \(sheet): column '\(column)' is an identifier (every value differs: an ID, number or name) and holds no numbers; choose a number column.")
        }
        let shownJa = values.joined(separator: "、") + (distinct > values.count ? " 他 \(distinct - values.count) 種類" : "")
        let shownEn = values.joined(separator: ", ") + (distinct > values.count ? " and \(distinct - values.count) more" : "")
        let placeJa = "\(name(file))、シート \(sheet): 列「\(column)」は文字列の列で (\(shownJa))、数値がありません。"
        let placeEn = "\(name(file)), sheet \(sheet): column '\(column)' is a text column (\(shownEn)) and holds no numbers"
        if response && distinct == 2 {
            return l.pick(ja: placeJa + "\(values.joined(separator: "/")) のような 2 つの値の結果を説明するには logistic (ロジスティック回帰) を使ってください。",
                          en: placeEn + "; to explain a two-valued outcome such as \(values.joined(separator: "/")), use logistic (logistic regression).")
        }
        return l.pick(ja: placeJa + "値ごとの件数は crosstab で数え、数値の列をこの列のグループ別に比べるには groups を使うか、検定の --group にこの列を指定してください。",
                      en: placeEn + "; count its values with crosstab, and to compare a number column by its groups use groups or give this column as a test's --group.")
    }
}
