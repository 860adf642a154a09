import DeployModel
import Foundation

/// Resolves the GitHub Actions expressions (`${{ … }}`) that name images in a build step, for one
/// matrix leg: `env.X` (step, job, workflow `env:`, or an earlier step's `>> $GITHUB_ENV`), `matrix.X`,
/// `steps.ID.outputs.tags` / `.images` of a `docker/metadata-action` step (its `images:` input, GitHub's
/// publishing template), and `steps.ID.outputs.X` a `run:` step writes to `$GITHUB_OUTPUT`.
/// `github.repository` (with `repository_owner` and `event.repository.name`) is the checkout's git remote,
/// lower-cased as image names must be. Anything else (secrets, other outputs, a checkout without a
/// remote) is unknown, and values holding it in an image *name* are dropped; in a tag they only lose the tag.
struct WorkflowExpressionScope {
    let workflow: Workflow
    let job: WorkflowJob
    let step: WorkflowStep
    let leg: [String: String]
    /// `owner/name` of the repository the workflow belongs to, when its checkout says.
    var repository: String? = nil

    /// How deep `env` values that hold expressions themselves are followed.
    static let maxDepth = 3

    /// The values `text` stands for: one per image a metadata action lists, else one; nil when an
    /// expression cannot be resolved.
    func resolve(_ text: String, depth: Int = 0) -> [String]? {
        guard let open = text.range(of: "${{") else { return [text] }
        guard depth < Self.maxDepth, let close = text.range(of: "}}", range: open.upperBound..<text.endIndex) else {
            return nil
        }
        let expression = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        guard let values = value(of: expression, depth: depth) else { return nil }
        let prefix = String(text[..<open.lowerBound])
        var results: [String] = []
        for value in values {
            guard let rest = resolve(String(text[close.upperBound...]), depth: depth) else { return nil }
            results += rest.map { prefix + value + $0 }
        }
        return results
    }

    func value(of expression: String, depth: Int) -> [String]? {
        let parts = expression.split(separator: ".").map(String.init)
        switch parts.first ?? "" {
        case "env" where parts.count == 2:
            if let located = step.env[parts[1]] { return resolve(located.value, depth: depth + 1) }
            // An earlier step's `>> $GITHUB_ENV` overrides the job's and the workflow's `env:`.
            if let written = writtenEnvironment(parts[1]) {
                return written.value.flatMap { written.scope.resolve($0, depth: depth + 1) }
            }
            let located = job.env[parts[1]] ?? workflow.env[parts[1]]
            return located.flatMap { resolve($0.value, depth: depth + 1) }
        case "steps" where parts.count == 4 && parts[2] == "outputs" && runStep(parts[1]) != nil:
            guard let run = runStep(parts[1]), let text = run.run?.text,
                let written = WorkflowStepWrites.value(of: parts[3], in: text, to: .output),
                let value = written
            else { return nil }
            return scope(of: run).resolve(value, depth: depth + 1)
        case "matrix" where parts.count == 2:
            return leg[parts[1]].map { [$0] }
        case "steps" where parts.count == 4 && parts[2] == "outputs" && ["tags", "images"].contains(parts[3]):
            guard
                let meta = job.steps.first(where: {
                    $0.id == parts[1] && $0.uses?.hasPrefix("docker/metadata-action") == true
                }),
                let images = meta.with["images"]?.value
            else { return nil }
            let scope = WorkflowExpressionScope(
                workflow: workflow, job: job, step: meta, leg: leg, repository: repository)
            let names = Array(Self.metadataImages(images).compactMap { scope.resolve($0, depth: depth + 1) }.joined())
            return names.isEmpty ? nil : [names.joined(separator: "\n")]
        case "github":
            return gitHub(Array(parts.dropFirst())).map { [$0] }
        default:
            return nil
        }
    }

    /// The job's `run:` step with this `id`.
    func runStep(_ id: String) -> WorkflowStep? {
        job.steps.first { $0.id == id && $0.run != nil }
    }

    /// The same leg, seen from another step of the job.
    func scope(of other: WorkflowStep) -> WorkflowExpressionScope {
        WorkflowExpressionScope(workflow: workflow, job: job, step: other, leg: leg, repository: repository)
    }

    /// What the last step before this one writes for `name` to `$GITHUB_ENV`, with that step's scope.
    func writtenEnvironment(_ name: String) -> (value: String?, scope: WorkflowExpressionScope)? {
        for earlier in job.steps.filter({ $0.index < step.index }).reversed() {
            guard let text = earlier.run?.text,
                let written = WorkflowStepWrites.value(of: name, in: text, to: .environment)
            else { continue }
            return (written, scope(of: earlier))
        }
        return nil
    }

    /// `github.repository`, `github.repository_owner`, `github.event.repository.name`, lower-cased.
    func gitHub(_ path: [String]) -> String? {
        guard let repository = repository?.lowercased() else { return nil }
        let parts = repository.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        switch path {
        case ["repository"]: return repository
        case ["repository_owner"]: return parts[0]
        case ["event", "repository", "name"]: return parts[1]
        default: return nil
        }
    }

    /// `docker/metadata-action` `images:` entries: one per line or comma, `name=…,enable=…` forms read.
    static func metadataImages(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).flatMap { line -> [String] in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return [] }
            if trimmed.hasPrefix("name=") {
                let name = trimmed.dropFirst(5).split(separator: ",").first.map(String.init) ?? ""
                return trimmed.contains("enable=false") || name.isEmpty ? [] : [name]
            }
            return trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// Every combination of the job's matrix values (one empty leg without a matrix), capped so a
    /// large matrix cannot blow up the run.
    static func legs(of job: WorkflowJob, limit: Int = 64) -> [[String: String]] {
        var legs: [[String: String]] = [[:]]
        for (key, values) in job.matrix.sorted(by: { $0.key < $1.key }) where !values.isEmpty {
            legs = legs.flatMap { leg in values.map { leg.merging([key: $0]) { $1 } } }
            if legs.count > limit { return Array(legs.prefix(limit)) }
        }
        return legs
    }
}
