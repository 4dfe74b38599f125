import Foundation

/// Choices a caller can force instead of detecting them.
public struct CSVOptions: Sendable, Hashable {
    /// The encoding to read with, or nil to detect it (see `TextDecoding.decode`).
    public var encoding: TextEncoding?
    /// The field separator, or nil to detect it (see `DelimiterDetection`).
    public var delimiter: CSVDelimiter?

    /// Options that detect everything unless told otherwise.
    public init(encoding: TextEncoding? = nil, delimiter: CSVDelimiter? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
    }
}

/// A CSV or TSV file decoded to text, with its encoding and separator settled.
public struct CSVFile: Sendable {
    /// The file name used in messages.
    public let name: String
    /// The encoding the file was read as.
    public let encoding: TextEncoding
    /// Whether the file began with a byte order mark.
    public let hadByteOrderMark: Bool
    /// The field separator in use.
    public let delimiter: CSVDelimiter
    private let text: [UInt8]

    /// Reads and decodes the file at `path`.
    /// - Throws: `CSVError.unreadableFile`, or the decoding errors of `init(bytes:name:options:)`.
    public init(path: String, options: CSVOptions = CSVOptions()) throws(CSVError) {
        try self.init(bytes: try CSVFile.contents(of: path), name: (path as NSString).lastPathComponent,
                      options: options)
    }

    /// The file's bytes; a separate function so the `Data` is released before decoding doubles memory.
    private static func contents(of path: String) throws(CSVError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            throw .unreadableFile(path: path, reason: error.localizedDescription)
        }
    }

    /// Decodes `bytes`; `name` is the file name used in messages.
    /// - Throws: `CSVError.undetectableEncoding` or `CSVError.invalidBytes` (with line and byte offset).
    public init(bytes: [UInt8], name: String, options: CSVOptions = CSVOptions()) throws(CSVError) {
        let decoded = try TextDecoding.decode(bytes, file: name, encoding: options.encoding)
        self.name = name
        self.encoding = decoded.encoding
        self.hadByteOrderMark = decoded.hadByteOrderMark
        self.text = decoded.utf8
        self.delimiter = options.delimiter ?? decoded.utf8.withUnsafeBufferPointer(DelimiterDetection.detect)
    }

    /// A fresh cursor over the records, from the first line.
    public func records() -> CSVCursor {
        CSVCursor(utf8: text, delimiter: delimiter, file: name)
    }
}
