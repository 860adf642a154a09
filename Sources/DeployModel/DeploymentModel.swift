import DockerfileSyntax
import ShellSyntax
import ShipshapeCore
import SourceSyntax

/// Everything Shipshape knows about a repository's deployment, parsed from all its files at once.
public struct DeploymentModel: Sendable {
    public var dockerfiles: [Dockerfile] = []
    public var composeFiles: [ComposeFile] = []
    public var workflows: [Workflow] = []
    /// The `owner/name` of each checkout holding workflows, by its root's display path (`""` for the lint
    /// root), read from its git remote: what `${{ github.repository }}` stands for.
    public var gitHubRepositories: [String: String] = [:]
    /// GitHub Actions' metadata files (`action.yml`); a composite action's steps are also in `workflows`.
    public var actions: [GitHubAction] = []
    public var envFiles: [EnvFile] = []
    /// Kubernetes manifests (plain, multi-document, rendered Helm / Kustomize output).
    public var kubernetesFiles: [KubernetesFile] = []
    /// Every shell script: script files, workflow `run:` steps and ssh actions' remote scripts.
    public var shellUnits: [ShellUnit] = []
    /// Python and JavaScript files a deploy file names (and every application source read), by display path.
    public var interpreterScripts: [String: InterpreterScript] = [:]
    /// nginx configurations a Dockerfile or compose file names, by display path.
    public var nginxConfigs: [String: NginxConfig] = [:]
    /// Application code read for `log-contradicts-config`: what its log calls state and what it configures.
    public var applicationSources: [SourceFacts] = []
    /// Files that could not be read or parsed.
    public var problems: [ModelProblem] = []
    /// The text of every file read, by display path.
    public var sources: [String: String] = [:]

    public init() {}

    public var fileCount: Int { sources.count + problems.filter(\.skippedFile).count }

    /// The Dockerfile at a display path, if it was read.
    public func dockerfile(at path: String) -> Dockerfile? {
        dockerfiles.first { $0.path == path }
    }
}

/// A shell script and where it comes from.
public struct ShellUnit: Sendable {
    public enum Origin: Sendable, Hashable {
        case scriptFile
        /// A workflow step's `run:`.
        case workflowStep(job: String, step: Int)
        /// The remote script of an ssh action step (`appleboy/ssh-action`'s `script:`), run on the server.
        case remoteScript(job: String, step: Int)
    }

    public let file: String
    public let origin: Origin
    public let script: ShellScript

    public init(file: String, origin: Origin, script: ShellScript) {
        self.file = file
        self.origin = origin
        self.script = script
    }
}

/// A file that could not be read or parsed (fully).
public struct ModelProblem: Sendable, Hashable {
    public let location: SourceLocation
    public let message: String
    public let severity: Severity
    /// True when the whole file was skipped (binary, too large, unreadable).
    public let skippedFile: Bool

    public init(location: SourceLocation, message: String, severity: Severity, skippedFile: Bool = false) {
        self.location = location
        self.message = message
        self.severity = severity
        self.skippedFile = skippedFile
    }
}
