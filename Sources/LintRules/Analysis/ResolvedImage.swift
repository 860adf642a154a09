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

    /// Probe tools that are present, with their evidence, in preference order.
    func presentTools(among names: [String]) -> [(name: String, evidence: String, location: SourceLocation?)] {
        names.compactMap { name in
            if case .present(let evidence, let location) = availability(name) { return (name, evidence, location) }
            return nil
        }
    }
}
