/// What a column's values add up to, counted while they are appended: how many of each kind (which
/// settles the column's type) and the cells that are issues whatever that type turns out to be (error
/// values, number-like text). `Column` then needs no pass over its values unless some of them are of a
/// kind that does not fit the type — a rare column, since most hold one kind.
struct ColumnTally: Sendable {
    /// An issue known at append time: the value's position in the column and what is wrong with it.
    struct Finding: Sendable {
        let position: Int
        let kind: CellIssue.Kind
    }

    private var numbers = 0
    private var texts = 0
    private var dates = 0
    private var durations = 0
    private var bools = 0
    private var errors = 0
    /// Texts that read as numbers; they are issues of their own, never type mismatches.
    private var numberLikeTexts = 0
    /// Number-like texts whose unit names a band or a bound (`20代`, `60代以上`, `65歳未満`): labels of a category.
    private var bandLabels = 0
    /// Words that make a number-like text a band label rather than a measurement with its unit.
    static let bandWords = ["代", "以上", "以下", "未満", "超"]
    /// Statistical symbols (`－`, `…`, `x`): missing values written as text, so they do not make a column text.
    private var symbols = 0
    /// Error values and number-like text, in row order.
    private(set) var findings: [Finding] = []

    /// Counts a value of `kind` (nil for an empty cell) appended at `position`; `reading` is how its text
    /// reads as a number, if it does.
    mutating func count(_ kind: ColumnType?, at position: Int, reading: TextConversion?) {
        switch kind {
        case nil, .empty: return
        case .number: numbers += 1
        case .date: dates += 1
        case .duration: durations += 1
        case .bool: bools += 1
        case .error:
            errors += 1
            findings.append(Finding(position: position, kind: .errorValue))
        case .text:
            switch reading {
            case nil:
                texts += 1
            case .number(let number):
                texts += 1
                numberLikeTexts += 1
                if let unit = number.unit, Self.bandWords.contains(where: { unit.contains($0) }) { bandLabels += 1 }
                findings.append(Finding(position: position, kind: .numberLikeText(number)))
            case .date(let date):
                // Counted as a date, so that a column of dates some of which were typed as text is a date column.
                dates += 1
                findings.append(Finding(position: position, kind: .dateText(date)))
            case .symbol(let symbol):
                symbols += 1
                findings.append(Finding(position: position, kind: .statisticalSymbol(symbol)))
            }
        }
    }

    /// Values other than empty cells.
    var nonEmpty: Int { numbers + texts + dates + durations + bools + errors + symbols }

    /// The most common kind, ignoring errors; ties go to the kind listed first in `ColumnType` (number before
    /// text), so analysis sees numbers. `.empty` when there are no values.
    var majority: ColumnType {
        var type = ColumnType.empty
        var most = 0
        for (kind, count) in [(ColumnType.number, numbers), (.text, texts), (.date, dates), (.duration, durations), (.bool, bools)]
        where count > most {
            (type, most) = (kind, count)
        }
        return type
    }

    /// Whether the column's texts are category labels, so that its number-like texts are labels too and not cells to
    /// convert: most texts do not read as numbers (`2課` among `総務課`, `税務課`), or every number-like text names a band
    /// (`20代以下`, `30代`, `60代以上`). Converting them would turn 年代 into ages; advising it would be harmful.
    var isCategoryLabels: Bool {
        numberLikeTexts > 0 && (texts - numberLikeTexts > numberLikeTexts || bandLabels == numberLikeTexts)
    }

    /// Whether some value is of a kind other than `type` and is not already a finding.
    func hasMismatches(for type: ColumnType) -> Bool {
        let misfits = [(ColumnType.number, numbers), (.text, texts - numberLikeTexts), (.date, dates),
                       (.duration, durations), (.bool, bools)]
        return misfits.contains { $0.0 != type && $0.1 > 0 }
    }
}
