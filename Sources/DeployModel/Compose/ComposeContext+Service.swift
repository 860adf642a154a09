import ShipshapeCore

extension ComposeContext {
    /// Reads one `name: {definition}` entry under `services:`.
    mutating func service(_ pair: YAMLPair) -> ComposeService? {
        guard let name = pair.key.string else { return nil }
        var service = ComposeService(name: name, location: location(pair.key))
        let node = pair.value
        guard node.pairs != nil else {
            if !node.isNull { note(node, "service `\(name)` must be a mapping") }
            return service
        }
        service.image = located(node["image"])
        service.build = build(node["build"])
        service.containerName = located(node["container_name"])
        service.ports = (node["ports"]?.items ?? []).compactMap { port($0) }
        service.expose = (node["expose"]?.items ?? []).compactMap { exposed($0) }
        let references = environmentReferences(node["environment"])
        service.environment = keyValues(node["environment"]).map { entry in
            var variable = ComposeVariable(
                name: entry.name, value: entry.value?.text, location: entry.location, valueText: entry.value)
            variable.references = references[entry.name] ?? []
            return variable
        }
        service.envFiles = envFiles(node["env_file"])
        service.command = command(node["command"])
        service.entrypoint = command(node["entrypoint"])
        service.healthcheck = healthcheck(node.pair("healthcheck"))
        service.dependsOn = dependencies(node["depends_on"])
        service.profiles = strings(node["profiles"]).map(\.value)
        service.networkMode = located(node["network_mode"])
        service.workingDir = located(node["working_dir"])
        service.bindMounts = (node["volumes"]?.items ?? []).compactMap { bindMount($0) }
        service.extends = extends(node["extends"])
        return service
    }

    /// A bind mount of `volumes:`; nil for a named volume, tmpfs or anything unreadable.
    mutating func bindMount(_ node: YAMLNode) -> ComposeBindMount? {
        if let text = string(node) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, let source = parts.first,
                source.hasPrefix(".") || source.hasPrefix("/") || source.hasPrefix("~")
            else { return nil }
            return ComposeBindMount(source: ComposePaths.join(directory, source), target: parts[1])
        }
        guard node.pairs != nil, string(node["type"]) == "bind", let source = string(node["source"]),
            let target = string(node["target"])
        else { return nil }
        return ComposeBindMount(source: ComposePaths.join(directory, source), target: target)
    }

    /// `extends: NAME` (a service of the same file) or `extends: {service: NAME, file: PATH}`.
    mutating func extends(_ node: YAMLNode?) -> ComposeExtends? {
        guard let node, !node.isNull else { return nil }
        if let name = string(node) { return ComposeExtends(service: name, file: nil, location: location(node)) }
        guard node.pairs != nil, let name = string(node["service"]) else {
            note(node, "`extends` must name a service: `extends: NAME` or `extends: {service: NAME, file: PATH}`")
            return nil
        }
        let file = string(node["file"]).map { ComposePaths.join(directory, $0) }
        return ComposeExtends(service: name, file: file, location: location(node))
    }

    /// `build: ./dir` or `build: {context, dockerfile, target, args}`.
    mutating func build(_ node: YAMLNode?) -> ComposeBuild? {
        guard let node, !node.isNull else { return nil }
        if let context = string(node) {
            let resolved = ComposePaths.join(directory, context)
            return ComposeBuild(
                context: resolved, dockerfile: ComposePaths.join(resolved, "Dockerfile"), location: location(node))
        }
        guard node.pairs != nil else {
            note(node, "`build` must be a path or a mapping")
            return nil
        }
        let context = ComposePaths.join(directory, string(node["context"]) ?? ".")
        let dockerfile = ComposePaths.join(context, string(node["dockerfile"]) ?? "Dockerfile")
        var args: [String: String] = [:]
        for entry in keyValues(node["args"]) {
            // A bare `ARG` name takes its value from the environment running compose.
            args[entry.name] = entry.value?.text ?? interpolator.environment[entry.name] ?? ""
        }
        return ComposeBuild(
            context: context, dockerfile: dockerfile, target: string(node["target"]), args: args,
            location: location(node))
    }

    /// One `expose:` entry: `3000`, `"3000"`, `"3000/tcp"` or a range (its first port).
    mutating func exposed(_ node: YAMLNode) -> Located<Int>? {
        guard let text = located(node) else { return nil }
        let port = text.value.split(separator: "/").first.flatMap { $0.split(separator: "-").first }.flatMap { Int($0) }
        guard let port else {
            if !noteUnset(node, "exposed port") { note(node, "cannot read exposed port `\(text.value)`") }
            return nil
        }
        return Located(value: port, location: text.location)
    }

    /// `env_file:` as a string, a list of strings, or a list of `{path, required}`.
    mutating func envFiles(_ node: YAMLNode?) -> [Located<String>] {
        guard let node else { return [] }
        let entries = node.items ?? [node]
        return entries.compactMap { entry in
            let pathNode = entry.pairs != nil ? entry["path"] : entry
            guard let path = located(pathNode) else { return nil }
            return Located(value: ComposePaths.join(directory, path.value), location: path.location)
        }
    }

    /// A string command (shell text) or a list (exec words).
    mutating func command(_ node: YAMLNode?) -> ComposeCommand? {
        guard let node, !node.isNull else { return nil }
        if let items = node.items { return .exec(items.compactMap { located($0) }) }
        return text(node).map { .shell($0) }
    }

    /// `depends_on:` as a list of names or a mapping of names to `{condition}`.
    mutating func dependencies(_ node: YAMLNode?) -> [ComposeDependency] {
        guard let node else { return [] }
        if let items = node.items {
            return items.compactMap { item in
                string(item).map { ComposeDependency(name: $0, condition: .serviceStarted, location: location(item)) }
            }
        }
        return (node.pairs ?? []).compactMap { pair in
            guard let name = string(pair.key) else { return nil }
            var condition = ComposeDependency.Condition.serviceStarted
            if let conditionNode = pair.value["condition"], let written = string(conditionNode) {
                if let known = ComposeDependency.Condition(rawValue: written) {
                    condition = known
                } else {
                    note(conditionNode, "unknown depends_on condition `\(written)`")
                }
            }
            return ComposeDependency(name: name, condition: condition, location: location(pair.key))
        }
    }
}
