import Foundation
import Hummingbird
import Procedures
import Tabular
import XLSXReader

/// How the participant asked for the upload to be read: the CLI's reading options (`--sheet`, `--header-row`,
/// `--range`, `--no-detect-layout`, `--coerce-numbers`, `--dash-as-zero`), chosen on the preview and carried
/// in the query (and the tool form's hidden fields) of the pages after it. Also the key of an upload's kept
/// tables (`UploadTables`).
struct TableChoice: Sendable, Hashable {
    var sheet: String?
    var coerce: Bool
    /// As typed: checked when the table is read, with the CLI's sentence for a bad one.
    var headerRow: String?
    var range: String?
    var detectLayout: Bool
    var dashAsZero: Bool

    init(sheet: String?, coerce: Bool, headerRow: String? = nil, range: String? = nil, detectLayout: Bool = true,
         dashAsZero: Bool = false) {
        self.sheet = sheet
        self.coerce = coerce
        self.headerRow = headerRow
        self.range = range
        self.detectLayout = detectLayout
        self.dashAsZero = dashAsZero
    }

    /// From a page's query (`?sheet=…&coerce=1&header-row=4&range=A4:F40&layout=0&dash-zero=1`).
    init(_ request: Request) {
        let query = request.uri.queryParameters
        func text(_ name: String) -> String? {
            query.get(name).map { String($0).removingPercentEncoding ?? String($0) }.flatMap(Self.given)
        }
        self.init(sheet: text("sheet"), coerce: query.get("coerce") == "1", headerRow: text("header-row"), range: text("range"),
                  detectLayout: query.get("layout") != "0", dashAsZero: query.get("dash-zero") == "1")
    }

    /// From a tool form's hidden fields (`hiddenFields`).
    init(_ form: FormData) {
        self.init(sheet: form.value("sheet").flatMap(Self.given), coerce: form.value("coerce") == "1",
                  headerRow: form.value("header-row").flatMap(Self.given), range: form.value("range").flatMap(Self.given),
                  detectLayout: form.value("layout") != "0", dashAsZero: form.value("dash-zero") == "1")
    }

    private static func given(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The same choice on `sheet` (the sheet actually read, when none was named).
    func on(_ sheet: String?) -> TableChoice {
        var copy = self
        copy.sheet = sheet
        return copy
    }

    /// The same choice with conversion on or off.
    func converting(_ on: Bool) -> TableChoice {
        var copy = self
        copy.coerce = on
        return copy
    }

    /// Any reading option beyond the sheet and conversion differs from the CLI's defaults.
    var changesLayout: Bool { headerRow != nil || range != nil || !detectLayout || dashAsZero }

    private var parameters: [(String, String)] {
        var parts: [(String, String)] = []
        if let sheet { parts.append(("sheet", sheet)) }
        if coerce { parts.append(("coerce", "1")) }
        if let headerRow { parts.append(("header-row", headerRow)) }
        if let range { parts.append(("range", range)) }
        if !detectLayout { parts.append(("layout", "0")) }
        if dashAsZero { parts.append(("dash-zero", "1")) }
        return parts
    }

    var query: String {
        let parts = parameters.map { "\($0.0)=" + HTMLText.urlComponent($0.1) }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// The choice as hidden fields of a form that reads the table again.
    var hiddenFields: String {
        parameters.map { #"<input type="hidden" name="\#($0.0)" value="\#(HTMLText.escape($0.1))">"# }.joined()
    }

    /// The table options these choices ask for, refused with the CLI's errors as its command line would be.
    func options() throws -> TableOptions {
        var header: Int?
        if let headerRow {
            guard let row = Int(headerRow) else { throw ProcedureError.notANumber(option: "--header-row", text: headerRow) }
            guard row >= 1 else { throw ProcedureError.headerRowBelowOne(row: row) }
            header = row
        }
        var cells: XLSXReader.CellRange?
        if let range {
            guard let parsed = XLSXReader.CellRange(a1: range.uppercased()) else { throw ProcedureError.invalidRange(text: range) }
            cells = parsed
        }
        return TableOptions(headerRow: header, coerceNumbers: coerce, detectLayout: detectLayout, range: cells,
                            dashAsZero: dashAsZero)
    }
}
