import ShipshapeCore

/// A GitHub Actions workflow (`.github/workflows/*.yml`). `${{ expr }}` stays in text as written.
public struct Workflow: Sendable, Hashable {
    public let path: String
    public let name: String?
    public let jobs: [WorkflowJob]
    /// Workflow-level `env:`; values located at their text.
    public let env: [String: Located<String>]
    /// Workflow-level `env:` values with exact positions.
    public let envText: [String: EmbeddedText]
    /// `defaults.run.shell` at workflow level.
    public let defaultShell: String?
    /// `defaults.run.working-directory` at workflow level.
    public let defaultWorkingDirectory: String?
    public let problems: [ParseProblem]

    public init(
        path: String, name: String?, jobs: [WorkflowJob], env: [String: Located<String>],
        envText: [String: EmbeddedText],
        defaultShell: String?, defaultWorkingDirectory: String?, problems: [ParseProblem]
    ) {
        self.path = path
        self.name = name
        self.jobs = jobs
        self.env = env
        self.envText = envText
        self.defaultShell = defaultShell
        self.defaultWorkingDirectory = defaultWorkingDirectory
        self.problems = problems
    }

    /// The job with this id, if any.
    public func job(_ id: String) -> WorkflowJob? {
        jobs.first { $0.id == id }
    }
}

/// One entry under `jobs:`.
public struct WorkflowJob: Sendable, Hashable {
    public var id: String
    /// Where the job's key is written.
    public var location: SourceLocation
    public var name: String?
    /// `runs-on` labels (a string becomes one label; `{group, labels}` gives its labels).
    public var runsOn: [String] = []
    /// The job container's image (`container: image` or `container.image`).
    public var container: Located<String>?
    public var services: [WorkflowService] = []
    public var steps: [WorkflowStep] = []
    /// `defaults.run.shell` of the job, else of the workflow.
    public var defaultShell: String?
    /// `defaults.run.working-directory` of the job, else of the workflow.
    public var defaultWorkingDirectory: String?
    public var env: [String: Located<String>] = [:]
    public var envText: [String: EmbeddedText] = [:]
    /// `uses:` of a job that calls a reusable workflow.
    public var uses: String?
    /// `timeout-minutes` as written (a number or an expression); nil when not set.
    public var timeoutMinutes: String?
    /// `strategy.matrix` entries whose value is a list of scalars (`service: [api, worker]`);
    /// `include`/`exclude` and expressions are left out.
    public var matrix: [String: [String]] = [:]

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// A service container of a job (`jobs.<id>.services.<name>`).
public struct WorkflowService: Sendable, Hashable {
    public var name: String
    public var location: SourceLocation
    public var image: Located<String>?
    /// `options:` (docker create flags such as `--health-cmd "curl -f http://localhost"`) with exact positions.
    public var options: EmbeddedText?
    public var ports: [Located<String>] = []
    public var env: [String: Located<String>] = [:]

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// One step of a job.
public struct WorkflowStep: Sendable, Hashable {
    /// 0-based position in the job's `steps`.
    public var index: Int
    public var name: String?
    public var id: String?
    /// Where the step's mapping starts (its first key).
    public var location: SourceLocation
    public var uses: String?
    /// The `run:` script, each scalar at its position in the workflow file.
    public var run: EmbeddedText?
    /// The step's `shell`, else the job default, else the workflow default; nil means GitHub's
    /// default (`bash -e {0}` on Linux runners when bash exists).
    public var shell: String?
    /// The step's `working-directory`, else the job's, else the workflow's default.
    public var workingDirectory: String?
    public var env: [String: Located<String>] = [:]
    public var envText: [String: EmbeddedText] = [:]
    public var with: [String: Located<String>] = [:]
    public var withText: [String: EmbeddedText] = [:]
    /// The script an SSH action runs on the remote host (`appleboy/ssh-action` `script`,
    /// `garygrossgarten/github-action-ssh` and `D3rHase/ssh-command-action` `command`).
    public var script: EmbeddedText?
    /// The `if:` condition as written.
    public var condition: String?
    /// The step's `timeout-minutes`, else the job's, as written; nil when neither is set.
    public var timeoutMinutes: String?

    public init(index: Int, location: SourceLocation) {
        self.index = index
        self.location = location
    }
}
