import CSVReader

/// What a text cell means when read by Japanese statistical-table conventions: a number written for people
/// (`１２`, `1,234`, `▲56`, `85.5%`, `12時間`), a statistical symbol standing for a missing value (`－`, `…`,
/// `x`, `*`), or a date typed as text (`令和6年4月1日`, `R6.4.2`). Analyses convert these only when asked
/// (`TableOptions.coerceNumbers`); `tidy` always does, listing each cell.
public enum TextConversion: Sendable, Hashable {
    case number(NumberLikeText)
    case symbol(StatisticalSymbol)
    case date(CivilDate)

    /// How `text` reads, or nil for ordinary text.
    public init?(_ text: String) {
        if let reading = NumberLikeText(text) {
            self = .number(reading)
        } else if let symbol = StatisticalSymbol(text) {
            self = .symbol(symbol)
        } else if let date = TextDate.date(from: text) {
            self = .date(date)
        } else {
            return nil
        }
    }
}
