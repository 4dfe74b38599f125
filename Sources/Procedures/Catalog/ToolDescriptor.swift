import Report

/// A tool as a front end that is not the command line offers it: its titles, its settings as controls, and how
/// the settings' texts become the procedure. The settings are keyed by the CLI's long option names, so a form and a
/// command line name the same thing the same way and the error sentences (which name options) fit both.
package struct ToolDescriptor: Sendable {
    package let id: String
    package let titles: (ja: String, en: String)
    package let parameters: [ParameterDescriptor]
    /// The procedure these settings ask for; throws `ProcedureError` for a setting that cannot be read.
    package let make: @Sendable (SettingValues) throws -> any Procedure

    package init(id: String, titles: (ja: String, en: String), parameters: [ParameterDescriptor],
                 make: @escaping @Sendable (SettingValues) throws -> any Procedure) {
        self.id = id
        self.titles = titles
        self.parameters = parameters
        self.make = make
    }

    package func title(_ language: Language) -> String { language == .ja ? titles.ja : titles.en }
}

/// One setting of a tool as a control.
package struct ParameterDescriptor: Sendable {
    /// Which columns a column setting accepts.
    package enum ColumnKind: Sendable { case numeric, text, any }

    package enum Kind: Sendable {
        case column(ColumnKind)
        case columns(ColumnKind)
        case number(default: Double?)
        case integer(default: Int?)
        case choice([String])
        case flag
        case text
    }

    /// The CLI's long option name without `--`.
    package let key: String
    package let labels: (ja: String, en: String)
    package let kind: Kind
    package let required: Bool

    package init(_ key: String, ja: String, en: String, _ kind: Kind, required: Bool = false) {
        self.key = key
        labels = (ja, en)
        self.kind = kind
        self.required = required
    }

    package func label(_ language: Language) -> String { language == .ja ? labels.ja : labels.en }
}

/// The texts a form gave for a tool's settings (empty fields left out), read as the types the procedure takes.
package struct SettingValues: Sendable {
    package let texts: [String: String]

    package init(_ texts: [String: String]) {
        self.texts = texts.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    package func text(_ key: String) -> String? {
        texts[key]?.trimmingCharacters(in: .whitespaces)
    }

    package func required(_ key: String) throws -> String {
        guard let value = text(key) else { throw ProcedureError.missingSetting(option: "--" + key) }
        return value
    }

    package func number(_ key: String) throws -> Double? {
        guard let text = text(key) else { return nil }
        // A participant's keyboard may give full-width digits or a Japanese minus; read them as the CLI user's would be.
        let ascii = String(text.unicodeScalars.map { scalar -> Character in
            switch scalar.value {
            case 0xFF10...0xFF19: Character(UnicodeScalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: "."
            case 0xFF0D, 0x2212: "-"
            default: Character(scalar)
            }
        })
        guard let value = Double(ascii), value.isFinite else { throw ProcedureError.notANumber(option: "--" + key, text: text) }
        return value
    }

    package func number(_ key: String, default fallback: Double) throws -> Double {
        try number(key) ?? fallback
    }

    package func integer(_ key: String) throws -> Int? {
        guard let value = try number(key) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            throw ProcedureError.notANumber(option: "--" + key, text: text(key) ?? "")
        }
        return Int(value)
    }

    package func integer(_ key: String, default fallback: Int) throws -> Int {
        try integer(key) ?? fallback
    }

    package func flag(_ key: String) -> Bool {
        ["true", "1", "on", "yes"].contains(text(key)?.lowercased() ?? "")
    }

    package func choice<Value>(_ key: String, _ options: [(String, Value)]) throws -> Value? {
        guard let text = text(key) else { return nil }
        guard let match = options.first(where: { $0.0 == text }) else {
            throw ProcedureError.notAChoice(option: "--" + key, text: text, choices: options.map(\.0))
        }
        return match.1
    }
}
