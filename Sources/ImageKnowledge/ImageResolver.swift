import DockerfileSyntax
import ShipshapeCore

/// Works out what a Dockerfile stage (or an image) contains: base image knowledge, then every
/// `RUN`, `COPY` and `ADD` of the stage and the stages it is built `FROM`, in order.
public struct ImageResolver: Sendable {
    /// The argv lists a `RUN` runs; supplied by the caller so the real shell parser can be used.
    public typealias CommandProvider = @Sendable (Instruction) -> [[String]]

    /// The base-image knowledge consulted; nil: the built-in catalog, built on the first lookup (a repository
    /// without images never pays for it).
    public let catalog: [BaseImageEntry]?
    /// Splits a `RUN` into argv lists.
    public let commands: CommandProvider
    /// The stage of another Dockerfile of the repository that builds an image name (`FROM acme/base`
    /// where a compose file, workflow or script builds `acme/base`); nil for images built elsewhere.
    public typealias LocalBuildProvider = @Sendable (String) -> (stage: Stage, dockerfile: Dockerfile)?
    public let localBuild: LocalBuildProvider
    /// The argv lists of a repository script a `RUN` executes (`COPY install.sh /tmp/` + `RUN /tmp/install.sh`):
    /// given the Dockerfile's path and the script's candidate paths in its build context, the commands of the
    /// first that the repository holds; nil when none is read (the script stays opaque).
    public typealias ContextScriptProvider = @Sendable (_ dockerfile: String, _ contextPaths: [String]) -> [[String]]?
    public let contextScript: ContextScriptProvider

    /// How many locally built bases one chain follows (`app` FROM `base` FROM `runtime`…); a cycle ends here.
    static let maxLocalBases = 8

    /// Defaults: the built-in catalog and the fallback splitter (pass the real shell parser when available).
    public init(
        catalog: [BaseImageEntry]? = nil,
        commands: @escaping CommandProvider = { FallbackCommandSplitter.commands(of: $0) },
        localBuild: @escaping LocalBuildProvider = { _ in nil },
        contextScript: @escaping ContextScriptProvider = { _, _ in nil }
    ) {
        self.catalog = catalog
        self.commands = commands
        self.localBuild = localBuild
        self.contextScript = contextScript
    }

    /// The contents of a plain image (compose `image:`), from the catalog only.
    public func contents(ofImage image: String?) -> ImageContents {
        ImageContents(image: image, base: lookup(image))
    }

    /// The contents of `stage` of `dockerfile`.
    public func contents(of stage: Stage, in dockerfile: Dockerfile) -> ImageContents {
        contents(of: stage, in: dockerfile, depth: 0)
    }

    /// The contents of the stage a build with `--target` (nil: the last stage) produces; nil without stages.
    public func contents(of dockerfile: Dockerfile, target: String? = nil) -> ImageContents? {
        dockerfile.stage(forTarget: target).map { contents(of: $0, in: dockerfile) }
    }

    /// A stage's chain of stages to its root image, through the repository's own base images: each
    /// member with the Dockerfile it belongs to.
    public func chain(of stage: Stage, in dockerfile: Dockerfile) -> [(stage: Stage, dockerfile: Dockerfile)] {
        var chain = dockerfile.ancestry(of: stage).map { (stage: $0, dockerfile: dockerfile) }
        var seen: Set<String> = [dockerfile.path + "#\(stage.index)"]
        for _ in 0..<Self.maxLocalBases {
            guard let first = chain.first, let image = first.stage.baseImage, let base = localBuild(image),
                seen.insert(base.dockerfile.path + "#\(base.stage.index)").inserted
            else { break }
            chain = base.dockerfile.ancestry(of: base.stage).map { (stage: $0, dockerfile: base.dockerfile) } + chain
        }
        return chain
    }

    func contents(of stage: Stage, in dockerfile: Dockerfile, depth: Int) -> ImageContents {
        let chain = chain(of: stage, in: dockerfile)
        let root = chain.first?.stage.baseImage
        var builder = ContentsBuilder(image: root, base: lookup(root))
        var variables = StageVariables()
        var contextFiles = BuildContextFiles()
        var contextOf = chain.first?.dockerfile.path
        for (member, dockerfile) in chain {
            if dockerfile.path != contextOf {
                // A base built by another Dockerfile copied from its own build context.
                contextFiles = BuildContextFiles()
                contextOf = dockerfile.path
            }
            for instruction in member.instructions {
                contextFiles.add(instruction)
                switch instruction.keyword {
                case "ARG", "ENV": variables.declare(instruction)
                case "RUN":
                    let argvs = variables.substituted(commands(instruction))
                    builder.run(
                        instruction,
                        commands: expandingScripts(argvs, files: contextFiles, dockerfile: dockerfile.path, variables))
                case "COPY", "ADD":
                    guard let copy = CopyInstruction(instruction: instruction) else { continue }
                    let source = copy.from.map {
                        sourceContents($0, before: member.index, in: dockerfile, depth: depth)
                    }
                    builder.copy(copy, source: source)
                default: continue
                }
            }
        }
        return builder.contents
    }

    /// `commands` with each run of a script the build copied from the repository replaced by that script's
    /// own commands (one level: a script's scripts stay opaque).
    func expandingScripts(
        _ commands: [[String]], files: BuildContextFiles, dockerfile: String, _ variables: StageVariables
    ) -> [[String]] {
        commands.flatMap { argv -> [[String]] in
            guard let script = ScriptRun.scriptPath(argv) else { return [argv] }
            let candidates = files.contextPaths(of: script)
            guard !candidates.isEmpty, let inner = contextScript(dockerfile, candidates) else { return [argv] }
            return variables.substituted(inner)
        }
    }

    /// The contents behind `COPY --from=X`: an earlier stage, or an image.
    private func sourceContents(_ reference: String, before index: Int, in dockerfile: Dockerfile, depth: Int)
        -> ImageContents
    {
        if let stage = dockerfile.stage(referencedBy: reference, before: index) {
            // Stages only refer to earlier ones; the depth bound guards against anything unexpected.
            guard depth < 16 else {
                return ImageContents(image: nil, base: .unknown(reason: "stages nested too deeply"))
            }
            return contents(of: stage, in: dockerfile, depth: depth + 1)
        }
        return contents(ofImage: reference)
    }

    private func lookup(_ image: String?) -> BaseImageLookup {
        guard let image else {
            return .unknown(reason: "the base image uses a build argument without a known value")
        }
        guard let reference = ImageReference(image) else {
            return .unknown(reason: "cannot parse image reference '\(image)'")
        }
        return BaseImageCatalog.lookup(reference, in: catalog ?? BaseImageCatalog.entries)
    }
}
