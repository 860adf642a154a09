import DockerEngine
import Plan
import Probes
import ShellSyntax
import ShipshapeCore

/// The programs a health check runs: argv[0] of `CMD`, the commands of a `CMD-SHELL` script.
struct HealthcheckPrograms: Sendable, Hashable {
    /// Where the check comes from: `healthcheck` (compose / Dockerfile) or `plan exec`.
    var origin: String
    /// The check as written, for messages.
    var text: String
    /// Programs it runs, in order (shell builtins left out).
    var programs: [String]
    /// True when it runs through `/bin/sh -c`.
    var needsShell: Bool

    /// Commands every POSIX shell has built in: never looked up on disk.
    static let builtins: Set<String> = [
        "exit", "echo", "printf", "test", "[", "true", "false", ":", "cd", "export", "set", "return", "read",
        "kill", "exec", "eval", "command", "type", "pwd", "shift", "trap", "wait", "unset", "local",
    ]

    /// The container's own healthcheck (from compose or the Dockerfile), if it has one.
    static func healthcheck(_ details: ContainerDetails) -> HealthcheckPrograms? {
        guard let test = details.config.healthcheck?.test, let kind = test.first, test.count > 1 else { return nil }
        switch kind {
        case "CMD":
            return HealthcheckPrograms(
                origin: "healthcheck", text: test.dropFirst().joined(separator: " "), programs: [test[1]],
                needsShell: false)
        case "CMD-SHELL": return shell(test[1], origin: "healthcheck")
        default: return nil
        }
    }

    /// The plan's exec probes.
    static func plan(_ target: TargetSpec?) -> [HealthcheckPrograms] {
        (target?.probes ?? []).compactMap { probe in
            guard case .exec(let spec) = probe, let first = spec.command.first else { return nil }
            if spec.command.count == 3, first.hasSuffix("sh"), spec.command[1] == "-c" {
                var parsed = shell(spec.command[2], origin: "plan exec")
                parsed.programs.insert(first, at: 0)
                return parsed
            }
            return HealthcheckPrograms(
                origin: "plan exec", text: spec.command.joined(separator: " "), programs: [first], needsShell: false)
        }
    }

    static func shell(_ script: String, origin: String) -> HealthcheckPrograms {
        let parsed = ShellParser.parse(EmbeddedText(file: origin, text: script))
        var programs: [String] = []
        for command in parsed.commands {
            guard let name = command.name, !builtins.contains(name), !programs.contains(name) else { continue }
            programs.append(name)
        }
        return HealthcheckPrograms(origin: origin, text: script, programs: programs, needsShell: true)
    }
}
