import ShipshapeCore

/// Reads `docker ...` and `docker-compose ...` command lines into container invocations.
enum DockerCommandLine {
    /// `docker [global options] exec|run|container exec|container run|compose ...`.
    static func docker(_ words: ArraySlice<ShellWord>, host: SimpleCommand, via: [String]) -> ContainerInvocation? {
        let global = DockerOptions.global.scan(words)
        guard global.operandIndex < words.endIndex else { return nil }
        let rest = words[(global.operandIndex + 1)...]
        switch words[global.operandIndex].value {
        case "exec":
            return exec(rest, form: "docker exec", host: host, via: via)
        case "run":
            return run(rest, form: "docker run", host: host, via: via)
        case "container":
            guard let sub = rest.first?.value else { return nil }
            if sub == "exec" { return exec(rest.dropFirst(), form: "docker container exec", host: host, via: via) }
            if sub == "run" { return run(rest.dropFirst(), form: "docker container run", host: host, via: via) }
            return nil
        case "compose":
            return compose(rest, form: "docker compose", host: host, via: via)
        default:
            return nil
        }
    }

    /// `docker exec [options] CONTAINER COMMAND...`.
    static func exec(_ words: ArraySlice<ShellWord>, form: String, host: SimpleCommand, via: [String])
        -> ContainerInvocation?
    {
        let scan = DockerOptions.exec.scan(words)
        guard scan.operandIndex < words.endIndex else { return nil }
        let target = ContainerInvocation.Target.container(words[scan.operandIndex])
        return invocation(target, arguments: words[(scan.operandIndex + 1)...], form: form, host: host, via: via)
    }

    /// `docker run [options] IMAGE [COMMAND...]`.
    static func run(_ words: ArraySlice<ShellWord>, form: String, host: SimpleCommand, via: [String])
        -> ContainerInvocation?
    {
        let scan = DockerOptions.run.scan(words)
        guard scan.operandIndex < words.endIndex else { return nil }
        let target = ContainerInvocation.Target.image(words[scan.operandIndex])
        return invocation(target, arguments: words[(scan.operandIndex + 1)...], form: form, host: host, via: via)
    }

    /// `docker compose [options] exec|run [options] SERVICE [COMMAND...]` (`form` names the program).
    static func compose(_ words: ArraySlice<ShellWord>, form: String, host: SimpleCommand, via: [String])
        -> ContainerInvocation?
    {
        let global = DockerOptions.composeGlobal.scan(words)
        guard global.operandIndex < words.endIndex else { return nil }
        let files = global.values.filter { $0.name == "f" || $0.name == "file" }.map(\.value)
        let project = global.values.last { $0.name == "p" || $0.name == "project-name" }?.value
        let subcommand = words[global.operandIndex].value
        guard subcommand == "exec" || subcommand == "run" else { return nil }
        let spec = subcommand == "exec" ? DockerOptions.composeExec : DockerOptions.composeRun
        let rest = words[(global.operandIndex + 1)...]
        let scan = spec.scan(rest)
        guard scan.operandIndex < rest.endIndex else { return nil }
        let target = ContainerInvocation.Target.composeService(
            rest[scan.operandIndex], composeFiles: files, project: project)
        return invocation(
            target, arguments: rest[(scan.operandIndex + 1)...], form: "\(form) \(subcommand)", host: host, via: via)
    }

    /// Builds the invocation, parsing the inner script of `sh -c SCRIPT` (or a heredoc fed to `sh`).
    static func invocation(
        _ target: ContainerInvocation.Target, arguments: ArraySlice<ShellWord>, form: String, host: SimpleCommand,
        via: [String]
    ) -> ContainerInvocation {
        var inner: ShellScript?
        if let shell = ShellInvocation.script(in: arguments) {
            if let script = shell.script {
                inner = ShellParser.parse(script.unquoted)
            } else if shell.usesStandardInput, let stdin = host.standardInputScript {
                inner = ShellParser.parse(stdin)
            }
        }
        return ContainerInvocation(
            target: target, arguments: Array(arguments), innerScript: inner, hostCommand: host, form: form, via: via)
    }
}
