import ShipshapeCore

/// What one image (a stage of a Dockerfile, or a plain image reference) contains.
public struct ImageContents: Sendable, Hashable {
    /// The image the build finally starts from, as written after `ARG` substitution; nil when unresolved.
    public let image: String?
    /// The catalog's answer for `image`.
    public let base: BaseImageLookup
    let ledger: PackageLedger
    let copies: [String: ProgramSource]
    let uncertainCopies: [String: String]
    let openEndedAdditions: [String]
    let addedShell: Bool

    init(
        image: String?, base: BaseImageLookup, ledger: PackageLedger = PackageLedger(),
        copies: [String: ProgramSource] = [:], uncertainCopies: [String: String] = [:],
        openEndedAdditions: [String] = [], addedShell: Bool = false
    ) {
        self.image = image
        self.base = base
        self.ledger = ledger
        self.copies = copies
        self.uncertainCopies = uncertainCopies
        self.openEndedAdditions = openEndedAdditions
        self.addedShell = addedShell
    }

    /// `python:3.12-slim`, or `mariadb; the tag floats…` when a floating tag was read as a version line.
    public var imageDescription: String? {
        guard let image else { return nil }
        guard let entry = baseEntry, let reference = ImageReference(image),
            let note = BaseImageCatalog.floatingNote(for: reference, entry: entry)
        else { return image }
        return "\(image) — \(note)"
    }

    /// The catalog entry of the base image; nil when the base is unknown.
    public var baseEntry: BaseImageEntry? {
        if case .known(let entry) = base { return entry }
        return nil
    }

    /// The packages installed by the build's `RUN`s and what they removed.
    public var packageChanges: PackageChanges { ledger.changes }

    /// True/false when known: `/bin/sh` exists (so shell-form commands and `sh -c` work); nil when unknown.
    public var hasShell: Bool? {
        if addedShell { return true }
        return baseEntry?.hasShell
    }

    /// Whether `program` (a name or a path such as `/usr/bin/wget`) can be run in the image.
    public func availability(of program: String) -> Availability {
        let name = Paths.basename(program)
        guard !name.isEmpty else { return .unknown(reason: "empty program name") }
        if let package = ledger.installedPackage(providing: name) { return .present(.package(package)) }
        if let copy = copies[name] { return .present(copy) }
        guard case .known(let entry) = base else {
            if case .unknown(let reason) = base { return .unknown(reason: reason) }
            return .unknown(reason: "unknown base image")
        }
        let image = self.image ?? entry.displayName
        if entry.programs.contains(name) {
            // Removing a package does not prove the base image's copy is gone (python's /usr/local/bin/python3
            // is no Debian package), so a removal only makes a base program uncertain.
            if !entry.busybox, let package = ledger.removal(of: name, manager: entry.packageManager) {
                return .unknown(
                    reason: "package \(package) providing \(name) is removed; \(image) may still have its own copy")
            }
            let applet = entry.busybox && ProgramSets.busyboxApplets.contains(name) && name != "busybox"
            return .present(applet ? .busyboxApplet(entry, image: image) : .baseImage(entry, image: image))
        }
        if let reason = uncertainty(of: name, entry: entry, image: image) { return .unknown(reason: reason) }
        return .absent
    }

    /// Why `name` might be present although nothing certainly provides it; nil when it is surely absent.
    private func uncertainty(of name: String, entry: BaseImageEntry, image: String) -> String? {
        if let added = ledger.possiblyAdded[name] {
            return "\(name) may have been \(added.reason)" + (added.location.map { " (\($0))" } ?? "")
        }
        if let reason = uncertainCopies[name] { return reason }
        if let mention = ledger.mention(of: name) {
            return "\(name) is mentioned by a command" + ((mention ?? nil).map { " at \($0)" } ?? "")
        }
        if entry.maybe.contains(name) { return "not sure whether \(image) includes \(name): \(entry.evidence)" }
        if ledger.hasBusyboxPackage, ProgramSets.busyboxApplets.contains(name) {
            return "busybox is installed; its \(name) applet may be linked"
        }
        if let unresolved = ledger.unresolvedInstalls.first {
            return "packages named by \(unresolved.word) were installed"
                + (unresolved.location.map { " (\($0))" } ?? "")
        }
        if let script = ledger.opaqueScripts.first {
            return "\(script.script) runs at \(script.location.map(\.description) ?? "a RUN") and may install \(name)"
        }
        if let build = ledger.sourceBuilds.first(where: { $0.mayInstall(name) }) {
            return "\(build.label) of a source build runs at \(build.location.map(\.description) ?? "a RUN") "
                + "and may install \(name)"
        }
        return openEndedAdditions.first
    }

    /// The well-known HTTP/TCP probe tools that are present, other than `program`, with their sources.
    public func alternatives(for program: String) -> [ProgramAlternative] {
        let name = Paths.basename(program)
        return Self.probeTools.filter { $0 != name }.compactMap { tool in
            if case .present(let source) = availability(of: tool) {
                return ProgramAlternative(program: tool, source: source)
            }
            return nil
        }
    }

    /// Tools a health check can use to reach a port, most convenient first.
    public static let probeTools = ["curl", "wget", "python3", "python", "node", "nc", "busybox", "perl", "bash"]
}
