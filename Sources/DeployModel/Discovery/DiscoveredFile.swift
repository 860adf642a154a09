/// What a discovered file is parsed as.
public enum FileKind: String, Sendable, Hashable, CaseIterable {
    case workflow, dockerfile, compose, dotenv, shellScript, kubernetes
    /// A Makefile (`Makefile`, `GNUmakefile`, `*.mk`): its recipes are shell scripts.
    case makefile
    /// A `package.json`: its `scripts` are shell commands.
    case packageScripts
    /// A Helm chart's `Chart.yaml`, its `values.yaml`, and the templates under its `templates/`.
    case helmChart, helmValues, helmTemplate
    /// Python, JavaScript/TypeScript or Go application code; discovered only when a rule reads it.
    case applicationSource
    /// A GitHub Action's metadata (`action.yml`/`action.yaml`), confirmed by its `runs:` when parsed.
    case action
    /// A Python or JavaScript file not read as application source: read only when a deploy file names it
    /// (a health check running `python /app/healthcheck.py`), see `DeploymentModel.load`.
    case interpreterScript
    /// An nginx configuration (`*.conf`, `*.conf.template`): read only when a deploy file names it (`COPY
    /// nginx.conf /etc/nginx/conf.d/default.conf`, a bind mount), for the addresses nginx listens on.
    case nginxConfig
}

/// A file found by `Discovery`.
public struct DiscoveredFile: Sendable, Hashable, Comparable {
    /// The path on disk.
    public let path: String
    /// The path relative to the directory given, or the file path as given; used in findings.
    public let displayPath: String
    public let kind: FileKind
    /// True when the user named the file on the command line (not found by walking a directory):
    /// a file the user meant is reported when it does not parse; a guessed one is skipped with a note.
    public let namedByUser: Bool

    public init(path: String, displayPath: String, kind: FileKind, namedByUser: Bool = false) {
        self.path = path
        self.displayPath = displayPath
        self.kind = kind
        self.namedByUser = namedByUser
    }

    public static func < (lhs: DiscoveredFile, rhs: DiscoveredFile) -> Bool {
        (lhs.displayPath, lhs.path, lhs.kind.rawValue) < (rhs.displayPath, rhs.path, rhs.kind.rawValue)
    }
}
