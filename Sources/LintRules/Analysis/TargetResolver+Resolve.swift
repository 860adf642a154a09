import DeployModel
import DockerfileSyntax
import ShellSyntax
import ShipshapeCore

extension TargetResolver {
    /// The images an invocation's target may run.
    /// `file`: the script the invocation is in, for container IDs its variables hold.
    func resolve(_ target: ContainerInvocation.Target, in file: String? = nil) -> ProbeTarget {
        switch target {
        case .container(let word):
            guard let name = word.literal else {
                let variable = ComposeServiceLookup.variable(word.value)
                let bound = variable.flatMap { name in file.flatMap { lookups[$0]?[name] } }
                guard let lookup = ComposeServiceLookup.parse(word.value) ?? bound else {
                    return ProbeTarget(label: "container \(word.raw)", candidates: [])
                }
                return ProbeTarget(
                    label: "service \"\(lookup.service)\"",
                    candidates: services(named: lookup.service, files: lookup.files).map(image(of:)))
            }
            var candidates = services(namedContainer: name).map(image(of:))
            if candidates.isEmpty, let imageName = runNames[name] {
                candidates = [imageForReference(imageName, via: "docker run --name \(name)")]
            }
            return ProbeTarget(label: "container \"\(name)\"", candidates: candidates)
        case .composeService(let word, let files, _):
            guard let name = word.literal else { return ProbeTarget(label: "service \(word.raw)", candidates: []) }
            let fileNames = files.compactMap(\.literal)
            return ProbeTarget(
                label: "service \"\(name)\"", candidates: services(named: name, files: fileNames).map(image(of:)))
        case .image(let word):
            guard let reference = word.literal else { return ProbeTarget(label: "image \(word.raw)", candidates: []) }
            return ProbeTarget(
                label: "image \"\(reference)\"", candidates: [imageForReference(reference, via: "docker run")])
        }
    }

    /// The image of a compose service: its build when it has one, else its `image:`.
    func image(of pair: (ComposeFile, ComposeService)) -> TargetImage {
        let (file, service) = pair
        let via = "service \"\(service.name)\" in \(file.path)"
        let source: ImageSource
        if let build = service.build {
            source = .build(dockerfile: build.dockerfile, target: build.target, args: build.args)
        } else if let image = service.image?.value {
            source = images.builtSource(forImage: image) ?? .reference(image)
        } else {
            source = .reference("")
        }
        var target = TargetImage(
            via: via, source: source, definition: service.location, declaredPorts: declaredPorts(of: service))
        target.declaredIPv4Bindings = declaredIPv4Bindings(of: service)
        target.replacesCMD = service.command != nil
        target.setsIPv6Host = service.environment.contains {
            IPv4Binding.setsIPv6Host(name: $0.name, value: $0.value)
        }
        target.commandRunsKnownRuntime = IPv4Binding.runsKnownRuntime(
            [service.entrypoint, service.command].compactMap { $0 }.flatMap { ComposeWords.words(of: $0).map(\.value) })
        return target
    }

    /// IPv4-only listen addresses compose gives the service: `HOST=0.0.0.0` in `environment:`, `--host
    /// 0.0.0.0` in `command:`, nginx configurations it bind-mounts.
    func declaredIPv4Bindings(of service: ComposeService) -> [IPv4Binding] {
        var bindings = service.environment.compactMap { variable in
            variable.value.flatMap {
                IPv4Binding.inVariable(name: variable.name, value: $0, location: variable.location)
            }
        }
        if let command = service.command {
            bindings += IPv4Binding.inCommand(ComposeWords.words(of: command))
            bindings += codeBindings(of: service, command: command)
        }
        let mounted = NginxListeners.mounted(service.bindMounts, configs: images.model.nginxConfigs)
        bindings += NginxListeners.bindings(mounted.active, stockRemoved: mounted.hidesStock)
        return bindings
    }

    /// The listen address in the code the compose `command:` starts (`node server.js` from a bind mount or
    /// the build); `TargetImage` drops them when the service's environment sets an IPv6 one.
    func codeBindings(of service: ComposeService, command: ComposeCommand) -> [IPv4Binding] {
        let build = service.build.flatMap { build -> (stage: Stage, dockerfile: Dockerfile)? in
            guard let dockerfile = images.dockerfiles[build.dockerfile],
                let stage = images.stage(build.target, in: dockerfile)
            else { return nil }
            return (stage, dockerfile)
        }
        return StartCommandSource(
            service: service, command: command, build: build, scripts: images.scripts, sources: images.model.sources
        ).bindings()
    }

    func imageForReference(_ reference: String, via: String) -> TargetImage {
        let source = images.builtSource(forImage: reference) ?? .reference(reference)
        return TargetImage(via: via, source: source, definition: nil, declaredPorts: [])
    }

    /// The target's own compose service, for healthchecks.
    func target(ofService service: ComposeService, in file: ComposeFile) -> ProbeTarget {
        ProbeTarget(label: "service \"\(service.name)\"", candidates: [image(of: (file, service))])
    }

    /// Ports compose says the service listens on: `ports` (container side), `expose`, `PORT`-style
    /// environment and `--port`/`--bind` in its command.
    func declaredPorts(of service: ComposeService) -> [ListeningPort] {
        var ports: [ListeningPort] = []
        for port in service.ports {
            if let target = port.target {
                ports.append(
                    ListeningPort(
                        port: target, evidence: "ports: \(port.published.map { "\($0):" } ?? "")\(port.targetText)",
                        location: port.location))
            }
        }
        for exposed in service.expose {
            ports.append(
                ListeningPort(port: exposed.value, evidence: "expose: \(exposed.value)", location: exposed.location))
        }
        for variable in service.environment where PortEvidence.isListenVariable(variable.name) {
            if let value = variable.value, let port = PortEvidence.port(in: value) {
                ports.append(
                    ListeningPort(port: port, evidence: "\(variable.name)=\(value)", location: variable.location))
            }
        }
        if let command = service.command {
            ports += PortEvidence.inCommand(ComposeWords.words(of: command))
        }
        return ports
    }
}
