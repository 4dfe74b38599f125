import XLSXReader

/// One cell as a line of the JSON export, keys sorted as in every Bunseki JSON:
/// `{"address":…[,"formula":…][,"serial":…],"type":…,"value":…}`.
enum CellJSON {
    static func object(for cell: Cell) -> String {
        let members: [String]
        switch cell.value {
        case .empty:
            members = ["\"type\":\"empty\"", "\"value\":null"]
        case .number(let number):
            members = ["\"type\":\"number\"", "\"value\":\(CellText.number(number))"]
        case .text(let text):
            members = ["\"type\":\"text\"", "\"value\":\(JSONText.quoted(text))"]
        case .bool(let flag):
            members = ["\"type\":\"bool\"", "\"value\":\(flag)"]
        case .error(let code):
            members = ["\"type\":\"error\"", "\"value\":\(JSONText.quoted(code))"]
        case .date(let date):
            let value = date.isoText.map(JSONText.quoted) ?? "null"
            members = ["\"type\":\"date\"", "\"value\":\(value)", "\"serial\":\(CellText.number(date.serial))"]
        case .duration(let days):
            let value = cell.value.durationText.map(JSONText.quoted) ?? "null"
            members = ["\"type\":\"duration\"", "\"value\":\(value)", "\"serial\":\(CellText.number(days))"]
        case .isoDateTime(let iso):
            members = ["\"type\":\"date\"", "\"value\":\(JSONText.quoted(iso))"]
        }
        let formula = cell.formula.map { ["\"formula\":\(JSONText.quoted($0))"] } ?? []
        return "{\"address\":\"\(cell.address.a1)\"," + (formula + members.sorted()).joined(separator: ",") + "}"
    }
}
