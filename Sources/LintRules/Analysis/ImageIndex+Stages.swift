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
        return ResolvedImage(
            summary: "\(dockerfile.path)\(name), FROM \(base)", stageLocation: stage.fromLocation,
            packageManager: contents.baseEntry?.packageManager.command,
            ports: ports(of: chain), availability: availability(contents),
            hasShell: contents.hasShell, isBusyboxApplet: busyboxApplets(contents),
            healthcheck: healthcheck(of: chain, contents: contents), healthCommand: contents.baseEntry?.healthCommand)
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
        case .exec(let words): words.map { TextWord(value: $0.value, location: $0.location, quoted: false) }
        case .shell(let text): ShellParser.parse(text).commands.flatMap { $0.words.map(TextWord.init) }
        }
    }
}
