import DockerfileSyntax
import ImageKnowledge
import ShellSyntax
import ShipshapeCore

extension ImageIndex {
    /// A Dockerfile stage as a resolved image: contents, summary, the ports it declares.
    static func resolve(_ stage: Stage, in dockerfile: Dockerfile, resolver: ImageResolver) -> ResolvedImage {
        let contents = resolver.contents(of: stage, in: dockerfile)
        let chain = resolver.chain(of: stage, in: dockerfile)
        let name = stage.name.map { ", stage \"\($0)\"" } ?? ""
        var base = contents.imageDescription ?? stage.baseImageRaw
        if let root = chain.first, root.dockerfile.path != dockerfile.path {
            // `FROM acme/base`, built by another Dockerfile of the repository.
            let origin = dockerfile.ancestry(of: stage).first?.baseImageRaw ?? stage.baseImageRaw
            base = "\(origin) (built from \(root.dockerfile.path), FROM \(base))"
        }
        let binSh = Self.binSh(contents, chain: chain.map(\.stage))
        return ResolvedImage(
            summary: "\(dockerfile.path)\(name), FROM \(base)", stageLocation: stage.fromLocation,
            packageManager: contents.baseEntry?.packageManager.command,
            ports: ports(of: chain), availability: availability(contents),
            hasShell: contents.hasShell, isBusyboxApplet: busyboxApplets(contents),
            healthcheck: healthcheck(of: chain, contents: contents), healthCommand: contents.baseEntry?.healthCommand,
            ipv4Bindings: ipv4Bindings(of: chain, runtime: knownRuntime(contents, stage: chain.last?.stage)),
            knownRuntime: knownRuntime(contents, stage: chain.last?.stage),
            isAlpine: contents.baseEntry?.os == .alpine, binSh: binSh,
            shellFormShell: shellFormShell(of: chain.map(\.stage), binSh: binSh))
    }

    /// `/bin/sh` of the base image, unless a `RUN` relinks it (`ln -sf /bin/bash /bin/sh`).
    static func binSh(_ contents: ImageContents, chain: [Stage]) -> String? {
        let relinked = chain.flatMap(\.instructions).contains { instruction in
            let text = instruction.arguments.text
            return instruction.keyword == "RUN" && text.contains("/bin/sh") && text.contains("ln ")
        }
        return relinked ? nil : binSh(contents.baseEntry)
    }

    /// What `/bin/sh` is in an image of the knowledge base.
    static func binSh(_ entry: BaseImageEntry?) -> String? {
        guard let entry, entry.hasShell else { return nil }
        if entry.busybox { return "busybox ash" }
        switch entry.os {
        case .debian, .ubuntu: return "dash"
        case .alpine, .busybox: return "busybox ash"
        case .rhel: return "bash"
        case .distroless, .scratch: return nil
        }
    }

    /// The last `SHELL ["/bin/bash", "-c"]` along the chain names it (`bash`); without one, `/bin/sh`.
    static func shellFormShell(of chain: [Stage], binSh: String?) -> String? {
        guard let shell = chain.flatMap(\.instructions).last(where: { $0.keyword == "SHELL" }) else { return binSh }
        guard let program = shell.arguments.text.firstMatch(of: #/"([^"]+)"/#)?.output.1 else { return nil }
        let name = String(program.split(separator: "/").last ?? program)
        return name == "sh" ? binSh : name
    }

    /// True when the image's server is a Node, Python, Ruby, PHP or .NET one: its base image is one, or its
    /// start command runs one (`IPv4Binding.runtimes`).
    static func knownRuntime(_ contents: ImageContents, stage: Stage?) -> Bool {
        if let repository = contents.baseEntry?.names.first?.repository,
            IPv4Binding.runtimeRepositories.contains(repository)
        {
            return true
        }
        guard let stage else { return false }
        let argv = [stage.entrypoint, stage.cmd].compactMap { $0 }.flatMap { words(of: $0).map(\.value) }
        return IPv4Binding.runsKnownRuntime(argv)
    }

    /// `ENV HOST=0.0.0.0` over the stage and its ancestors, `--host 0.0.0.0` in the last `ENTRYPOINT`/`CMD` —
    /// only for a known runtime (`knownRuntime`): a Go server on `0.0.0.0` accepts `::1` too.
    static func ipv4Bindings(of chain: [(stage: Stage, dockerfile: Dockerfile)], runtime: Bool) -> [IPv4Binding] {
        guard runtime else { return [] }
        var bindings: [IPv4Binding] = []
        for member in chain.map(\.stage) {
            for variable in member.environment {
                if let binding = IPv4Binding.inVariable(
                    name: variable.name, value: variable.value, location: variable.location, prefix: "ENV ")
                {
                    bindings.append(binding)
                }
            }
        }
        guard let stage = chain.last?.stage else { return bindings }
        if let entrypoint = stage.entrypoint { bindings += IPv4Binding.inCommand(words(of: entrypoint)) }
        if let cmd = stage.cmd { bindings += IPv4Binding.inCommand(words(of: cmd), fromCMD: true) }
        return bindings
    }

    static func busyboxApplets(_ contents: ImageContents) -> @Sendable (String) -> Bool {
        { program in
            if case .present(let source) = contents.availability(of: program) { return source.isBusyboxApplet }
            return false
        }
    }

    /// The last `HEALTHCHECK` along the stage's `FROM` chain, else the base image's (official images declare none).
    static func healthcheck(of chain: [(stage: Stage, dockerfile: Dockerfile)], contents: ImageContents)
        -> ImageHealthcheck
    {
        for member in chain.map(\.stage).reversed() {
            guard let healthcheck = member.healthcheck else { continue }
            if case .none = healthcheck.test {
                return .none(evidence: "HEALTHCHECK NONE at \(healthcheck.location)")
            }
            return .declared(healthcheck.location)
        }
        return baseHealthcheck(contents)
    }

    /// Official images and distroless/scratch declare no `HEALTHCHECK` (docker-library/faq#healthcheck:
    /// "Explicit health checks are not added to official images"); a project's image says what its own does.
    static func baseHealthcheck(_ contents: ImageContents) -> ImageHealthcheck {
        guard let entry = contents.baseEntry else { return .unknown }
        switch entry.healthcheck {
        case .declared: return .declared(nil)
        case .unverified: return .unknown
        case .none:
            return .none(evidence: "\(entry.displayName) declares no HEALTHCHECK (docker-library/faq#healthcheck)")
        case .noneShownBy(let source):
            return .none(evidence: "\(entry.displayName) declares no HEALTHCHECK (\(source))")
        }
    }

    static func availability(_ contents: ImageContents) -> @Sendable (String) -> ProgramAvailability {
        { program in
            switch contents.availability(of: program) {
            case .present(let source): .present(evidence: source.description, location: source.location)
            case .absent: .absent
            case .unknown(let reason): .unknown(reason: reason)
            }
        }
    }

    /// `EXPOSE`, `ENV PORT=...` and `--port`/`--bind` in `CMD`/`ENTRYPOINT`, over the stage and its ancestors.
    static func ports(of chain: [(stage: Stage, dockerfile: Dockerfile)]) -> [ListeningPort] {
        var ports: [ListeningPort] = []
        guard let stage = chain.last?.stage else { return ports }
        for member in chain.map(\.stage) {
            ports += member.exposedPorts.map {
                ListeningPort(port: $0.port, evidence: "EXPOSE \($0.port)", location: $0.location)
            }
            for variable in member.environment where PortEvidence.isListenVariable(variable.name) {
                if let port = PortEvidence.port(in: variable.value) {
                    ports.append(
                        ListeningPort(
                            port: port, evidence: "ENV \(variable.name)=\(variable.value)", location: variable.location)
                    )
                }
            }
        }
        for form in [stage.entrypoint, stage.cmd].compactMap({ $0 }) {
            ports += PortEvidence.inCommand(words(of: form))
        }
        return ports
    }

    static func words(of form: CommandForm) -> [TextWord] {
        switch form {
        case .exec(let words): words.map { TextWord(value: $0.value, location: $0.location, quoted: true) }
        case .shell(let text): ShellParser.parse(text).commands.flatMap { $0.words.map(TextWord.init) }
        }
    }
}
