import ShipshapeCore

/// Where a program present in an image comes from.
public enum ProgramSource: Sendable, Hashable, CustomStringConvertible {
    /// Part of the base image, per the catalog entry (whose `evidence` cites the official image).
    case baseImage(BaseImageEntry, image: String)
    /// A busybox applet of the base image (e.g. busybox `wget`, which lacks many GNU options).
    case busyboxApplet(BaseImageEntry, image: String)
    /// Installed by a package manager in a `RUN`.
    case package(InstalledPackage)
    /// Copied in by `COPY`/`ADD` (`from` is the stage or image, nil for the build context).
    case copied(from: String?, path: String, location: SourceLocation)

    /// Where the program was added in the Dockerfile; nil for base-image programs.
    public var location: SourceLocation? {
        switch self {
        case .baseImage, .busyboxApplet: return nil
        case .package(let package): return package.location
        case .copied(_, _, let location): return location
        }
    }

    /// True for a busybox applet (fewer options than the GNU tool).
    public var isBusyboxApplet: Bool {
        if case .busyboxApplet = self { return true }
        return false
    }

    /// A phrase for messages, e.g. `installed by apt package curl (Dockerfile:3:66)`.
    public var description: String {
        switch self {
        case .baseImage(_, let image): return "part of base image \(image)"
        case .busyboxApplet(_, let image): return "busybox applet in base image \(image)"
        case .package(let package):
            let place = package.location.map { " (\($0))" } ?? ""
            return "installed by \(package.manager.rawValue) package \(package.name)\(place)"
        case .copied(let from, let path, let location):
            return "copied from \(from.map { "\($0):" } ?? "")\(path) (\(location))"
        }
    }
}

/// Whether a program can be run in an image.
public enum Availability: Sendable, Hashable {
    case present(ProgramSource)
    /// Known absent: the base image is known and nothing in the build adds it.
    case absent
    /// Cannot tell; rules should stay silent. `reason` says why.
    case unknown(reason: String)

    /// True when the program is certainly there.
    public var isPresent: Bool {
        if case .present = self { return true }
        return false
    }

    /// True when the program is certainly missing.
    public var isAbsent: Bool { self == .absent }

    /// True when the knowledge base cannot tell.
    public var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }
}

/// A program that could do a job instead of the one asked about (an HTTP probe, say).
public struct ProgramAlternative: Sendable, Hashable {
    /// The alternative program's name.
    public let program: String
    /// Where it comes from.
    public let source: ProgramSource

    /// Creates an alternative.
    public init(program: String, source: ProgramSource) {
        self.program = program
        self.source = source
    }
}
