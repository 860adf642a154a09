import DeployModel
import DockerfileSyntax
import ImageKnowledge
import ShipshapeCore

/// `COPY --from=build /usr/bin/curl /usr/bin/curl` into an image without curl's shared libraries.
struct CopiedBinaryMissingLibrariesRule: Rule {
    static let description = RuleDescription(
        identifier: "copied-binary-missing-libraries",
        name: "Copied binary without its shared libraries",
        summary: "A program installed by a package manager in one stage is copied alone into an image that lacks "
            + "its C library or shared libraries.",
        rationale: """
            Copying a distribution's program out of a builder (`COPY --from=build /usr/bin/curl /usr/bin/curl`) copies \
            the executable, not the libraries it is linked against. In `scratch` or distroless `static` there is no \
            C library at all and the program fails with "no such file or directory"; a program built against \
            musl (Alpine) does not run on glibc (Debian, Ubuntu, distroless) and the reverse; and curl or jq \
            copied into a slim image fails with "error while loading shared libraries: libcurl.so.4". A health \
            check using it then fails forever. Shipshape reports a single-file copy of a program that a package \
            (apt, apk, dnf) or the base image of the source stage provides, when the C libraries differ, or when \
            the program needs a library package that the target image neither has nor installs (curl: libcurl; \
            jq: libjq, oniguruma). Static packages (`busybox-static`, `tini-static`), Go and Rust binaries built \
            in the stage, and images whose C library is unknown are never reported. Fix: install the program \
            with the target image's package manager, or copy a static build.
            """,
        severity: .error,
        nonTriggering: CopiedBinaryMissingLibrariesExamples.nonTriggering,
        triggering: CopiedBinaryMissingLibrariesExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        context.model.dockerfiles.flatMap { dockerfile -> [Finding] in
            let used = Self.usedStages(of: dockerfile)
            return dockerfile.stages.filter { !used.contains($0.index) }.flatMap { stage -> [Finding] in
                // Only copies naming a distribution's program are looked into (most copy build output).
                let copies = stage.copies.filter { copy in
                    copy.from != nil && copy.sources.contains { Self.isCandidate(Paths.basename($0)) }
                }
                guard !copies.isEmpty else { return [] }
                let target = context.images.resolver.contents(of: stage, in: dockerfile)
                return copies.flatMap { copy in check(copy, into: target, stage: stage, in: dockerfile, context) }
            }
        }
    }

    /// The distribution's C programs (probe tools, shells, interpreters): a Go or Rust tool a package or base
    /// image ships may be static.
    static func isCandidate(_ program: String) -> Bool {
        ProbeTools.all.contains(program) || program == "busybox"
    }

    /// Stages a later stage builds on or copies from: what they contain is not run as such.
    static func usedStages(of dockerfile: Dockerfile) -> Set<Int> {
        var used: Set<Int> = []
        for stage in dockerfile.stages {
            used.formUnion(dockerfile.ancestry(of: stage).dropLast().map(\.index))
            for copy in stage.copies {
                if let from = copy.from, let source = dockerfile.stage(referencedBy: from, before: stage.index) {
                    used.insert(source.index)
                }
            }
        }
        return used
    }

    func check(
        _ copy: CopyInstruction, into target: ImageContents, stage: Stage, in dockerfile: Dockerfile,
        _ context: LintContext
    ) -> [Finding] {
        guard let from = copy.from, let targetLibrary = SharedLibraries.cLibrary(of: target) else { return [] }
        let source =
            dockerfile.stage(referencedBy: from, before: stage.index).map {
                context.images.resolver.contents(of: $0, in: dockerfile)
            } ?? context.images.resolver.contents(ofImage: from)
        guard let sourceLibrary = SharedLibraries.cLibrary(of: source), sourceLibrary != .none else { return [] }
        return copy.sources.compactMap { path -> Finding? in
            guard !path.hasSuffix("/"), !path.contains("*"), !path.contains("$") else { return nil }
            let program = Paths.basename(path)
            guard Self.isCandidate(program), let (manager, origin) = Self.packaged(program, in: source)
            else { return nil }
            let image = target.imageDescription ?? "the image"
            let problem: String
            if targetLibrary == .none {
                problem = "\(image) has no C library, and \(program) is linked against \(sourceLibrary.rawValue)"
            } else if targetLibrary != sourceLibrary {
                let compatible =
                    sourceLibrary == .glibc
                    && target.packageChanges.installedNames.contains { SharedLibraries.glibcCompatibility.contains($0) }
                guard !compatible else { return nil }
                problem =
                    "\(program) is linked against \(sourceLibrary.rawValue), but \(image) has "
                    + targetLibrary.rawValue
            } else {
                let missing = Self.missingLibraries(of: program, manager: manager, in: target)
                guard !missing.isEmpty else { return nil }
                problem =
                    "\(program) needs \(missing.joined(separator: ", ")), which \(image) neither has nor installs "
                    + "(\"error while loading shared libraries\")"
            }
            let install = target.baseEntry?.packageManager.command.map { " (`\($0) install \(program)`)" } ?? ""
            return finding(
                "\(program) is copied from \(from) without its shared libraries: \(problem); it cannot run here",
                at: copy.location, related: origin.map { [.init($0, "\(program) is installed here")] } ?? [],
                fix: "install \(program) in this stage with its package manager\(install) instead of copying it, "
                    + "or copy a statically linked build")
        }
    }

    /// The package manager whose package (or base image) provides `program` in `source`, and where it was
    /// installed; nil for programs built, downloaded or copied there, and for static packages.
    static func packaged(_ program: String, in source: ImageContents) -> (PackageManager, SourceLocation?)? {
        guard case .present(let origin) = source.availability(of: program) else { return nil }
        switch origin {
        case .package(let package):
            guard !package.name.contains("static") else { return nil }
            return (package.manager, package.location)
        case .baseImage(let entry, _):
            // Only a plain distribution image: language images build their runtime themselves.
            guard entry.packageManager != .none, entry.repositories.contains(where: distributions.contains) else {
                return nil
            }
            return (entry.packageManager, nil)
        case .busyboxApplet, .copied:
            return nil
        }
    }

    static let distributions: Set<String> = [
        "alpine", "debian", "ubuntu", "fedora", "centos", "rockylinux", "almalinux", "amazonlinux",
    ]

    /// Library packages `program` needs that the target image neither ships with the program nor installs.
    static func missingLibraries(of program: String, manager: PackageManager, in target: ImageContents) -> [String] {
        let libraries = SharedLibraries.libraries(of: program, manager: manager)
        guard !libraries.isEmpty, target.baseEntry?.packageManager == manager else { return [] }
        // A base image that ships the program ships its libraries; a stage that installs it installs them.
        if let entry = target.baseEntry, entry.programs.contains(program) || entry.maybe.contains(program) {
            return []
        }
        let installed = target.packageChanges.installedNames
        if !target.packageChanges.unresolvedInstalls.isEmpty || !target.packageChanges.opaqueScripts.isEmpty {
            return []
        }
        return libraries.filter { library in
            !installed.contains { $0 == program || $0.hasPrefix(Self.stem(library)) }
        }
    }

    /// `libcurl4` → `libcurl`, `libonig5` → `libonig`: versioned library package names.
    static func stem(_ library: String) -> String {
        String(library.reversed().drop { $0.isNumber }.reversed())
    }
}
