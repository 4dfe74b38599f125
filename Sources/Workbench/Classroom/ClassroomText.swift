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
        var text = String(format: "%.10f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
