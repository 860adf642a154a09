import DockerfileSyntax
import ShipshapeCore

/// Accumulates the effects of a chain's instructions on an image.
struct ContentsBuilder {
    let image: String?
    let base: BaseImageLookup
    private var ledger = PackageLedger()
    private var copies: [String: ProgramSource] = [:]
    private var uncertainCopies: [String: String] = [:]
    private var openEnded: [String] = []
    private var addedShell = false

    init(image: String?, base: BaseImageLookup) {
        self.image = image
        self.base = base
    }

    var contents: ImageContents {
        let shellPackages = ["bash", "dash", "busybox", "busybox-static", "zsh"]
        let shellInstalled = ledger.changes.installedNames.contains { shellPackages.contains($0) }
        return ImageContents(
            image: image, base: base, ledger: ledger, copies: copies, uncertainCopies: uncertainCopies,
            openEndedAdditions: openEnded, addedShell: addedShell || shellInstalled)
    }

    mutating func run(_ instruction: Instruction, commands: [[String]]) {
        ledger.beginRun()
        let context = RunContext(instruction: instruction)
        for argv in commands { ledger.apply(argv, context: context) }
    }

    /// `COPY --from=X /path/prog /dest` adds `prog` (and the destination's name); a directory copied from a
    /// stage adds, as "maybe", the programs that stage has; build-context files are only mentions.
    mutating func copy(_ copy: CopyInstruction, source: ImageContents?) {
        let fromLabel = copy.from
        for path in copy.sources {
            let names = copiedNames(source: path, destination: copy.destination, count: copy.sources.count)
            if let source {
                for name in names { record(name, .copied(from: fromLabel, path: path, location: copy.location)) }
                if Self.mayHoldPrograms(path) {
                    uncertainCopies(from: source, path: path, label: fromLabel ?? "", location: copy.location)
                }
            } else {
                for name in names where uncertainCopies[name] == nil {
                    uncertainCopies[name] =
                        "\(name) may come from the build context (\(path) copied at \(copy.location))"
                }
            }
        }
        // A folder of the build context copied into a bin folder may hold any program; a stage's folder holds
        // what `candidates(in:of:)` says.
        if copy.from == nil, Self.isPathDirectory(copy.destination),
            copy.sources.contains(where: { $0.hasSuffix("/") || $0 == "." })
        {
            openEnded.append("a directory is copied into \(copy.destination) (\(copy.location))")
        }
    }

    private mutating func record(_ name: String, _ source: ProgramSource) {
        copies[name] = source
        if ["sh", "bash", "busybox", "ash", "dash"].contains(name) { addedShell = true }
    }

    private mutating func uncertainCopies(
        from source: ImageContents, path: String, label: String, location: SourceLocation
    ) {
        let candidates = Self.candidates(in: path, of: source)
        for name in candidates where uncertainCopies[name] == nil && copies[name] == nil {
            if case .absent = source.availability(of: name) { continue }
            uncertainCopies[name] = "\(name) may be inside \(label):\(path), copied at \(location)"
        }
    }

    /// The programs a directory copied from `source` may hold. Package managers install into `/usr` and `/bin`,
    /// so only a copy of those (or of `/`) brings the stage's packages; `/usr/local` also holds what language
    /// images put there (their base image's programs); any other folder (`/go/bin`, `/opt/app`) holds only
    /// what the stage itself placed there — unless a script or source build of the stage may have put anything.
    static func candidates(in path: String, of source: ImageContents) -> Set<String> {
        let directory = BuildContextFiles.absolute(path, in: "/")
        let base = Set(source.baseEntry?.programs ?? [])
        let placed = Set(source.copies.keys).union(source.ledger.possiblyAdded.keys).union(source.uncertainCopies.keys)
        let packages = source.packageChanges.installed.flatMap {
            PackageCatalog.programs(of: $0.name, manager: $0.manager)
        }
        let anything =
            source.baseEntry == nil || !source.ledger.opaqueScripts.isEmpty || !source.ledger.sourceBuilds.isEmpty
            || !source.ledger.unresolvedInstalls.isEmpty
            || !source.openEndedAdditions.isEmpty
        let tools = anything ? Set(ImageContents.probeTools) : []
        if path.contains("*") || ["/", "/usr", "/bin", "/sbin", "/usr/bin", "/usr/sbin"].contains(directory) {
            return Set(ImageContents.probeTools).union(base).union(packages).union(placed)
        }
        if directory == "/usr/local" || directory.hasPrefix("/usr/local/") { return base.union(placed).union(tools) }
        return placed.union(tools)
    }

    private func copiedNames(source: String, destination: String, count: Int) -> [String] {
        var names = [Paths.basename(source)]
        if count == 1, !destination.hasSuffix("/"), !destination.hasSuffix("."), !destination.isEmpty {
            names.append(Paths.basename(destination))
        }
        return names.filter { !$0.isEmpty && $0 != "/" && $0 != "." && !$0.contains("*") }
    }

    /// True for a path that is, or contains, a directory of executables (`/usr/local`, `/opt/x/bin`, `/bin/*`).
    /// A path *below* a `bin` directory (`/go/bin/server`, `/usr/local/bin/curl`) names one file: it
    /// brings that file only, recorded by name, so the builder's other programs stay out.
    static func mayHoldPrograms(_ path: String) -> Bool {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let components = trimmed.split(separator: "/")
        if trimmed.contains("*") { return true }
        if let last = components.last, last == "bin" || last == "sbin" { return true }
        if components.dropLast().contains(where: { $0 == "bin" || $0 == "sbin" }) { return false }
        return ["/", "/usr", "/usr/local", "/opt"].contains(trimmed.isEmpty ? "/" : trimmed)
    }

    private static func isPathDirectory(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        return components.last == "bin" || components.last == "sbin"
    }
}
