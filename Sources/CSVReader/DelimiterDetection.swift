/// Guesses the field separator from the start of a file.
enum DelimiterDetection {
    /// Lines looked at; enough to see past a title line or two without reading a large file twice.
    static let sampleLineLimit = 50
    /// Bytes looked at at most, for files whose first "line" never ends (one huge quoted field).
    static let sampleByteLimit = 1 << 20

    /// The rule: over the first non-empty lines (line breaks inside quotes do not end a line, and
    /// separators inside quotes do not count), take for each candidate the per-line count seen most
    /// often among lines where it occurs at all. The candidate whose most frequent count occurs on
    /// the most lines wins; ties go to the larger count, then to the order comma, tab, semicolon.
    /// A file where none of them occurs is one column, read as comma-separated.
    static func detect(in text: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
        let lines = countsPerLine(in: text)
        var best: (delimiter: CSVDelimiter, lines: Int, count: Int)?
        for delimiter in CSVDelimiter.allCases {
            var frequency: [Int: Int] = [:]
            for counts in lines where counts[delimiter, default: 0] > 0 {
                frequency[counts[delimiter, default: 0], default: 0] += 1
            }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if let current = best, (current.lines, current.count) >= (mode.value, mode.key) { continue }
            best = (delimiter, mode.value, mode.key)
        }
        return best?.delimiter ?? .comma
    }

    private static func countsPerLine(in text: UnsafeBufferPointer<UInt8>) -> [[CSVDelimiter: Int]] {
        var lines: [[CSVDelimiter: Int]] = []
        var current: [CSVDelimiter: Int] = [:]
        var lineHasContent = false
        var insideQuotes = false
        for byte in text.prefix(sampleByteLimit) {
            if byte == UInt8(ascii: "\"") {
                insideQuotes.toggle()
            } else if !insideQuotes && (byte == 0x0A || byte == 0x0D) {
                if lineHasContent { lines.append(current) }
                if lines.count == sampleLineLimit { return lines }
                current = [:]
                lineHasContent = false
                continue
            } else if !insideQuotes, let delimiter = CSVDelimiter.allCases.first(where: { $0.byte == byte }) {
                current[delimiter, default: 0] += 1
            }
            lineHasContent = true
        }
        if lineHasContent { lines.append(current) }
        return lines
    }
}
