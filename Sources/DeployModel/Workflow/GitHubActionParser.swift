import ShipshapeCore

/// Parses a GitHub Action's metadata file (`action.yml`).
public enum GitHubActionParser {
    /// The action, and for a composite action its `runs.steps` as the one job (`runs`) of a workflow, so the
    /// steps' scripts, `docker exec`s and builds are read like a workflow's. Problems never stop parsing.
    public static func parse(path: String, text: String) -> (action: GitHubAction, steps: Workflow?) {
        let document = YAMLDocument(file: path, text: text)
        let reader = WorkflowReader(document: document)
        let root = document.root
        // `runs:` must be a mapping: that is what confirms an `action.yml` found by name.
        let runsPair = root?.pair("runs").flatMap { $0.value.pairs == nil ? nil : $0 }
        let runs = runsPair?.value
        let args: [Located<String>]
        if let items = runs?["args"]?.items {
            args = items.compactMap { reader.located($0) }
        } else {
            args = reader.located(runs?["args"]).map { [$0] } ?? []
        }
        let action = GitHubAction(
            path: path, name: reader.string(root?["name"]), using: reader.string(runs?["using"]),
            image: reader.located(runs?["image"]), entrypoint: reader.located(runs?["entrypoint"]),
            preEntrypoint: reader.located(runs?["pre-entrypoint"]),
            postEntrypoint: reader.located(runs?["post-entrypoint"]), args: args,
            runsLocation: runsPair.map { document.location(of: $0.key) }, problems: document.problems)
        guard let runsPair, let stepNodes = runsPair.value["steps"]?.items else { return (action, nil) }
        var job = WorkflowJob(id: "runs", location: document.location(of: runsPair.key))
        job.name = action.name
        for (index, node) in stepNodes.enumerated() {
            job.steps.append(reader.step(node, index: index, job: job))
        }
        let workflow = Workflow(
            path: path, name: action.name, jobs: [job], env: [:], envText: [:], defaultShell: nil,
            defaultWorkingDirectory: nil, problems: [])
        return (action, workflow)
    }
}
