import DockerfileSyntax
import ShipshapeCore

/// Works out what a Dockerfile stage (or an image) contains: base image knowledge, then every
/// `RUN`, `COPY` and `ADD` of the stage and the stages it is built `FROM`, in order.
public struct ImageResolver: Sendable {
    /// The argv lists a `RUN` runs; supplied by the caller so the real shell parser can be used.
    public typealias CommandProvider = @Sendable (Instruction) -> [[String]]

    /// The base-image knowledge consulted.
    public let catalog: [BaseImageEntry]
    /// Splits a `RUN` into argv lists.
    public let commands: CommandProvider

    /// Defaults: the built-in catalog and the fallback splitter (pass the real shell parser when available).
    public init(
        catalog: [BaseImageEntry] = BaseImageCatalog.entries,
        commands: @escaping CommandProvider = { FallbackCommandSplitter.commands(of: $0) }
    ) {
        self.catalog = catalog
        self.commands = commands
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

    func contents(of stage: Stage, in dockerfile: Dockerfile, depth: Int) -> ImageContents {
        let chain = dockerfile.ancestry(of: stage)
        let root = chain.first?.baseImage
        var builder = ContentsBuilder(image: root, base: lookup(root))
        var variables = StageVariables()
        for member in chain {
            for instruction in member.instructions {
                switch instruction.keyword {
                case "ARG", "ENV": variables.declare(instruction)
                case "RUN": builder.run(instruction, commands: variables.substituted(commands(instruction)))
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
        return BaseImageCatalog.lookup(reference, in: catalog)
    }
}
