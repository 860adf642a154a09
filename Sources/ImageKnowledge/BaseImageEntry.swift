/// What one official image variant contains, with the evidence the claim rests on.
public struct BaseImageEntry: Sendable, Hashable {
    /// Registry host; nil for Docker Hub.
    public let registry: String?
    /// Repository names matched; a trailing `*` matches any suffix (`distroless/java*`).
    public let repositories: [String]
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
    /// The major versions (the tag's leading number) this entry describes; nil for every version.
    public let majors: Range<Int>?
    /// True when a tag without a version (`latest`, `lts`, none) means this entry: the release line
    /// current when the entry was written. Only meaningful with `majors`.
    public let current: Bool

    /// Program lists are concatenated; `maybe` never repeats a certain program.
    public init(
        registry: String? = nil, repositories: [String], variants: Set<ImageVariant>, os: OSFamily,
        packageManager: PackageManager, programs: [[String]], maybe: [[String]] = [], busybox: Bool = false,
        hasShell: Bool, evidence: String, majors: Range<Int>? = nil, current: Bool = false
    ) {
        self.majors = majors
        self.current = current
        self.registry = registry
        self.repositories = repositories
        self.variants = variants
        self.os = os
        self.packageManager = packageManager
        self.programs = Set(programs.joined())
        self.maybe = Set(maybe.joined()).subtracting(self.programs)
        self.busybox = busybox
        self.hasShell = hasShell
        self.evidence = evidence
    }

    /// A short name for messages, e.g. `python (slim)`, `mariadb ≥ 11 (full)`.
    public var displayName: String {
        let name = registry.map { "\($0)/\(repositories.first ?? "")" } ?? (repositories.first ?? "")
        return
            "\(name)\(versionText.map { " " + $0 } ?? "") (\(variants.map(\.rawValue).sorted().joined(separator: "/")))"
    }

    /// `≥ 11`, `< 6`, `5–10`; nil for an entry that covers every version.
    public var versionText: String? {
        guard let majors else { return nil }
        if majors.upperBound >= Self.openEnd { return "≥ \(majors.lowerBound)" }
        if majors.lowerBound <= 0 { return "< \(majors.upperBound)" }
        return "\(majors.lowerBound)–\(majors.upperBound - 1)"
    }

    /// The upper bound written for "and every later version".
    public static let openEnd = 1_000

    /// True when a tag whose leading number is `major` (nil: no version in the tag) is described here.
    public func covers(major: Int?) -> Bool {
        guard let majors else { return true }
        guard let major else { return current }
        return majors.contains(major)
    }

    /// True when `repository` (registry-less, lower-cased) is one of this entry's names.
    public func matches(registry: String?, repository: String) -> Bool {
        guard registry == self.registry else { return false }
        return repositories.contains { pattern in
            pattern.hasSuffix("*") ? repository.hasPrefix(String(pattern.dropLast())) : repository == pattern
        }
    }
}
