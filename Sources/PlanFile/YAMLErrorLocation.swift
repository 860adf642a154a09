import Plan
import Yams

/// Turns a Yams error into a `PlanError` at libyaml's position.
enum YAMLErrorLocation {
    static func planError(from error: Error, path: String) -> PlanError {
        guard let yamlError = error as? YamlError else {
            return .file(path: path, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
        func at(_ mark: Mark, _ message: String) -> PlanError {
            .file(path: path, line: max(mark.line, 1), column: max(mark.column, 1), message: "invalid YAML: " + message)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return at(mark, problem + (context.map { " (\($0.text))" } ?? ""))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "duplicate key \(duplicates.joined(separator: ", ")) in a mapping")
        case .reader(let problem, let offset, _, _):
            return .file(
                path: path, line: 1, column: 1,
                message: "invalid YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            return .file(path: path, line: 1, column: 1, message: "invalid YAML: \(yamlError)")
        }
    }
}
