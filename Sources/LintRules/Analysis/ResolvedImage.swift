import ShipshapeCore

/// Whether an image contains a program, and the evidence.
enum ProgramAvailability: Sendable, Hashable {
    /// Present: what brings it (`curl` installed by apt-get, busybox applet...) and where.
    case present(evidence: String, location: SourceLocation?)
    /// Known absent: the base image lacks it and nothing in the build adds it.
    case absent
    /// Cannot tell (unknown base image, a script that may install it).
    case unknown(reason: String)

    var isAbsent: Bool { if case .absent = self { true } else { false } }
}

/// What Shipshape knows about one image: its programs, its shell and the ports it declares.
struct ResolvedImage: Sendable {
    /// `backend/Dockerfile.production, stage "runtime" (FROM python:3.11-slim)` or `redis:7-alpine`.
    let summary: String
    /// The `FROM` of the stage that becomes the image, for related locations.
    let stageLocation: SourceLocation?
    /// The package manager to suggest installs with (`apt-get`, `apk`, `dnf`), when known.
    let packageManager: String?
    /// Ports the image declares: `EXPOSE`, `ENV PORT=`, `--port` in `CMD`.
    let ports: [ListeningPort]
    let availability: @Sendable (String) -> ProgramAvailability
    /// Whether `/bin/sh` exists: true/false when known, nil when not.
    var hasShell: Bool? = nil
    /// True when the program is a busybox applet of the base image (busybox `wget` lacks GNU options).
    var isBusyboxApplet: @Sendable (String) -> Bool = { _ in false }
    /// The `HEALTHCHECK` the image declares, as far as known.
    var healthcheck: ImageHealthcheck = .unknown
    /// The in-container check the base image's project documents (`mc ready local`), for fixes; nil if none.
    var healthCommand: String? = nil
    /// Where the build tells its server to listen on IPv4 only (`ENV HOST=0.0.0.0`, `--host 0.0.0.0` in `CMD`).
    var ipv4Bindings: [IPv4Binding] = []
    /// True when its server is a Node, Python, Ruby, PHP or .NET one (`IPv4Binding.runtimes`), whose
    /// `0.0.0.0` means IPv4 only.
    var knownRuntime = false
    /// True for images built on Alpine (musl): `localhost` resolves to `::1` first.
    var isAlpine = false
    /// What `/bin/sh` is (`dash`, `busybox ash`, `bash`), when the knowledge base says.
    var binSh: String? = nil
    /// The shell of shell-form commands and `CMD-SHELL`: the Dockerfile's `SHELL`, else `/bin/sh`.
    var shellFormShell: String? = nil

    /// Probe tools that are present, with their evidence, in preference order.
    func presentTools(among names: [String]) -> [(name: String, evidence: String, location: SourceLocation?)] {
        names.compactMap { name in
            if case .present(let evidence, let location) = availability(name) { return (name, evidence, location) }
            return nil
        }
    }
}

/// Whether an image declares a `HEALTHCHECK`.
enum ImageHealthcheck: Sendable, Hashable {
    /// `HEALTHCHECK CMD ...` at this location (nil for a base image's own).
    case declared(SourceLocation?)
    /// None: the build declares none (or `HEALTHCHECK NONE`) and the base image is known to have none.
    case none(evidence: String)
    /// Cannot tell (unknown base image).
    case unknown
}
