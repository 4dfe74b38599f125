/// Reads records one at a time from decoded CSV text (RFC 4180, with the leniency spreadsheets show).
///
/// Rules beyond RFC 4180, chosen to match what Excel and LibreOffice do on import:
/// - Line breaks may be CRLF, LF or a lone CR; the last line may lack one.
/// - A quote only opens a quoted field at the start of the field; elsewhere it is an ordinary character.
/// - Text after a closing quote (`"ab"cd`) is kept and appended (`abcd`).
/// - CRLF or CR inside quotes becomes LF, the line break a spreadsheet cell holds.
/// - A blank line is a record with no fields, so line numbers stay meaningful to the caller.
/// Records are produced on demand, so memory holds the text plus one record, however many rows there are.
public struct CSVCursor: Sendable {
    private let text: [UInt8]
    private let delimiter: UInt8
    private let file: String
    private var position = 0
    private var line = 1
    private var scratch: [UInt8] = []

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// A cursor over well-formed UTF-8 `text`; `file` only appears in errors.
    public init(utf8 text: [UInt8], delimiter: CSVDelimiter, file: String) {
        self.text = text
        self.delimiter = delimiter.byte
        self.file = file
    }

    /// Bytes of the decoded text read so far and in all, for a progress line.
    public var progress: (done: Int, total: Int) { (position, text.count) }

    /// The next record, or nil at the end of the text.
    /// - Throws: `CSVError.unterminatedQuote` naming the line and column where the open quote began.
    public mutating func next() throws(CSVError) -> CSVRecord? {
        guard position < text.count else { return nil }
        let recordLine = line
        var fields: [CSVField] = []
        if isLineBreak(at: position) {
            consumeLineBreak()
            return CSVRecord(line: recordLine, fields: fields)
        }
        while true {
            let fieldLine = line
            let column = fields.count + 1
            let value = position < text.count && text[position] == Self.quote
                ? try readQuotedField(column: column)
                : readPlainBytes()
            fields.append(CSVField(text: value, line: fieldLine, column: column))
            if position < text.count, text[position] == delimiter {
                position += 1
                continue
            }
            consumeLineBreak()
            return CSVRecord(line: recordLine, fields: fields)
        }
    }

    /// Reads every remaining record; convenient for small files and tests.
    public mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    private func isLineBreak(at index: Int) -> Bool {
        text[index] == Self.lineFeed || text[index] == Self.carriageReturn
    }

    /// Bytes up to the next delimiter or line break, as a string.
    private mutating func readPlainBytes() -> String {
        let start = position
        while position < text.count, text[position] != delimiter, !isLineBreak(at: position) {
            position += 1
        }
        return String(decoding: text[start..<position], as: UTF8.self)
    }

    private mutating func readQuotedField(column: Int) throws(CSVError) -> String {
        let openingLine = line
        scratch.removeAll(keepingCapacity: true)
        position += 1
        var segmentStart = position
        while true {
            guard position < text.count else {
                throw .unterminatedQuote(file: file, line: openingLine, column: column)
            }
            switch text[position] {
            case Self.quote:
                scratch += text[segmentStart..<position]
                if position + 1 < text.count, text[position + 1] == Self.quote {
                    scratch.append(Self.quote)
                    position += 2
                    segmentStart = position
                    continue
                }
                position += 1
                let trailingStart = position
                while position < text.count, text[position] != delimiter, !isLineBreak(at: position) {
                    position += 1
                }
                scratch += text[trailingStart..<position]
                return String(decoding: scratch, as: UTF8.self)
            case Self.carriageReturn:
                scratch += text[segmentStart..<position]
                scratch.append(Self.lineFeed)
                consumeLineBreak()
                segmentStart = position
            case Self.lineFeed:
                line += 1
                position += 1
            default:
                position += 1
            }
        }
    }

    /// Steps over one CRLF, LF or CR at the current position, if there is one.
    private mutating func consumeLineBreak() {
        guard position < text.count else { return }
        if text[position] == Self.carriageReturn {
            position += 1
            if position < text.count, text[position] == Self.lineFeed { position += 1 }
            line += 1
        } else if text[position] == Self.lineFeed {
            position += 1
            line += 1
        }
    }
}
