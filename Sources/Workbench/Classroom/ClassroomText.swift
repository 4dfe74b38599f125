import Foundation
import Report
import Workshop

/// Words of the classroom pages.
enum ClassroomText {
    static func person(_ participant: ClassRoster.Participant, _ l: Language) -> String {
        let number = l.pick(ja: "\(participant.number) 番", en: "No. \(participant.number)")
        return participant.name.map { "\(number) \($0)" } ?? number
    }

    static func mark(_ status: GradeStatus) -> String {
        switch status {
        case .correct: return "○"
        case .incorrect: return "×"
        case .blank: return "−"
        case .unreadable: return "?"
        case .noKey: return "－"
        }
    }

    static func status(_ status: GradeStatus, _ l: Language) -> String {
        switch status {
        case .correct: return l.pick(ja: "正解", en: "correct")
        case .incorrect: return l.pick(ja: "不正解", en: "wrong")
        case .blank: return l.pick(ja: "未回答", en: "blank")
        case .unreadable: return l.pick(ja: "数値または はい/いいえ として読めません", en: "not readable as a number or yes/no")
        case .noKey: return l.pick(ja: "採点しない項目", en: "not graded")
        }
    }

    static func given(_ answer: ParsedAnswer, _ l: Language) -> String {
        switch answer {
        case .blank: return ""
        case .number(let value): return NumberTextShort.format(value)
        case .decision(let yes): return yes ? l.pick(ja: "はい", en: "yes") : l.pick(ja: "いいえ", en: "no")
        case .unreadable(let text): return text
        }
    }

    static func expected(_ value: AnswerValue?, decimals: Int?, _ l: Language) -> String {
        switch value {
        case .number(let number)?:
            return decimals.map { String(format: "%.\($0)f", number) } ?? NumberTextShort.format(number)
        case .decision(let yes)?: return yes ? l.pick(ja: "はい", en: "yes") : l.pick(ja: "いいえ", en: "no")
        case nil: return "－"
        }
    }

    /// The likely cause of a wrong answer: Workshop's Japanese sentence, or its English here (the grade
    /// workbook is Japanese only, the page follows the participant's language). Neither names the
    /// expected value.
    static func slip(_ slip: Slip, _ l: Language) -> String {
        guard l == .en else { return slip.japanese }
        switch slip {
        case .adjustedRSquared: return "This is the adjusted R²; R Square is one row above it in Regression Statistics."
        case .plainRSquared: return "This is R Square; the adjusted R² is one row below it."
        case .otherTerm(let term): return "This is the value of \(term); check that you read the right row."
        case .percent: return "This is a percentage; type a p-value as a decimal between 0 and 1 (such as 0.0123)."
        case .otherTail: return "This is the one-tailed p-value where the two-tailed one is asked, or the reverse."
        case .droppedMessyRows:
            return "This comes from deleting the rows with full-width digits or units instead of converting them; delete only the blank rows."
        case .truncated: return "This is cut off; round to the decimals asked for."
        case .unclusteredError:
            return "This p-value ignores that the same units repeat (classical or HC1 error); read the cluster-robust (--unit) row."
        case .reversedDifference: return "The difference is the wrong way round; take (change of the treated) − (change of the comparison)."
        }
    }

    /// How an answer is to be rounded, said the way the exercise sheet says it.
    static func rounding(_ decimals: Int?, _ l: Language) -> String {
        guard let decimals else { return "" }
        return decimals == 0 ? l.pick(ja: "整数に四捨五入", en: "rounded to a whole number")
            : l.pick(ja: "小数第 \(decimals) 位まで（四捨五入）", en: "rounded to \(decimals) decimals")
    }
}

/// Numbers as a person types them (no trailing zeros).
enum NumberTextShort {
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        // A p-value typed in full (0.000000000012) would show as "0": below 0.0001 it is shown as Excel shows
        // such numbers, 1.20E-11.
        if abs(value) < 1e-4 || abs(value) >= 1e15 { return String(format: "%.2E", value) }
        var text = String(format: "%.10f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
