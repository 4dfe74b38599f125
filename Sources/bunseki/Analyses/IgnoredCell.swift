import Tabular

/// A cell of an analysed column that was not a number and so counted as missing.
struct IgnoredCell: Encodable {
    let cell: String
    let text: String

    init(_ issue: CellIssue) {
        cell = issue.address.a1
        text = issue.text
    }
}

/// `--columns A,B,C` / `--x A,B`: names separated by commas (also the Japanese 、 and full-width ，).
enum ColumnList {
    static func split(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
