// CSV read benchmark: `generate DIR` writes a 1,000,000-row × 10-column file in UTF-8 and in Shift_JIS;
// `read FILE` reads one back, typing every field, and prints the time of each step.
// Built by Benchmarks/csv together with the CSVReader sources as one optimised module.
import Foundation

func generate(rows: Int) -> String {
    var text = "番号,所属,年齢,残業,件数,a,b,c,日付,メモ\n"
    text.reserveCapacity(rows * 64)
    let departments = ["総務課", "税務課", "①福祉課", "髙﨑支所"]
    for row in 1...rows {
        let value = Double(row % 9973) / 7
        text += "\(row),\(departments[row % 4]),\(20 + row % 45),\(value),\(row % 300),\(row % 7),"
        text += "\(value * 2),\(row % 11),2024/4/\(1 + row % 28),\"メモ,\(row)\"\n"
    }
    return text
}

func read(path: String) throws {
    let start = Date()
    let file = try CSVFile(path: path)
    let decoded = Date()
    var cursor = file.records()
    var records = 0, numbers = 0, dates = 0
    while let record = try cursor.next() {
        records += 1
        for field in record.fields {
            if NumberField.number(from: field.text) != nil {
                numbers += 1
            } else if DateField.date(from: field.text) != nil {
                dates += 1
            }
        }
    }
    let end = Date()
    print(String(format: "%@: %@, read+decode %.2f s, parse+type %.2f s, %d records, %d numbers, %d dates",
                 file.name, file.encoding.rawValue, decoded.timeIntervalSince(start),
                 end.timeIntervalSince(decoded), records, numbers, dates))
}

let arguments = CommandLine.arguments
switch arguments.count == 3 ? arguments[1] : "" {
case "generate":
    let text = generate(rows: 1_000_000)
    try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[2] + "/bench-utf8.csv"))
    try Data(try TextEncoder.encode(text, as: .shiftJIS)).write(to: URL(fileURLWithPath: arguments[2] + "/bench-sjis.csv"))
case "read":
    try read(path: arguments[2])
default:
    print("usage: bench-csv generate DIR | read FILE")
}
