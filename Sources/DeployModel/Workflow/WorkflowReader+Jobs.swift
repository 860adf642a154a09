import ShipshapeCore

extension WorkflowReader {
    /// Reads one `jobs.<id>` entry, inheriting the workflow's run defaults.
    func job(_ pair: YAMLPair, shell: String?, workingDirectory: String?) -> WorkflowJob? {
        guard let id = pair.key.string else { return nil }
        var job = WorkflowJob(id: id, location: document.location(of: pair.key))
        let node = pair.value
        job.name = string(node["name"])
        job.uses = string(node["uses"])
        if let runsOn = node["runs-on"], runsOn.pairs != nil {
            job.runsOn = strings(runsOn["labels"]) + strings(runsOn["group"])
        } else {
            job.runsOn = strings(node["runs-on"])
        }
        if let container = node["container"] {
            job.container = container.pairs != nil ? located(container["image"]) : located(container)
        }
        let defaults = node["defaults"]?["run"]
        job.defaultShell = string(defaults?["shell"]) ?? shell
        job.defaultWorkingDirectory = string(defaults?["working-directory"]) ?? workingDirectory
        (job.env, job.envText) = mapping(node["env"])
        job.services = (node["services"]?.pairs ?? []).compactMap { service($0) }
        job.timeoutMinutes = string(node["timeout-minutes"])
        for pair in node["strategy"]?["matrix"]?.pairs ?? [] {
            guard let key = pair.key.string, key != "include", key != "exclude", let items = pair.value.items else {
                continue
            }
            let values = items.compactMap { $0.scalar == nil ? nil : string($0) }
            if values.count == items.count { job.matrix[key] = values }
        }
        for (index, stepNode) in (node["steps"]?.items ?? []).enumerated() {
            job.steps.append(step(stepNode, index: index, job: job))
        }
        return job
    }

    /// Reads one `services.<name>` entry of a job.
    func service(_ pair: YAMLPair) -> WorkflowService? {
        guard let name = pair.key.string else { return nil }
        var service = WorkflowService(name: name, location: document.location(of: pair.key))
        let node = pair.value
        service.image = node.pairs != nil ? located(node["image"]) : located(node)
        service.options = node["options"].flatMap { $0.scalar == nil ? nil : document.text(of: $0) }
        service.ports = (node["ports"]?.items ?? []).compactMap { located($0) }
        service.env = mapping(node["env"]).0
        return service
    }

    /// Reads one step; `shell` and `working-directory` fall back to the job's defaults.
    func step(_ node: YAMLNode, index: Int, job: WorkflowJob) -> WorkflowStep {
        var step = WorkflowStep(index: index, location: document.location(of: node))
        step.name = string(node["name"])
        step.id = string(node["id"])
        step.uses = string(node["uses"])
        step.condition = string(node["if"])
        step.timeoutMinutes = string(node["timeout-minutes"]) ?? job.timeoutMinutes
        step.run = node["run"].flatMap { $0.scalar == nil ? nil : document.text(of: $0) }
        step.shell = string(node["shell"]) ?? job.defaultShell
        step.workingDirectory = string(node["working-directory"]) ?? job.defaultWorkingDirectory
        (step.env, step.envText) = mapping(node["env"])
        (step.with, step.withText) = mapping(node["with"])
        if let uses = step.uses, let input = Self.sshScriptInputs[Self.actionName(uses)] {
            step.script = step.withText[input]
        }
        return step
    }

    /// `owner/name` of a `uses:` reference, lowercased, without `@ref` or a sub-path.
    static func actionName(_ uses: String) -> String {
        let withoutRef = uses.split(separator: "@", maxSplits: 1).first.map(String.init) ?? uses
        let parts = withoutRef.split(separator: "/")
        guard parts.count >= 2 else { return withoutRef.lowercased() }
        return "\(parts[0])/\(parts[1])".lowercased()
    }
}
