import Report

extension ToolCatalog {
    /// Runs the tool `id` on `input` with a form's settings, as the CLI's command of the same settings would: the
    /// settings read and checked first, then the procedure run.
    package static func run(_ id: String, settings: [String: String], input: ToolInput, language: Language) throws -> ProcedureResult {
        guard let tool = tool(id) else { throw ProcedureError.notAChoice(option: "tool", text: id, choices: tools.map(\.id)) }
        let procedure = try tool.make(SettingValues(settings))
        try procedure.validate()
        return try procedure.run(input, language: language)
    }
}

extension ErrorMessages {
    /// The setting an error is about (see `ProcedureError.setting`), for any error a tool may throw.
    package static func setting(for error: Error) -> String? {
        switch error {
        case let error as ProcedureError: error.setting
        case let error as DiDError:
            if case .unknownLevel(_, _, _, let option, _, _) = error { String(option.drop { $0 == "-" }) } else { nil }
        case let error as SampleError:
            switch error {
            case .unknownLevel, .levelsNotTwo, .levelsWithoutGroup, .notTwoGroups: "levels"
            default: nil
            }
        default: nil
        }
    }
}
