import ShipshapeCore

/// Tracks installs and removals across the `RUN`s of a build, in order.
///
/// Stateful because effects span commands and instructions: `apk add --virtual .deps` in one
/// command is undone by `apk del .deps` in another; `apt-mark auto` only matters at the next autoremove.
public struct PackageLedger: Sendable, Hashable {
    private var order: [String] = []
    private var installed: [String: InstalledPackage] = [:]
    private var removed: [String: SourceLocation?] = [:]
    private var autoMarked: Set<String> = []
    private var virtualGroups: [String: [String]] = [:]
    /// Packages added by name (apk's world file); deleting a virtual group keeps them.
    private var explicit: Set<String> = []
    private var currentRun: Set<String> = []
    private var unresolved: [String: SourceLocation?] = [:]
    private(set) var possiblyAdded: [String: PossibleProgram] = [:]
    private(set) var mentions: [String: SourceLocation?] = [:]
    /// Scripts run whose effects are unknown (`./install.sh`, `curl ... | bash`).
    private(set) var opaque: [String: SourceLocation?] = [:]
    /// `make install` of source builds: they may install what their project builds.
    private(set) var sourceBuilds: [SourceBuild] = []

    /// An empty ledger: nothing installed yet.
    public init() {}

    /// Marks the start of a new `RUN`: `apt-mark auto '.*'` only reaches packages of the current one.
    public mutating func beginRun() { currentRun = [] }

    /// Applies one command's argv (after the shell has split it).
    public mutating func apply(_ argv: [String], context: RunContext) { apply(argv, context: context, depth: 0) }

    private mutating func apply(_ argv: [String], context: RunContext, depth: Int) {
        let (words, viaXargs) = CommandPrefix.stripReportingXargs(argv)
        guard let first = words.first else { return }
        let program = Paths.basename(first)
        // `busybox APPLET ARGS` runs the applet: `busybox sh -c '…'`, `busybox wget -O /x …`.
        if program == "busybox", let applet = words.dropFirst().first, !applet.hasPrefix("-"), depth < 4 {
            apply(Array(words.dropFirst()), context: context, depth: depth + 1)
            return
        }
        // `sh -c 'apt-get install ...'`: the script is a string to the outer shell; look inside it.
        if let script = FallbackCommandSplitter.shellScript(in: words), depth < 4 {
            for inner in FallbackCommandSplitter.split(script) { apply(inner, context: context, depth: depth + 1) }
            return
        }
        // Arguments fed by xargs are unknown; a `$` word makes an install unresolved rather than empty.
        let arguments = Array(words.dropFirst()) + (viaXargs ? ["$XARGS_INPUT"] : [])
        if let script = OpaqueScript.describe(program: first, arguments: arguments) {
            opaque[script] = context.location
        }
        if let label = SourceBuild.label(program: first, arguments: arguments) {
            sourceBuilds.append(SourceBuild(label: label, context: context, mentioned: mentions.keys))
        }
        switch program {
        case "apt-get", "apt", "aptitude": applyApt(arguments, context: context)
        case "apt-mark": applyAptMark(arguments)
        case "apk": applyApk(arguments, context: context)
        case "dnf", "yum", "microdnf", "tdnf":
            applyDnf(
                arguments, manager: program == "microdnf" ? .microdnf : (program == "yum" ? .yum : .dnf),
                context: context)
        case "pip", "pip3", "pipx", "uv", "poetry", "npm", "yarn", "pnpm", "gem", "go", "cargo":
            return  // language package managers: nothing the linter probes for
        default:
            for added in ProgramPlacement.programs(placedBy: program, arguments: arguments, location: context.location)
            {
                possiblyAdded[added.program] = added
            }
            for word in arguments where !word.hasPrefix("-") {
                let name = Paths.basename(word)
                if !name.isEmpty, mentions[name] == nil { mentions[name] = context.location(of: word) }
            }
        }
    }

    mutating func install(_ words: [String], manager: PackageManager, group: String? = nil, context: RunContext) {
        var names: [String] = []
        for word in words {
            if word.contains("$") || word.contains("`") {
                unresolved[word] = context.location(of: word)
                continue
            }
            let name = PackageCatalog.normalizedName(word)
            guard !name.isEmpty else { continue }
            names.append(name)
            if installed[name] == nil { order.append(name) }
            installed[name] = InstalledPackage(name: name, manager: manager, location: context.location(of: word))
            removed[name] = nil
            autoMarked.remove(name)
            currentRun.insert(name)
            if group == nil { explicit.insert(name) }
        }
        if let group { virtualGroups[group, default: []].append(contentsOf: names) }
    }

    mutating func remove(_ words: [String], context: RunContext) {
        for word in words {
            if unresolved[word] != nil {
                unresolved[word] = nil
                continue
            }
            let name = PackageCatalog.normalizedName(word)
            if let members = virtualGroups.removeValue(forKey: name) {
                for member in members where !explicit.contains(member) { drop(member, location: context.location) }
                continue
            }
            explicit.remove(name)
            drop(name, location: context.location(of: word))
        }
    }

    mutating func autoremove(context: RunContext) {
        for name in autoMarked where installed[name] != nil { drop(name, location: context.location) }
        autoMarked = []
    }

    mutating func markAuto(_ words: [String]) {
        for word in words {
            // A pattern (`'.*'`, `'*'`) marks everything; only packages of this RUN were installed after
            // the usual `savedAptMark="$(apt-mark showmanual)"`, so only they become removable.
            if word.contains("*") || word.contains("^") {
                autoMarked.formUnion(currentRun)
            } else {
                autoMarked.insert(PackageCatalog.normalizedName(word))
            }
        }
    }

    mutating func markManual(_ words: [String]) {
        for word in words where !word.contains("$") { autoMarked.remove(PackageCatalog.normalizedName(word)) }
    }

    private mutating func drop(_ name: String, location: SourceLocation?) {
        if installed.removeValue(forKey: name) != nil { order.removeAll { $0 == name } }
        removed[name] = location
        autoMarked.remove(name)
    }

    /// The net changes so far.
    public var changes: PackageChanges {
        PackageChanges(
            installed: order.compactMap { installed[$0] }, removed: removed.keys.sorted(),
            possiblyAdded: possiblyAdded.values.sorted { $0.program < $1.program },
            unresolvedInstalls: unresolved.keys.sorted(), mentions: Set(mentions.keys),
            opaqueScripts: opaque.keys.sorted() + sourceBuilds.map(\.label))
    }

    /// The installed package that provides `program`, if any.
    public func installedPackage(providing program: String) -> InstalledPackage? {
        for name in order.reversed() {
            if let package = installed[name],
                PackageCatalog.programs(of: name, manager: package.manager).contains(program)
            {
                return package
            }
        }
        return nil
    }

    /// The removal that took `program` away (a removed package providing it), if any.
    public func removal(of program: String, manager: PackageManager) -> String? {
        removed.keys.sorted().first { PackageCatalog.programs(of: $0, manager: manager).contains(program) }
    }

    /// Package words that could not be read and are still installed, with where they are.
    public var unresolvedInstalls: [(word: String, location: SourceLocation?)] {
        unresolved.keys.sorted().map { ($0, unresolved[$0] ?? nil) }
    }

    /// Scripts whose effects are unknown, with where they run.
    public var opaqueScripts: [(script: String, location: SourceLocation?)] {
        opaque.keys.sorted().map { ($0, opaque[$0] ?? nil) }
    }

    /// Where `word` was mentioned by a command the analysis does not model.
    func mention(of word: String) -> SourceLocation?? { mentions[word] }

    /// True when a busybox package is installed (its applets may be linked).
    public var hasBusyboxPackage: Bool { order.contains { PackageCatalog.busyboxPackages.contains($0) } }
}
