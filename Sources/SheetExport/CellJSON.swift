import XLSXReader

/// One cell as a line of the JSON export: `{"address":…,"type":…,"value":…[,"serial":…][,"formula":…]}`.
enum CellJSON {
    static func object(for cell: Cell) -> String {
        var members = ["\"address\":\"\(cell.address.a1)\""]
        switch cell.value {
        case .empty:
            members += ["\"type\":\"empty\"", "\"value\":null"]
        case .number(let number):
            members += ["\"type\":\"number\"", "\"value\":\(CellText.number(number))"]
        case .text(let text):
            members += ["\"type\":\"text\"", "\"value\":\(JSONText.quoted(text))"]
        case .bool(let flag):
            members += ["\"type\":\"bool\"", "\"value\":\(flag)"]
        case .error(let code):
            members += ["\"type\":\"error\"", "\"value\":\(JSONText.quoted(code))"]
        case .date(let date):
            let value = date.isoText.map(JSONText.quoted) ?? "null"
            members += ["\"type\":\"date\"", "\"value\":\(value)", "\"serial\":\(CellText.number(date.serial))"]
        case .duration(let days):
            let value = cell.value.durationText.map(JSONText.quoted) ?? "null"
            members += ["\"type\":\"duration\"", "\"value\":\(value)", "\"serial\":\(CellText.number(days))"]
        case .isoDateTime(let iso):
            members += ["\"type\":\"date\"", "\"value\":\(JSONText.quoted(iso))"]
        }
        if let formula = cell.formula { members.append("\"formula\":\(JSONText.quoted(formula))") }
        return "{" + members.joined(separator: ",") + "}"
    }
}
