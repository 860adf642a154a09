import ShipshapeCore

/// A command that runs something inside a container: `docker exec`, `docker compose exec`,
/// `docker run`, found directly or through `ssh HOST "..."`, `sh -c`, `bash -c`.
public struct ContainerInvocation: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// `docker exec NAME` / `docker container exec NAME`.
        case container(ShellWord)
        /// `docker compose [-f F]... [-p P] exec SVC` / `docker-compose exec SVC` (also `run SVC`).
        case composeService(ShellWord, composeFiles: [ShellWord], project: ShellWord?)
        /// `docker run IMAGE`.
        case image(ShellWord)
    }

    public let target: Target
    /// The argv run inside the container, after the docker options and the target. Empty when none.
    public let arguments: [ShellWord]
    /// When `arguments` is `sh -c SCRIPT` / `bash -c SCRIPT` (also `/bin/sh`, `ash`), the script parsed,
    /// its locations pointing into the original file.
    public let innerScript: ShellScript?
    /// The docker command itself (its redirections and context: loops, tests, fallbacks).
    public let hostCommand: SimpleCommand
    /// How it was written: `docker exec`, `docker compose exec`, `docker-compose exec`, `docker run`...
    public let form: String
    /// Hops it was found through, outermost first, e.g. `["ssh deploy@host"]`.
    public let via: [String]

    public init(
        target: Target, arguments: [ShellWord], innerScript: ShellScript?, hostCommand: SimpleCommand,
        form: String, via: [String]
    ) {
        self.target = target
        self.arguments = arguments
        self.innerScript = innerScript
        self.hostCommand = hostCommand
        self.form = form
        self.via = via
    }
}

extension ContainerInvocation {
    /// Every container invocation in `script`, looking through ssh, `sh -c` and `bash -c`.
    ///
    /// Also looks through `sudo`, `timeout`, `env`, `nohup`, `exec`, `nice`, `command` and shells fed
    /// a heredoc. A command found through a hop gets the hop command's context merged into its own
    /// (see `SimpleCommand.enclosing(_:keepGuards:)`), so `hostCommand` tells whether it runs in a
    /// loop, is tested, or has its output discarded by the outer command's redirections.
    public static func find(in script: ShellScript) -> [ContainerInvocation] {
        var finder = ContainerFinder()
        for command in script.commands {
            finder.visit(command, via: [], hops: 0)
        }
        return finder.found
    }
}
