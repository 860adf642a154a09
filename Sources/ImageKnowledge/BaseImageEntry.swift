/// One name an image is published under: a registry host (nil for Docker Hub) and a repository, where a
/// trailing `*` matches any suffix (`distroless/java*`).
public struct ImageName: Sendable, Hashable {
    public let registry: String?
    public let repository: String

    public init(_ registry: String?, _ repository: String) {
        self.registry = registry
        self.repository = repository
    }

    /// True when `repository` (registry-less, lower-cased) on `registry` is this name.
    func matches(registry: String?, repository: String) -> Bool {
        guard registry == self.registry else { return false }
        let pattern = self.repository
        return pattern.hasSuffix("*") ? repository.hasPrefix(String(pattern.dropLast())) : repository == pattern
    }
}

/// Whether an image declares a `HEALTHCHECK` of its own.
public enum DeclaredHealthcheck: Sendable, Hashable {
    /// None: official images (docker-library/faq#healthcheck), distroless, scratch.
    case none
    /// None, as this source (the project's Dockerfile) shows.
    case noneShownBy(String)
    /// `HEALTHCHECK CMD` with this command.
    case declared(String)
    /// Not checked: rules that depend on it stay silent.
    case unverified
}

/// What one image variant contains, with the evidence the claim rests on.
public struct BaseImageEntry: Sendable, Hashable {
    /// Every name the image is published under, the main one first (`prom/prometheus`, then
    /// `quay.io/prometheus/prometheus`).
    public let names: [ImageName]
    /// Tag flavours this entry describes.
    public let variants: Set<ImageVariant>
    /// The distribution the image is built on.
    public let os: OSFamily
    /// The package manager `RUN` commands can use.
    public let packageManager: PackageManager
    /// Programs certainly on `PATH`.
    public let programs: Set<String>
    /// Programs that may or may not be there (versions differ, or the facts were not checked): rules stay silent.
    public let maybe: Set<String>
    /// True when `programs` includes busybox applets (so `wget` is busybox wget, with fewer options).
    public let busybox: Bool
    /// True when `/bin/sh` exists (shell-form commands and `sh -c` work).
    public let hasShell: Bool
    /// Where the facts come from (official Dockerfile, package list), and what is uncertain.
    public let evidence: String
    /// The releases this entry describes (`majors: 5..<11` is 5.0..<11.0); nil for every version.
    public let releases: Range<ReleaseNumber>?
    /// True when a tag without a version (`latest`, `lts`, none) means this entry: the release line
    /// current when the entry was written. Only meaningful with `majors`.
    public let current: Bool
    /// The image's own `HEALTHCHECK`.
    public let healthcheck: DeclaredHealthcheck
    /// The check the image's project documents for a probe run inside the container (`mc ready local`), for
    /// fixes when a probe tool is missing; nil when there is none.
    public let healthCommand: String?

    /// Program lists are concatenated; `maybe` never repeats a certain program. `alsoPublishedAs` lists the
    /// image's other names (another registry's copy). `majors` bounds the entry by the tag's leading number,
    /// `releases` by leading number and minor, for images that changed within a major.
    public init(
        registry: String? = nil, repositories: [String], alsoPublishedAs: [ImageName] = [],
        variants: Set<ImageVariant>, os: OSFamily, packageManager: PackageManager, programs: [[String]],
        maybe: [[String]] = [], busybox: Bool = false, hasShell: Bool, evidence: String, majors: Range<Int>? = nil,
        releases: Range<ReleaseNumber>? = nil, current: Bool = false, healthcheck: DeclaredHealthcheck = .none,
        healthCommand: String? = nil
    ) {
        self.releases = releases ?? majors.map { ReleaseNumber($0.lowerBound)..<ReleaseNumber($0.upperBound) }
        self.current = current
        self.names = repositories.map { ImageName(registry, $0) } + alsoPublishedAs
        self.healthcheck = healthcheck
        self.healthCommand = healthCommand
        self.variants = variants
        self.os = os
        self.packageManager = packageManager
        // Sized once: the shared program lists hold about a hundred names each, and the catalog builds ~190 entries.
        var certain = Set<String>(minimumCapacity: programs.reduce(0) { $0 + $1.count })
        for group in programs { certain.formUnion(group) }
        var uncertain = Set<String>(minimumCapacity: maybe.reduce(0) { $0 + $1.count })
        for group in maybe { uncertain.formUnion(group) }
        self.programs = certain
        self.maybe = uncertain.subtracting(certain)
        self.busybox = busybox
        self.hasShell = hasShell
        self.evidence = evidence
    }

    /// The registry of the main name; nil for Docker Hub.
    public var registry: String? { names.first?.registry }
    /// The repositories published on the main name's registry.
    public var repositories: [String] { names.filter { $0.registry == registry }.map(\.repository) }

    /// A short name for messages, e.g. `python (slim)`, `mariadb ≥ 11 (full)`.
    public var displayName: String {
        let name = registry.map { "\($0)/\(repositories.first ?? "")" } ?? (repositories.first ?? "")
        return
            "\(name)\(versionText.map { " " + $0 } ?? "") (\(variants.map(\.rawValue).sorted().joined(separator: "/")))"
    }

    /// `≥ 11`, `< 6`, `5–10`, `3`, `3.2–3.5`; nil for an entry that covers every version.
    public var versionText: String? {
        guard let releases else { return nil }
        if releases.upperBound.major >= Self.openEnd { return "≥ \(releases.lowerBound)" }
        if releases.lowerBound <= ReleaseNumber(0) { return "< \(releases.upperBound)" }
        let last = releases.upperBound.previousText
        return last == releases.lowerBound.description ? last : "\(releases.lowerBound)–\(last)"
    }

    /// The upper bound written for "and every later version" (above date-numbered releases such as 2024).
    public static let openEnd = 1_000_000

    /// True when a tag whose leading number is `major` and whose next number is `minor` (nil: no version in the
    /// tag, or none after the major) is described here. A tag naming only a major (`3`) floats over its minors: it
    /// is covered when all of them are, or when it floats into the current release line.
    public func covers(major: Int?, minor: Int? = nil) -> Bool {
        guard let releases else { return true }
        guard let major else { return current }
        guard let minor else {
            let newest = releases.contains(ReleaseNumber(major, Int.max))
            return newest && (current || releases.contains(ReleaseNumber(major)))
        }
        return releases.contains(ReleaseNumber(major, minor))
    }

    /// True when `repository` (registry-less, lower-cased) on `registry` is one of this entry's names.
    public func matches(registry: String?, repository: String) -> Bool {
        names.contains { $0.matches(registry: registry, repository: repository) }
    }
}
