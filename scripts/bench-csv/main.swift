// Measures CSV reading on a generated 1,000,000-row × 10-column file, UTF-8 and Shift_JIS.
// Built by scripts/bench-csv.sh together with the CSVReader sources as one optimised module.
import Foundation

func generate(rows: Int) -> String {
    var text = "番号,所属,年齢,残業,件数,a,b,c,d,メモ\n"
    text.reserveCapacity(rows * 64)
    let departments = ["総務課", "税務課", "①福祉課", "髙﨑支所"]
    for row in 1...rows {
        let value = Double(row % 9973) / 7
        text += "\(row),\(departments[row % 4]),\(20 + row % 45),\(value),\(row % 300),\(row % 7),"
        text += "\(value * 2),\(row % 11),2024/4/\(1 + row % 28),\"メモ,\(row)\"\n"
    }
    return text
}

let typing = ProcessInfo.processInfo.environment["TYPE"] != nil

func measure(_ label: String, bytes: [UInt8]) throws {
    let start = Date()
    let file = try CSVFile(bytes: bytes, name: label)
    let decoded = Date()
    var cursor = file.records()
    var records = 0, fields = 0, numbers = 0
    while let record = try cursor.next() {
        records += 1
        fields += record.fields.count
        if typing { for field in record.fields where NumberText.number(from: field.text) != nil { numbers += 1 } }
    }
    let end = Date()
    print(String(format: "%@: %.1f MB, %@, decode+detect %.2f s, parse+type %.2f s, %d records, %d fields, %d numbers",
                 label, Double(bytes.count) / 1e6, file.encoding.rawValue, decoded.timeIntervalSince(start),
                 end.timeIntervalSince(decoded), records, fields, numbers))
}

let text = generate(rows: 1_000_000)
try measure("utf8.csv", bytes: Array(text.utf8))
try measure("sjis.csv", bytes: try TextEncoder.encode(text, as: .shiftJIS))
