import ShipshapeCore

/// The files a build copies from its context (`COPY`/`ADD`, and `COPY --from` of an earlier stage that copied
/// them from the context), so that a path the image runs — `HEALTHCHECK CMD /usr/local/bin/health.sh`, `RUN
/// /tmp/install.sh` — leads back to the repository's file. Paths are relative to the build context; the caller
/// checks which exist.
public struct BuildContextFiles: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        let sources: [String]
        /// Absolute, without a trailing slash.
        let destination: String
        /// `COPY a b /dir/` or `COPY a /dir/`: each source lands inside the destination.
        let intoDirectory: Bool
        /// For `COPY --from=STAGE`: that stage's files (its sources are paths in its filesystem); empty for a
        /// copy from the context.
        var stage: [BuildContextFiles] = []
    }

    private var entries: [Entry] = []
    /// The working directory after the instructions added so far (`WORKDIR`), absolute.
    public private(set) var workdir = "/"

    public init() {}

    /// The copies of a chain of stages, in build order.
    public init(stages: [Stage]) {
        for stage in stages {
            for instruction in stage.instructions { add(instruction) }
        }
    }

    /// How deep `COPY --from` is followed (a stage that copies from a stage that copies from another), and how
    /// many such copies of one stage: a hostile Dockerfile of many stages copying from each other stays cheap.
    static let followedStageDepth = 2
    static let followedCopiesPerStage = 16

    /// The copies of `stage` and the stages it is built from; `COPY --from` of an earlier stage of `dockerfile`
    /// is followed into that stage's own copies.
    public init(stage: Stage, in dockerfile: Dockerfile, depth: Int = 0) {
        var followed = 0
        for member in dockerfile.ancestry(of: stage) {
            for instruction in member.instructions {
                guard let from = instruction.flag("from")?.value else {
                    add(instruction)
                    continue
                }
                guard depth < Self.followedStageDepth, followed < Self.followedCopiesPerStage else { continue }
                // Only earlier stages: each nesting goes strictly back, so it ends.
                guard let source = dockerfile.stage(referencedBy: from, before: member.index),
                    source.index < member.index, let copy = CopyInstruction(instruction: instruction),
                    !copy.destination.contains("$")
                else { continue }
                let sources = copy.sources.filter { !$0.contains("*") && !$0.contains("$") }
                guard !sources.isEmpty else { continue }
                followed += 1
                entries.append(
                    Entry(
                        sources: sources.map { Self.absolute($0, in: "/") },
                        destination: Self.absolute(copy.destination, in: workdir),
                        intoDirectory: copy.destination.hasSuffix("/") || copy.sources.count > 1,
                        stage: [BuildContextFiles(stage: source, in: dockerfile, depth: depth + 1)]))
            }
        }
    }

    /// Takes the effect of one instruction: `WORKDIR`, or a `COPY`/`ADD` from the build context.
    public mutating func add(_ instruction: Instruction) {
        switch instruction.keyword {
        case "WORKDIR":
            let path = instruction.arguments.text.trimmingSpaces
            if !path.isEmpty, !path.contains("$") { workdir = Self.absolute(path, in: workdir) }
        case "COPY", "ADD":
            guard instruction.flag("from") == nil, let copy = CopyInstruction(instruction: instruction),
                !copy.destination.contains("$")
            else { return }
            let sources = copy.sources.filter { !$0.contains("://") && !$0.contains("*") && !$0.contains("$") }
            guard !sources.isEmpty else { return }
            entries.append(
                Entry(
                    sources: sources, destination: Self.absolute(copy.destination, in: workdir),
                    intoDirectory: copy.destination.hasSuffix("/") || copy.sources.count > 1))
        default:
            return
        }
    }

    /// Context-relative paths that may hold the file the image runs as `program`: a path (relative ones
    /// from `workdir`), or a bare name found along `PATH`. The latest copy first; nothing for a file the
    /// build context does not provide.
    public func contextPaths(of program: String, workdir: String? = nil) -> [String] {
        var result: [String] = []
        let bare = !program.contains("/")
        let target = bare ? "" : Self.absolute(program, in: workdir ?? self.workdir)
        let name = Self.lastComponent(program)
        for entry in entries.reversed() {
            if let stage = entry.stage.first {
                if !bare { result += stage.contextPaths(ofCopied: target, entry: entry) }
                continue
            }
            for source in entry.sources {
                let trimmed = Self.trimmed(source)
                let sourceIsDirectory = source.hasSuffix("/") || trimmed == "."
                if bare {
                    let landsAs =
                        entry.intoDirectory ? Self.lastComponent(trimmed) : Self.lastComponent(entry.destination)
                    if !sourceIsDirectory, landsAs == name { result.append(trimmed) }
                    continue
                }
                if target == entry.destination, !sourceIsDirectory, !entry.intoDirectory {
                    result.append(trimmed)
                } else if target.hasPrefix(entry.destination == "/" ? "/" : entry.destination + "/") {
                    let relative = String(target.dropFirst(entry.destination == "/" ? 1 : entry.destination.count + 1))
                    if !sourceIsDirectory, relative == Self.lastComponent(trimmed) { result.append(trimmed) }
                    if sourceIsDirectory || !entry.intoDirectory { result.append(Self.join(trimmed, relative)) }
                }
            }
        }
        var seen: Set<String> = []
        return result.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Context paths for `target` where `entry` copied it from this build's stage: the path it had there,
    /// looked up in the stage's own copies.
    func contextPaths(ofCopied target: String, entry: Entry) -> [String] {
        var result: [String] = []
        let folder = entry.destination == "/" ? "/" : entry.destination + "/"
        for source in entry.sources {
            // A file lands as the destination, or inside it; a folder's contents land under the destination.
            let landing = entry.intoDirectory ? folder + Self.lastComponent(source) : entry.destination
            if target == landing { result += contextPaths(of: source, workdir: "/") }
            if target.hasPrefix(folder) {
                let relative = String(target.dropFirst(folder.count))
                result += contextPaths(of: Self.absolute(relative, in: source), workdir: "/")
            }
        }
        return result
    }

    /// `path` made absolute against `directory`, `.`/`..` components resolved, no trailing slash.
    public static func absolute(_ path: String, in directory: String) -> String {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// A context path without `./` and trailing slashes; `.` for the context itself.
    static func trimmed(_ source: String) -> String {
        let relative = String(absolute(source, in: "/").dropFirst())
        return relative.isEmpty ? "." : relative
    }

    static func join(_ directory: String, _ relative: String) -> String {
        directory == "." ? relative : directory + "/" + relative
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" }.reversed())
    }
}
