import ShipshapeCore

/// Parses GitHub Actions workflow files.
public enum WorkflowParser {
    /// Parses the workflow `text` found at `path`. Problems never stop parsing.
    public static func parse(path: String, text: String) -> Workflow {
        let document = YAMLDocument(file: path, text: text)
        let reader = WorkflowReader(document: document)
        guard let root = document.root, root.pairs != nil else {
            var problems = document.problems
            if let root = document.root, !root.isNull {
                problems.append(
                    ParseProblem(location: document.location(of: root), message: "workflow is not a mapping"))
            }
            return Workflow(
                path: path, name: nil, jobs: [], env: [:], envText: [:], defaultShell: nil,
                defaultWorkingDirectory: nil, problems: problems)
        }
        let (env, envText) = reader.mapping(root["env"])
        let defaults = root["defaults"]?["run"]
        let shell = reader.string(defaults?["shell"])
        let workingDirectory = reader.string(defaults?["working-directory"])
        var jobs: [WorkflowJob] = []
        for pair in root["jobs"]?.pairs ?? [] {
            if let job = reader.job(pair, shell: shell, workingDirectory: workingDirectory) { jobs.append(job) }
        }
        return Workflow(
            path: path, name: reader.string(root["name"]), jobs: jobs, env: env, envText: envText, defaultShell: shell,
            defaultWorkingDirectory: workingDirectory, problems: document.problems)
    }
}

/// Reads workflow parts out of a `YAMLDocument`.
struct WorkflowReader {
    let document: YAMLDocument

    /// SSH actions whose remote script is the given `with:` input (lowercased `owner/name`).
    static let sshScriptInputs: [String: String] = [
        "appleboy/ssh-action": "script",
        "garygrossgarten/github-action-ssh": "command",
        "d3rhase/ssh-command-action": "command",
    ]

    func string(_ node: YAMLNode?) -> String? { node?.string }

    func located(_ node: YAMLNode?) -> Located<String>? {
        guard let node, let value = node.string else { return nil }
        return Located(value: value, location: document.span(of: node))
    }

    /// A `KEY: value` mapping (`env:`, `with:`) as located strings plus exact texts.
    func mapping(_ node: YAMLNode?) -> ([String: Located<String>], [String: EmbeddedText]) {
        var values: [String: Located<String>] = [:]
        var texts: [String: EmbeddedText] = [:]
        for pair in node?.pairs ?? [] {
            guard let key = pair.key.string, let value = located(pair.value) else { continue }
            values[key] = value
            texts[key] = document.text(of: pair.value)
        }
        return (values, texts)
    }

    /// A string or list of strings.
    func strings(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        if let items = node.items { return items.compactMap(\.string) }
        return node.string.map { [$0] } ?? []
    }
}
