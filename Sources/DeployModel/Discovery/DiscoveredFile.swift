/// What a discovered file is parsed as.
public enum FileKind: String, Sendable, Hashable, CaseIterable {
    case workflow, dockerfile, compose, dotenv, shellScript, kubernetes
    /// Python, JavaScript/TypeScript or Go application code; discovered only when a rule reads it.
    case applicationSource
}

/// A file found by `Discovery`.
public struct DiscoveredFile: Sendable, Hashable, Comparable {
    /// The path on disk.
    public let path: String
    /// The path relative to the directory given, or the file path as given; used in findings.
    public let displayPath: String
    public let kind: FileKind

    public init(path: String, displayPath: String, kind: FileKind) {
        self.path = path
        self.displayPath = displayPath
        self.kind = kind
    }

    public static func < (lhs: DiscoveredFile, rhs: DiscoveredFile) -> Bool {
        (lhs.displayPath, lhs.path, lhs.kind.rawValue) < (rhs.displayPath, rhs.path, rhs.kind.rawValue)
    }
}
