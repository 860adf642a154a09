import DeployModel
import DockerfileSyntax
import Foundation
import ImageKnowledge
import ShellSyntax
import ShipshapeCore

/// What every image the repository builds or names contains, computed once per run.
struct ImageIndex: Sendable {
    let model: DeploymentModel
    let resolver: ImageResolver
    /// The repository's shell scripts by path (scripts a build copies, a health check runs).
    let scripts: RepositoryScripts
    let dockerfiles: [String: Dockerfile]
    /// Each Dockerfile's stages, resolved once: path → stage index → image.
    let stages: [String: [ResolvedImage]]
    /// Image names (without tag) the repository builds itself, and from what.
    let built: [String: ImageSource]
    /// Images `--probe-images` looked into, by the reference the repository names.
    let observed: [String: ObservedImage]
    /// Image references the repository runs, and where their contents come from.
    let references: [String: ImageSource]

    init(model: DeploymentModel, observed: [ObservedImage] = []) {
        self.model = model
        self.observed = Dictionary(observed.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
        var dockerfiles: [String: Dockerfile] = [:]
        for dockerfile in model.dockerfiles { dockerfiles[dockerfile.path] = dockerfile }
        let built = BuiltImages.index(model: model, dockerfiles: Set(dockerfiles.keys))
        self.built = built
        let scripts = RepositoryScripts(model: model)
        self.scripts = scripts
        let resolver = ImageResolver(
            commands: Self.argvLists, localBuild: Self.localBuilds(built, dockerfiles),
            contextScript: { dockerfile, paths in
                scripts.script(near: dockerfile, candidates: paths).map { unit in
                    unit.script.commands.map { command in command.words.map(\.value) }
                }
            })
        self.resolver = resolver
        var stages: [String: [ResolvedImage]] = [:]
        for dockerfile in model.dockerfiles {
            stages[dockerfile.path] = dockerfile.stages.map { stage in
                Self.resolve(stage, in: dockerfile, resolver: resolver, model: model, scripts: scripts)
            }
        }
        self.dockerfiles = dockerfiles
        self.stages = stages
        references = Self.references(model: model, built: built)
    }

    /// A stage as a resolved image, with the nginx configurations its build copies from the repository and
    /// the listen address in the code its start command runs.
    static func resolve(
        _ stage: Stage, in dockerfile: Dockerfile, resolver: ImageResolver, model: DeploymentModel,
        scripts: RepositoryScripts
    ) -> ResolvedImage {
        var image = resolve(stage, in: dockerfile, resolver: resolver)
        image.ipv4Bindings += NginxListeners.bindings(
            NginxListeners.copied(by: stage, in: dockerfile, configs: model.nginxConfigs),
            stockRemoved: NginxListeners.removesStockDefault(stage, in: dockerfile))
        // `ENV HOST=::` overrides the code's default address.
        let ipv6 = dockerfile.ancestry(of: stage).flatMap(\.environment).contains { variable in
            IPv4Binding.setsIPv6Host(name: variable.name, value: variable.value)
        }
        if !ipv6 {
            image.ipv4Bindings += StartCommandSource(
                stage: stage, dockerfile: dockerfile, scripts: scripts, sources: model.sources
            ).bindings()
        }
        return image
    }

    /// `FROM acme/base` where the repository builds `acme/base` itself: that build's stage.
    static func localBuilds(_ built: [String: ImageSource], _ dockerfiles: [String: Dockerfile])
        -> ImageResolver.LocalBuildProvider
    {
        { image in
            guard let key = BuiltImages.key(image), case .build(let path, let target, _) = built[key],
                let dockerfile = dockerfiles[path]
            else { return nil }
            let stage: Stage?
            if let target, let index = Int(target) {
                stage = dockerfile.stages[safe: index]
            } else {
                stage = dockerfile.stage(forTarget: target)
            }
            return stage.map { (stage: $0, dockerfile: dockerfile) }
        }
    }

    /// The argv lists a `RUN` runs, from the real shell parser (literal words; expansions kept as written).
    static let argvLists: ImageResolver.CommandProvider = { instruction in
        if case .exec(let words) = instruction.command { return [words.map(\.value)] }
        return instruction.shellScripts.flatMap { text in
            ShellParser.parse(text).commands.map { command in command.words.map(\.value) }
        }
    }

    /// What an image source contains; nil when nothing is known (unknown Dockerfile, unnamed image).
    func resolve(_ source: ImageSource) -> ResolvedImage? {
        let known = resolveFromKnowledge(source)
        guard let observation = observation(of: source) else { return known }
        return ObservedImageOverlay.apply(observation, over: known)
    }

    /// The observation of the image a source produces: the reference itself, or a tag the repository gives its build.
    func observation(of source: ImageSource) -> ObservedImage? {
        switch source {
        case .reference(let reference):
            return observed[reference]
        case .build:
            return observed.values.sorted { $0.reference < $1.reference }.first { references[$0.reference] == source }
        }
    }

    /// What the knowledge base and the Dockerfile say, without observations.
    func resolveFromKnowledge(_ source: ImageSource) -> ResolvedImage? {
        switch source {
        case .reference(let reference):
            guard !reference.isEmpty else { return nil }
            let contents = resolver.contents(ofImage: reference)
            guard contents.baseEntry != nil else { return nil }
            return ResolvedImage(
                summary: contents.imageDescription ?? reference, stageLocation: nil,
                packageManager: contents.baseEntry?.packageManager.command,
                ports: [], availability: Self.availability(contents), hasShell: contents.hasShell,
                isBusyboxApplet: Self.busyboxApplets(contents), healthcheck: Self.baseHealthcheck(contents),
                healthCommand: contents.baseEntry?.healthCommand,
                knownRuntime: Self.knownRuntime(contents, stage: nil), isAlpine: contents.baseEntry?.os == .alpine,
                binSh: Self.binSh(contents.baseEntry), shellFormShell: Self.binSh(contents.baseEntry))
        case .build(let path, let target, let args):
            guard var dockerfile = dockerfiles[path] else { return nil }
            let relevantArgs = args.filter { key, _ in
                dockerfile.instructions.contains { $0.keyword == "ARG" && $0.arguments.text.hasPrefix(key) }
            }
            if !relevantArgs.isEmpty, let text = model.sources[path] {
                dockerfile = DockerfileParser.parse(path: path, text: text, buildArgs: relevantArgs)
                return stage(target, in: dockerfile).map {
                    Self.resolve($0, in: dockerfile, resolver: resolver, model: model, scripts: scripts)
                }
            }
            return stage(target, in: dockerfile).flatMap { stages[path]?[safe: $0.index] }
        }
    }

    /// The stage a target names: a stage name, a stage index, or nil for the last stage.
    func stage(_ target: String?, in dockerfile: Dockerfile) -> Stage? {
        if let target, let index = Int(target), dockerfile.stages.indices.contains(index) {
            return dockerfile.stages[index]
        }
        return dockerfile.stage(forTarget: target)
    }

    /// The repository's own build for an image name, ignoring the tag (`ghcr.io/org/api:${TAG}`).
    func builtSource(forImage image: String) -> ImageSource? {
        BuiltImages.key(image).flatMap { built[$0] }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension PackageManager {
    /// The command to suggest installs with.
    var command: String? {
        switch self {
        case .apt: "apt-get"
        case .apk: "apk"
        case .dnf: "dnf"
        case .microdnf: "microdnf"
        default: nil
        }
    }
}
