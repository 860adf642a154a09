import ShellSyntax
import ShipshapeCore

/// A `/dev/tcp/HOST/PORT` (or `/dev/udp/…`) redirection and the shell that reads it. Only bash (and ksh,
/// zsh) open a connection for such a path; dash and busybox ash open a file that does not exist.
struct DevTCPRedirection: Sendable, Hashable {
    /// The shell reading the script: `sh` (whatever `/bin/sh` is), `bash`, `ash`, `dash`…
    let shell: String
    /// `/dev/tcp/localhost/9000` as written.
    let path: String
    let location: SourceLocation

    /// Shells that connect for `/dev/tcp/HOST/PORT`.
    static let connecting: Set<String> = ["bash", "ksh", "zsh", "mksh"]

    /// The redirections of a script run by `shell`, and of the `sh -c SCRIPT`s it runs.
    static func inScript(_ script: ShellScript, shell: String, depth: Int = 0) -> [DevTCPRedirection] {
        var found: [DevTCPRedirection] = []
        var seen = Set<SourceLocation>()
        for command in script.commands {
            for redirection in command.context.inheritedRedirections + command.redirections
            where seen.insert(redirection.location).inserted {
                let path = redirection.target.value
                guard path.hasPrefix("/dev/tcp/") || path.hasPrefix("/dev/udp/") else { continue }
                found.append(DevTCPRedirection(shell: shell, path: path, location: redirection.target.location))
            }
            found += inArgv(command.words.map(TextWord.init), depth: depth + 1)
        }
        return found
    }

    /// The redirections of `sh -c SCRIPT` (through `timeout`, `exec` and other wrappers); none for other argv.
    static func inArgv(_ words: [TextWord], depth: Int = 0) -> [DevTCPRedirection] {
        guard depth < 4 else { return [] }
        var rest = words[...]
        while let first = rest.first, let name = first.programName, ProgramUses.wrappers.contains(name) {
            rest = rest.dropFirst().drop { $0.value.hasPrefix("-") || $0.value.contains("=") || Int($0.value) != nil }
        }
        guard let name = rest.first?.programName, ProgramUses.shells.contains(name),
            let text = ProgramUses.inlineScript(rest.dropFirst())
        else { return [] }
        return inScript(ShellParser.parse(text), shell: name, depth: depth)
    }
}
