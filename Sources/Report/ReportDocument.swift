import Foundation

/// A result workbook in language-neutral form: sheets of blocks and charts, ready for a writer.
public struct ReportDocument: Codable, Sendable, Hashable {
    /// The sheets in tab order.
    public var sheets: [ReportSheet]
    /// Document properties stored in the file.
    public var properties: Properties

    /// Document properties.
    public struct Properties: Codable, Sendable, Hashable {
        /// Title shown in the file's properties.
        public var title: String
        /// The creation time recorded in the file. Fixed by default so the same report always gives
        /// the same bytes; pass a real time only when reproducibility does not matter.
        public var created: Date

        /// 2000-01-01T00:00:00Z: a fixed, obviously synthetic creation time.
        public static let reproducibleCreationTime = Date(timeIntervalSince1970: 946_684_800)

        /// Creates properties.
        public init(title: String = "", created: Date = reproducibleCreationTime) {
            self.title = title
            self.created = created
        }
    }

    /// Creates a document.
    public init(sheets: [ReportSheet], properties: Properties = Properties()) {
        self.sheets = sheets
        self.properties = properties
    }
}
