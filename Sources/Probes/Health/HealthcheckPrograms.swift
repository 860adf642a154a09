import DockerEngine
import Plan
import ShellSyntax
import ShipshapeCore

/// The programs a health check runs: argv[0] of `CMD`, the commands of a `CMD-SHELL` script.
package struct HealthcheckPrograms: Sendable, Hashable {
    /// Where the check comes from: `healthcheck` (compose / Dockerfile) or `plan exec`.
    package var origin: String
    /// The check as written, for messages.
    package var text: String
    /// Programs it runs, in order (shell builtins left out).
    package var programs: [String]
    /// True when it runs through `/bin/sh -c`.
    package var needsShell: Bool
    /// The command as Docker runs it: `["/bin/sh", "-c", script]` for the shell form.
    package var argv: [String]

    package init(origin: String, text: String, programs: [String], needsShell: Bool, argv: [String]? = nil) {
        self.origin = origin
        self.text = text
        self.programs = programs
        self.needsShell = needsShell
        self.argv = argv ?? (needsShell ? ["/bin/sh", "-c", text] : [text])
    }

    /// Commands every POSIX shell has built in: never looked up on disk.
    package static let builtins: Set<String> = [
        "exit", "echo", "printf", "test", "[", "true", "false", ":", "cd", "export", "set", "return", "read",
        "kill", "exec", "eval", "command", "type", "pwd", "shift", "trap", "wait", "unset", "local",
    ]

    /// The container's own healthcheck (from compose or the Dockerfile), if it has one.
    package static func healthcheck(_ details: ContainerDetails) -> HealthcheckPrograms? {
        guard let test = details.config.healthcheck?.test, let kind = test.first, test.count > 1 else { return nil }
        switch kind {
        case "CMD":
            return HealthcheckPrograms(
                origin: "healthcheck", text: test.dropFirst().joined(separator: " "), programs: [test[1]],
                needsShell: false, argv: Array(test.dropFirst()))
        case "CMD-SHELL": return shell(test[1], origin: "healthcheck")
        default: return nil
        }
    }

    /// The plan's exec probes.
    package static func plan(_ target: TargetSpec?) -> [HealthcheckPrograms] {
        (target?.probes ?? []).compactMap { probe in
            guard case .exec(let spec) = probe, let first = spec.command.first else { return nil }
            if spec.command.count == 3, first.hasSuffix("sh"), spec.command[1] == "-c" {
                var parsed = shell(spec.command[2], origin: "plan exec")
                parsed.programs.insert(first, at: 0)
                return parsed
            }
            return HealthcheckPrograms(
                origin: "plan exec", text: spec.command.joined(separator: " "), programs: [first], needsShell: false,
                argv: spec.command)
        }
    }

    package static func shell(_ script: String, origin: String) -> HealthcheckPrograms {
        let parsed = ShellParser.parse(EmbeddedText(file: origin, text: script))
        var programs: [String] = []
        for command in parsed.commands {
            guard let name = command.name, !builtins.contains(name), !programs.contains(name) else { continue }
            programs.append(name)
        }
        return HealthcheckPrograms(origin: origin, text: script, programs: programs, needsShell: true)
    }
}
