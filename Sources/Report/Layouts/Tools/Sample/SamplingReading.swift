// The sentences of the Reading / 解釈 sheet for Sampling, in both languages: the one place to fix
// their wording.

/// What a sample is (method, period or seed, n of N, drawn with replacement as the ToolPak does) and
/// how to redo it in Excel.
struct SamplingReading {
    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    /// `data` holds the N present values the sample of `sampleCount` was taken from.
    init(language: Language, name: String, data: CellRange, method: SamplingMethod, sampleCount n: Int) {
        let total = data.rowCount
        let range = data.reference()
        switch method {
        case .periodic(let period):
            findings.append(Self.periodic(name: name, period: period, n: n, of: total, language))
            findings.append(Self.periodicInExcel(range: range, period: period, n: n, language))
            warnings.append(Self.periodicCycle(period: period, language))
        case .random(_, let seed):
            findings.append(Self.random(name: name, n: n, of: total, seed: seed, language))
            findings.append(Self.randomInExcel(range: range, n: n, of: total, language))
            warnings.append(Self.excelCannotReproduce(seed: seed, language))
            warnings.append(Self.withoutReplacement(n: n, language))
        }
    }

    private static func periodic(name: String, period: Int, n: Int, of total: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(name): periodic sampling with period \(period) took \(n) of the \(total) values, those at positions \(period), \(2 * period), \(3 * period), … (blank cells skipped), as the ToolPak's Periodic method does."
        case .ja: return "\(name): 周期 \(period) のサンプリングで、\(total) 個の値から \(period)、\(2 * period)、\(3 * period)、… 番目 (空欄は除く) の \(n) 個を取り出しました (分析ツールの「周期」と同じ)。"
        }
    }

    private static func periodicInExcel(range: String, period: Int, n: Int, _ language: Language) -> String {
        switch language {
        case .en: return "To redo it in Excel, enter =INDEX(\(range),\(period)*ROW(A1)) and fill it down \(n) rows; the sampling sheet holds the same INDEX formulas."
        case .ja: return "Excel で同じ標本を作るには =INDEX(\(range),\(period)*ROW(A1)) と入力し、\(n) 行下へコピーします。サンプリングのシートにも同じ INDEX の式が入っています。"
        }
    }

    private static func periodicCycle(period: Int, _ language: Language) -> String {
        switch language {
        case .en: return "A periodic sample represents the data only if their order has no cycle of length \(period) (such as weekdays in daily figures)."
        case .ja: return "周期によるサンプリングは、データの並びに長さ \(period) の周期 (日別データの曜日など) がない場合にだけ全体を代表します。"
        }
    }

    private static func random(name: String, n: Int, of total: Int, seed: UInt64, _ language: Language) -> String {
        switch language {
        case .en: return "\(name): \(n) values drawn at random from the \(total) values with replacement, as the ToolPak's Random method does: every draw picks any of the \(total) with equal chance, so a value can be drawn more than once. Seed \(seed), generator xoshiro256** seeded through SplitMix64."
        case .ja: return "\(name): \(total) 個の値から \(n) 個を無作為に復元抽出しました (分析ツールの「ランダム」と同じ)。毎回 \(total) 個のどれもが同じ確率で選ばれるため、同じ値が 2 回以上選ばれることがあります。シード \(seed)、生成器は xoshiro256** (SplitMix64 で初期化) です。"
        }
    }

    private static func randomInExcel(range: String, n: Int, of total: Int, _ language: Language) -> String {
        switch language {
        case .en: return "To draw the same way in Excel: =INDEX(\(range),RANDARRAY(\(n),1,1,\(total),TRUE)) (Microsoft 365, Excel 2021), or =INDEX(\(range),RANDBETWEEN(1,\(total))) filled down \(n) rows."
        case .ja: return "Excel で同じ方法で抽出するには =INDEX(\(range),RANDARRAY(\(n),1,1,\(total),TRUE)) (Microsoft 365、Excel 2021)、または =INDEX(\(range),RANDBETWEEN(1,\(total))) を \(n) 行下へコピーします。"
        }
    }

    private static func excelCannotReproduce(seed: UInt64, _ language: Language) -> String {
        switch language {
        case .en: return "Excel's RAND, RANDBETWEEN and RANDARRAY cannot take a seed: they draw a new sample at every recalculation and never this one. Run bunseki sample with --seed \(seed) to get this sample again."
        case .ja: return "Excel の RAND、RANDBETWEEN、RANDARRAY にはシードを指定できず、再計算のたびに別の標本になり、この標本は再現できません。同じ標本が必要なら bunseki sample を --seed \(seed) で実行してください。"
        }
    }

    private static func withoutReplacement(n: Int, _ language: Language) -> String {
        switch language {
        case .en: return "To choose \(n) different rows instead (e.g. survey respondents), add a column of =RAND(), sort by it and take the first \(n) rows."
        case .ja: return "異なる \(n) 行を選びたい場合 (調査の対象者など) は、=RAND() の列を追加して並べ替え、先頭の \(n) 行を使ってください。"
        }
    }
}
