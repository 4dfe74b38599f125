import Foundation
import Yams

/// Reads an exercise spec from YAML and checks it completely before anything is generated.
public enum ExerciseSpecLoader {
    /// Loads and validates the spec at `path`.
    /// - Throws: ``WorkshopError/specUnreadable(file:reason:)``, ``WorkshopError/specNotText(file:)``,
    ///   ``WorkshopError/specSyntax(file:line:column:problem:)`` or ``WorkshopError/invalidSpec(file:keyPath:problem:)``.
    public static func load(path: String) throws(WorkshopError) -> ExerciseSpec {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .specUnreadable(file: path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .specNotText(file: path) }
        return try parse(yaml: text, file: path)
    }

    /// Parses and validates spec text; `file` is only used in error messages.
    public static func parse(yaml: String, file: String) throws(WorkshopError) -> ExerciseSpec {
        let spec: ExerciseSpec
        do {
            spec = try YAMLDecoder().decode(ExerciseSpec.self, from: yaml)
        } catch let error as DecodingError {
            throw translate(error, file: file)
        } catch {
            throw syntax(error, file: file)
        }
        if let keyPath = UnknownKeyCheck.firstUnknownKey(in: yaml, decoded: spec) {
            throw .invalidSpec(file: file, keyPath: keyPath, problem: .unknownKey)
        }
        try SpecValidator(spec: spec, file: file).validate()
        return spec
    }

    private static func translate(_ error: DecodingError, file: String) -> WorkshopError {
        switch error {
        case .keyNotFound(let key, let context):
            return .invalidSpec(file: file, keyPath: keyPath(context.codingPath + [key]), problem: .missingKey)
        case .typeMismatch(let type, let context):
            return .invalidSpec(file: file, keyPath: keyPath(context.codingPath),
                                problem: .wrongType(expected: typeName(type)))
        case .valueNotFound(let type, let context):
            return .invalidSpec(file: file, keyPath: keyPath(context.codingPath),
                                problem: .wrongType(expected: typeName(type)))
        case .dataCorrupted(let context) where context.underlyingError is YamlError:
            return context.underlyingError.map { syntax($0, file: file) }
                ?? .specSyntax(file: file, line: nil, column: nil, problem: context.debugDescription)
        case .dataCorrupted(let context) where context.debugDescription.hasPrefix(ColumnKindMarker.prefix):
            let parts = context.debugDescription.dropFirst(ColumnKindMarker.prefix.count).split(separator: "\u{1F}")
            let allowed = parts.count > 1 ? parts[1].components(separatedBy: ", ") : []
            return .invalidSpec(file: file, keyPath: keyPath(context.codingPath),
                                problem: .unknownValue(value: parts.first.map(String.init) ?? "", allowed: allowed))
        case .dataCorrupted(let context) where context.debugDescription.hasPrefix("Cannot initialize"):
            // An enum word Bunseki does not know: name it with the words there are.
            let value = context.debugDescription.components(separatedBy: "invalid String value ").last ?? ""
            return .invalidSpec(file: file, keyPath: keyPath(context.codingPath),
                                problem: .unknownValue(value: value, allowed: allowedWords(at: context.codingPath.last)))
        case .dataCorrupted(let context):
            return .invalidSpec(file: file, keyPath: keyPath(context.codingPath),
                                problem: .malformed(detail: LocalizedText(
                                    ja: "値の書き方が正しくありません。配布されている演習ファイルの同じ項目の書き方と比べてください。",
                                    en: context.debugDescription)))
        @unknown default:
            return .specSyntax(file: file, line: nil, column: nil, problem: String(describing: error))
        }
    }

    /// The words an enum-valued key accepts.
    private static func allowedWords(at key: CodingKey?) -> [String] {
        switch key?.stringValue {
        case "analysis": return AnalysisKind.allCases.map(\.rawValue)
        case "statistic": return Statistic.allCases.map(\.rawValue)
        case "style": return DirtyStyle.allCases.map(\.rawValue)
        case "step": return ["day", "month"]
        default: return []
        }
    }

    /// Where and why the YAML parser stopped, so that a message can point at the line.
    private static func syntax(_ error: Error, file: String) -> WorkshopError {
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _)? where problem.contains("mapping values are not allowed"):
            // libyaml's words for `hint: 注意: …`, the trap a person falls into when a sentence holds `: `.
            return .colonInPlainValue(file: file, line: mark.line)
        case .scanner(_, let problem, let mark, _)?, .parser(_, let problem, let mark, _)?,
             .composer(_, let problem, let mark, _)?:
            return .specSyntax(file: file, line: mark.line, column: mark.column, problem: problem)
        default:
            return .specSyntax(file: file, line: nil, column: nil, problem: String(describing: error))
        }
    }

    /// `dataset.columns[2].normal.sd` from a coding path.
    static func keyPath(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is UInt64.Type: return "whole number"
        case is Double.Type: return "number"
        case is Bool.Type: return "true/false"
        default: return String(describing: type)
        }
    }
}
