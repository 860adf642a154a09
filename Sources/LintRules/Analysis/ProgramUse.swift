import ShellSyntax
import ShipshapeCore

/// One program a command runs inside a container, where it is named, and what the script around
/// it does if it is missing.
struct ProgramUse: Sendable, Hashable {
    /// The program's base name (`wget` for `/usr/bin/wget`).
    let name: String
    /// The word naming it.
    let location: SourceLocation
    /// Its arguments, literal values (expansions kept as written).
    let arguments: [String]
    /// Programs tried instead when this one fails (`curl ... || wget ...`).
    let alternatives: [String]
    /// Programs an enclosing condition checks for (`if command -v wget; then ...`).
    let guardedBy: [String]
    /// True when the program's exit status is the command's result or is tested (`if`, `&&`, `||`, a loop
    /// condition): not inside `$(...)`, not piped into another command, not followed by a later command.
    var decidesStatus = true

    /// A use is conditional when the script already copes with the program being absent.
    var isConditional: Bool { !alternatives.isEmpty || guardedBy.contains(name) }
}

/// Finds the programs a script or an argv runs, looking through `sh -c`, `sudo`, `timeout` and the like.
enum ProgramUses {
    /// Shell builtins and keywords: never missing from an image that has a shell.
    static let builtins: Set<String> = [
        "exit", "echo", "printf", "test", "[", "[[", "true", "false", ":", "cd", "export", "set", "unset", "read",
        "return", "break", "continue", "source", ".", "eval", "trap", "wait", "kill", "ulimit", "umask", "type",
        "hash", "local", "shift", "let", "declare", "readonly", "alias", "getopts", "times", "pwd",
    ]
    /// Wrappers whose first non-option argument is the real program.
    static let wrappers: Set<String> = ["sudo", "exec", "timeout", "env", "nohup", "nice", "time", "stdbuf", "command"]
    /// Commands after `||` that report or ignore a failure rather than retry the job another way.
    static let notFallbacks: Set<String> = ["sleep", "logger", "notify-send", "date", "cat", "tail"]
    static let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh", "ksh"]

    /// The uses of every simple command of a script.
    static func inScript(_ script: ShellScript, depth: Int = 0) -> [ProgramUse] {
        let last = script.commands.lastIndex { !$0.context.inSubstitution }
        return script.commands.indices.flatMap { index in
            let command = script.commands[index]
            let context = command.context
            let decides = !context.inSubstitution && !context.inPipeline && (context.isTested || index == last)
            return inCommand(
                words: command.words.map(TextWord.init), alternatives: context.alternatives,
                guarded: context.guardedPrograms, depth: depth, decidesStatus: decides)
        }
    }

    /// The uses of one argv (exec form): the program, and the script of `sh -c SCRIPT`.
    static func inArgv(_ words: [TextWord], depth: Int = 0) -> [ProgramUse] {
        inCommand(words: words, alternatives: [], guarded: [], depth: depth)
    }

    static func inCommand(
        words: [TextWord], alternatives: [[ShellWord]], guarded: [String], depth: Int, decidesStatus: Bool = true
    ) -> [ProgramUse] {
        var rest = words[...]
        while let first = rest.first, let name = first.programName, wrappers.contains(name) {
            if name == "command", rest.dropFirst().first?.value.hasPrefix("-v") == true { return [] }
            rest = rest.dropFirst().drop { $0.value.hasPrefix("-") || $0.value.contains("=") || Int($0.value) != nil }
        }
        guard let program = rest.first, let name = program.programName, !builtins.contains(name) else { return [] }
        let arguments = rest.dropFirst().map(\.value)
        // `|| exit 1`, `|| echo failed`, `|| true` report the failure; they are no fallback.
        let alternativeNames = alternatives.compactMap { TextWord($0.first).flatMap(\.programName) }
            .filter { !builtins.contains($0) && !notFallbacks.contains($0) }
        var uses = [
            ProgramUse(
                name: name, location: program.location, arguments: arguments, alternatives: alternativeNames,
                guardedBy: guarded, decidesStatus: decidesStatus)
        ]
        if shells.contains(name), depth < 4, let script = inlineScript(rest.dropFirst()) {
            uses += inScript(ShellParser.parse(script), depth: depth + 1).map { use in
                var inner = use
                inner.decidesStatus = use.decidesStatus && decidesStatus
                return inner
            }
        }
        return uses
    }

    /// The script of `-c SCRIPT` (also `-ec`, `-xc`, `-lc`).
    static func inlineScript(_ arguments: ArraySlice<TextWord>) -> EmbeddedText? {
        guard let flag = arguments.firstIndex(where: { $0.value.hasPrefix("-") && $0.value.hasSuffix("c") }),
            flag + 1 < arguments.endIndex
        else { return nil }
        return arguments[flag + 1].text
    }
}

/// A word from any source — shell, JSON array, YAML list — with its text positioned in the file.
struct TextWord: Sendable, Hashable {
    let text: EmbeddedText
    let location: SourceLocation

    var value: String { text.text }

    init(_ word: ShellWord) {
        text = word.unquoted
        location = word.location
    }

    init?(_ word: ShellWord?) {
        guard let word else { return nil }
        self.init(word)
    }

    /// A word whose value starts at `location` (one character later when `quoted`).
    init(value: String, location: SourceLocation, quoted: Bool) {
        let start = SourcePosition(line: location.line, column: location.column + (quoted ? 1 : 0))
        text = EmbeddedText(file: location.file, text: value, start: start)
        let end = SourcePosition(line: start.line, column: start.column + value.unicodeScalars.count)
        self.location = SourceLocation(file: location.file, start: start, end: end)
    }

    /// The base name of the program this word names, when static.
    var programName: String? {
        let value = value
        guard !value.isEmpty, !value.contains("$"), !value.contains("`") else { return nil }
        return value.split(separator: "/").last.map(String.init)
    }
}
