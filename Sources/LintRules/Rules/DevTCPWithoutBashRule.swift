import DeployModel
import ShellSyntax
import ShipshapeCore

/// `exec 3<>/dev/tcp/localhost/9000` read by dash or busybox ash, which have no `/dev/tcp`.
struct DevTCPWithoutBashRule: Rule {
    static let description = RuleDescription(
        identifier: "dev-tcp-without-bash",
        name: "/dev/tcp without bash",
        summary:
            "A probe connects through `/dev/tcp/HOST/PORT`, which only bash understands, in a shell that is not bash.",
        rationale: """
            `/dev/tcp/HOST/PORT` is not a file: bash opens a TCP connection when a redirection names it (Keycloak \
            documents `exec 3<>/dev/tcp/localhost/9000` as its health check, in an image whose `/bin/sh` is bash). \
            Other shells open a file of that name, which does not exist — dash, `/bin/sh` of Debian and Ubuntu \
            images: `cannot create /dev/tcp/…: Directory nonexistent`; busybox ash, `/bin/sh` of Alpine images \
            — so the check fails every time while the service is fine (LucasSantana-Dev/Lucky#1106 on \
            `nginx-unprivileged:alpine`; acassen/keepalived#1926 on Debian). A compose `CMD-SHELL` or string \
            healthcheck and a shell-form `HEALTHCHECK` run in the image's shell (`/bin/sh` unless the Dockerfile \
            sets `SHELL`), `sh -c` in `/bin/sh`. Shipshape reports it when the knowledge base or the Dockerfile \
            says which shell that is and it is not bash, and always for `ash -c`/`dash -c`.
            """,
        severity: .error,
        nonTriggering: DevTCPWithoutBashExamples.nonTriggering,
        triggering: DevTCPWithoutBashExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for file in context.model.composeFiles {
            for service in file.services {
                guard let healthcheck = service.healthcheck, !healthcheck.disabled, let test = healthcheck.test else {
                    continue
                }
                let target = context.targets.target(ofService: service, in: file)
                let redirections: [DevTCPRedirection]
                switch test {
                case .shell(let text):
                    redirections = DevTCPRedirection.inScript(ShellParser.parse(text), shell: Self.imageShell)
                case .exec(let items):
                    redirections = DevTCPRedirection.inArgv(items.map(ComposeWords.word))
                }
                findings += redirections.compactMap {
                    check($0, target: target, origin: "compose healthcheck", context)
                }
            }
        }
        for dockerfile in context.model.dockerfiles {
            for stage in dockerfile.stages {
                guard let healthcheck = stage.healthcheck, case .command(let form) = healthcheck.test else { continue }
                let target = InContainerCommand.stageTarget(stage, in: dockerfile)
                let redirections: [DevTCPRedirection]
                switch form {
                case .shell(let text):
                    redirections = DevTCPRedirection.inScript(ShellParser.parse(text), shell: Self.imageShell)
                case .exec(let items):
                    redirections = DevTCPRedirection.inArgv(
                        items.map { TextWord(value: $0.value, location: $0.location, quoted: true) })
                }
                findings += redirections.compactMap { check($0, target: target, origin: "HEALTHCHECK", context) }
            }
        }
        for command in context.inContainerCommands {
            guard case .exec(let form) = command.kind, let invocation = command.invocation else { continue }
            let redirections = DevTCPRedirection.inArgv(invocation.arguments.map(TextWord.init))
            findings += redirections.compactMap { check($0, target: command.target, origin: form, context) }
        }
        return findings
    }

    /// The shell name of a shell-form command: the image's configured shell.
    static let imageShell = ""

    func check(_ redirection: DevTCPRedirection, target: ProbeTarget, origin: String, _ context: LintContext)
        -> Finding?
    {
        guard !DevTCPRedirection.connecting.contains(redirection.shell) else { return nil }
        var shell = redirection.shell
        var which = "runs `\(redirection.shell) -c`"
        if shell == "sh" || shell == Self.imageShell {
            // What `/bin/sh` (or the configured shell) is, in every image the command may run in.
            var names: Set<String> = []
            for candidate in target.candidates {
                guard let image = context.targets.images.resolve(candidate.source),
                    let name = shell == "sh" ? image.binSh : image.shellFormShell
                else { return nil }
                names.insert(name)
            }
            guard names.count == 1, let name = names.first, !DevTCPRedirection.connecting.contains(name) else {
                return nil
            }
            which =
                shell == "sh"
                ? "runs in /bin/sh, which is \(name) in the image of \(target.label)"
                : "runs in the image's shell, which is \(name) in the image of \(target.label)"
            shell = name
        }
        return finding(
            "`\(redirection.path)` connects only in bash, but this \(origin) \(which): \(shell) opens a file of that "
                + "name, which does not exist, so the check fails every time",
            at: redirection.location,
            fix: "run it with bash (`bash -c '…'`) where the image has bash, or probe with a program the image has "
                + "(`nc -z HOST PORT`, `wget`, `curl`)")
    }
}
