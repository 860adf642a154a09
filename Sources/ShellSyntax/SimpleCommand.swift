import ShipshapeCore

/// A loop that encloses a command.
public struct ShellLoop: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case `for`, `while`, until }
    public let kind: Kind
    /// The `for`/`while`/`until` keyword's location.
    public let location: SourceLocation
    /// For `for` loops: the words after `in` (e.g. `$(seq 1 30)`), empty otherwise.
    public let items: [ShellWord]
    /// The commands of a `while`/`until` condition, as simple commands (empty for `for`).
    public let conditionCommandCount: Int

    public init(kind: Kind, location: SourceLocation, items: [ShellWord] = [], conditionCommandCount: Int = 0) {
        self.kind = kind
        self.location = location
        self.items = items
        self.conditionCommandCount = conditionCommandCount
    }
}

/// Where a simple command stands in the script's structure.
public struct CommandContext: Sendable, Hashable {
    /// Enclosing loops, outermost first.
    public var loops: [ShellLoop] = []
    /// True when the command's exit status is tested: an `if`/`while`/`until` condition, the
    /// left side of `&&`/`||`, or negated with `!`.
    public var isTested = false
    /// Redirections of enclosing compound commands (`{ }`, `( )`, loops, `if`), outermost first.
    public var inheritedRedirections: [Redirection] = []
    /// Words of the other commands in the same `a || b || c` chain: fallbacks tried when one fails.
    public var alternatives: [[ShellWord]] = []
    /// Programs an enclosing condition checks for (`if command -v wget`, `which curl &&`, `type`, `hash`).
    public var guardedPrograms: [String] = []
    /// True inside a pipeline of two or more commands.
    public var inPipeline = false
    /// True inside `$(...)` or backticks.
    public var inSubstitution = false
    /// The name of the enclosing function definition, if any.
    public var function: String?

    public init() {}
}

/// A simple command: assignments, words and redirections, with its context.
public struct SimpleCommand: Sendable, Hashable {
    public let assignments: [ShellWord]
    public let words: [ShellWord]
    public let redirections: [Redirection]
    public let location: SourceLocation
    public var context: CommandContext

    public init(
        assignments: [ShellWord], words: [ShellWord], redirections: [Redirection],
        location: SourceLocation, context: CommandContext
    ) {
        self.assignments = assignments
        self.words = words
        self.redirections = redirections
        self.location = location
        self.context = context
    }

    /// The command name when it is static (`docker`, `/usr/bin/curl`), else nil.
    public var name: String? { words.first?.literal }
}

/// A problem found while parsing; the parser recovers and keeps going.
public struct ShellDiagnostic: Sendable, Hashable {
    public let message: String
    public let location: SourceLocation

    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

/// Every simple command of a script, in source order, including those inside `$(...)`,
/// function bodies and heredoc-fed shells.
public struct ShellScript: Sendable, Hashable {
    public let commands: [SimpleCommand]
    public let diagnostics: [ShellDiagnostic]

    public init(commands: [SimpleCommand], diagnostics: [ShellDiagnostic]) {
        self.commands = commands
        self.diagnostics = diagnostics
    }
}
