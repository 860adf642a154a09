import DockerfileSyntax
import Foundation

/// The `ARG` defaults and `ENV` values in force at a point of a stage, substituted into the words
/// of `RUN` commands, so `ARG DEPS="curl wget"` + `apt-get install ${DEPS}` installs curl and wget.
/// An `ARG` without a default (or a value that uses an unknown variable) stays unknown: its `$X`
/// is left as written, which keeps the install open-ended.
struct StageVariables {
    private var values: [String: String] = [:]

    mutating func declare(_ instruction: Instruction) {
        for variable in Stage.declaredVariables(instruction) {
            if instruction.keyword == "ARG", variable.value.isEmpty {
                // `ARG X` re-declares X without a value: its value comes from the build, unknown here.
                values[variable.name] = nil
                continue
            }
            values[variable.name] = ArgSubstitution.substitute(variable.value, variables: values)
        }
    }

    /// `commands` with known variables substituted; a word that is one whole unquoted expansion is
    /// split on blanks, as the shell splits it.
    func substituted(_ commands: [[String]]) -> [[String]] {
        guard !values.isEmpty else { return commands }
        return commands.map { argv in
            argv.flatMap { word -> [String] in
                guard word.contains("$"), let value = ArgSubstitution.substitute(word, variables: values) else {
                    return [word]
                }
                guard Self.isWholeExpansion(word) else { return [value] }
                return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
            }
        }
    }

    static func isWholeExpansion(_ word: String) -> Bool {
        word.range(
            of: #"^\$(\{[A-Za-z_][A-Za-z0-9_]*([:]?[-+][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$"#, options: .regularExpression
        )
            != nil
    }
}
