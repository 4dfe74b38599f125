import Foundation
import Tabular
import XLSXReader

extension ClassRoster {
    /// Header texts recognised as the name column of a roster.
    static let nameHeaders: Set<String> = ["氏名", "名前", "受講者", "受講者名", "name", "names"]

    /// Reads participants' names from the first visible worksheet of a roster workbook: the column
    /// headed 氏名 (or 名前, name, …), else the first column holding text; blank rows are skipped.
    /// - Throws: the reader's errors for an unreadable file, ``WorkshopError/rosterWithoutNames(file:)``
    ///   when no names are found.
    public static func read(path: String) throws -> ClassRoster {
        let workbook = try Workbook(path: path)
        guard let sheet = workbook.firstVisibleWorksheet else { throw WorkshopError.rosterWithoutNames(file: path) }
        let table = try Table.read(workbook, sheet: sheet)
        let nameColumn = table.columns.first { nameHeaders.contains($0.name.lowercased()) }
            ?? table.columns.first { $0.type == .text }
        let names = (nameColumn?.values.map { $0.displayText.trimmingCharacters(in: .whitespaces) } ?? [])
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { throw WorkshopError.rosterWithoutNames(file: path) }
        return ClassRoster(names: names)
    }
}
