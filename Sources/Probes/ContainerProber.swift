import DockerEngine
import Plan
import ShipshapeCore

#if canImport(Glibc)
    import Glibc
#endif

/// Runs one probe against a container: from outside when it can, inside only as a last resort.
package struct ContainerProber: Sendable {
    package let client: any DockerEngineAPI
    package let fetcher: HTTPFetcher
    package let target: String
    package let container: String
    package let timeoutMilliseconds: Int

    package init(
        client: any DockerEngineAPI, fetcher: HTTPFetcher, target: String, container: String, timeoutMilliseconds: Int
    ) {
        self.client = client
        self.fetcher = fetcher
        self.target = target
        self.container = container
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    package func run(_ probe: ProbeSpec, details: ContainerDetails) async -> ProbeRun {
        switch probe {
        case .http(let spec): return await http(spec, details: details)
        case .tcp(let port): return await tcp(port, details: details)
        case .exec(let spec):
            return await ExecProber(
                client: client, target: target, container: container, timeoutMilliseconds: timeoutMilliseconds
            ).run(spec)
        case .dockerHealth: return dockerHealth(details)
        }
    }

    /// The default when the plan names no probe: the container's own healthcheck, else "running".
    package static func defaultProbes(for details: ContainerDetails) -> [ProbeSpec] {
        HealthText.hasHealthcheck(details) ? [.dockerHealth] : []
    }

    package func http(_ spec: HTTPProbeSpec, details: ContainerDetails) async -> ProbeRun {
        let check = HTTPJudge.checkName(spec)
        guard let port = spec.port ?? Self.singlePort(details) else {
            return failed(
                check,
                Classification(.connectionRefused, "no port given and the container does not expose exactly one"),
                fatal: true)
        }
        let path = HTTPJudge.normalizedPath(spec.path)
        guard let endpoint = RouteResolver.endpoint(for: port, in: details, daemonIsLocal: daemonIsLocal) else {
            if spec.scheme == "http", let pid = RouteResolver.namespacePID(of: details, daemonIsLocal: daemonIsLocal) {
                return await viaNamespace(spec, pid: pid, port: port, path: path, check: check, details: details)
            }
            return await viaExec(spec, port: port, path: path, check: check, details: details)
        }
        if let refused = await TCPConnector.check(
            host: endpoint.host, port: endpoint.port, timeoutMilliseconds: timeoutMilliseconds)
        {
            var run = failed(check, refused)
            run.route = endpoint.description
            return run
        }
        let url = "\(spec.scheme)://\(endpoint.authority)\(path)"
        // No certificate can name the address Shipshape picked (published port, container IP): TLS
        // is encrypted but not verified here; URL targets verify.
        let fetched = await fetcher.fetch(
            url: url, method: spec.method, headers: spec.headers, timeoutMilliseconds: timeoutMilliseconds,
            verifyTLS: false)
        switch fetched {
        case .success(let response):
            let result = HTTPJudge.judge(
                response, spec: spec, target: target, check: check, request: "\(spec.method.uppercased()) \(url)")
            return ProbeRun(result: result, response: response, route: endpoint.description)
        case .failure(let error):
            var run = failed(check, error.classification)
            run.route = endpoint.description
            return run
        }
    }

    /// The daemon runs on this host: its host network and its containers' namespaces are ours to reach.
    package var daemonIsLocal: Bool {
        if case .unix = client.host { return true }
        return false
    }

    /// HTTP from inside the container's network namespace, when no address reaches the port.
    private func viaNamespace(
        _ spec: HTTPProbeSpec, pid: Int, port: Int, path: String, check: String, details: ContainerDetails
    ) async -> ProbeRun {
        let route = "network namespace of the container (pid \(pid)), 127.0.0.1:\(port)"
        #if canImport(Glibc)
            let fetched = await NamespaceHTTPFetcher.fetch(
                pid: pid, port: port, path: path, method: spec.method, headers: spec.headers,
                timeoutMilliseconds: timeoutMilliseconds)
            switch fetched {
            case .success(let response):
                let request =
                    "\(spec.method.uppercased()) http://127.0.0.1:\(port)\(path) (container network namespace)"
                let result = HTTPJudge.judge(response, spec: spec, target: target, check: check, request: request)
                return ProbeRun(result: result, response: response, route: route)
            case .failure(let error):
                var run = failed(check, error.classification)
                run.route = route
                return run
            }
        #else
            return await viaExec(spec, port: port, path: path, check: check, details: details)
        #endif
    }

    /// HTTP through a tool inside the container, when no address reaches the port from outside.
    private func viaExec(_ spec: HTTPProbeSpec, port: Int, path: String, check: String, details: ContainerDetails)
        async -> ProbeRun
    {
        let inventory = await ToolInventory.scan(
            client: client, container: container, searchPath: ToolInventory.searchPath(of: details))
        let url = "\(spec.scheme)://127.0.0.1:\(port)\(path)"
        guard
            let command = ExecHTTPCommand.make(inventory: inventory, url: url, timeoutMilliseconds: timeoutMilliseconds)
        else {
            return failed(
                check,
                Classification(
                    .probeToolMissing,
                    "port \(port) is neither published nor on a reachable network, and \(inventory.availabilityText) in the container",
                    nextStep:
                        "publish the port (127.0.0.1:\(port):\(port)) or attach the container to a reachable network"),
                fatal: true)
        }
        let route = "exec \(command.tool) inside the container (no other route)"
        let result: ExecResult
        do {
            result = try await client.exec(
                in: container, ExecOptions(command.argv, timeout: .milliseconds(timeoutMilliseconds + 1000)))
        } catch {
            var run = failed(check, EngineErrors.classify(error))
            run.route = route
            return run
        }
        guard let response = command.parse(stdout: result.stdout, stderr: result.stderr) else {
            let failure = FailureClassifier.classify(
                exec: result.exitCode == 0 ? 1 : result.exitCode, stdout: result.stdout, stderr: result.stderr,
                timedOut: result.timedOut, command: command.argv, successCodes: [0])
            var run = failed(
                check, failure ?? Classification(.conditionFailed, "no HTTP status in the output of \(command.tool)"))
            run.route = route
            return run
        }
        let judged = HTTPJudge.judge(
            response, spec: spec, target: target, check: check, request: command.argv.joined(separator: " "))
        return ProbeRun(result: judged, response: response, route: route)
    }

    package func tcp(_ port: Int, details: ContainerDetails) async -> ProbeRun {
        let check = "tcp :\(port)"
        guard let endpoint = RouteResolver.endpoint(for: port, in: details, daemonIsLocal: daemonIsLocal) else {
            #if canImport(Glibc)
                if let pid = RouteResolver.namespacePID(of: details, daemonIsLocal: daemonIsLocal) {
                    let route = "network namespace of the container (pid \(pid)), 127.0.0.1:\(port)"
                    switch await NetworkNamespace.connect(pid: pid, port: port) {
                    case .success(let descriptor):
                        close(descriptor)
                        let result = CheckResult(
                            target: target, check: check, status: .healthy,
                            message: "connected to 127.0.0.1:\(port) in the container's network namespace")
                        return ProbeRun(result: result, route: route)
                    case .failure(let error):
                        var run = failed(check, error.classification)
                        run.route = route
                        return run
                    }
                }
            #endif
            return failed(
                check,
                Classification(.connectionRefused, "port \(port) is neither published nor on a reachable network"),
                fatal: true)
        }
        if let failure = await TCPConnector.check(
            host: endpoint.host, port: endpoint.port, timeoutMilliseconds: timeoutMilliseconds)
        {
            var run = failed(check, failure)
            run.route = endpoint.description
            return run
        }
        let result = CheckResult(
            target: target, check: check, status: .healthy, message: "connected to \(endpoint.authority)")
        return ProbeRun(result: result, route: endpoint.description)
    }

    package func dockerHealth(_ details: ContainerDetails) -> ProbeRun {
        let check = "docker health"
        guard let health = details.state.health, HealthText.hasHealthcheck(details) else {
            return failed(check, Classification(.containerUnhealthy, "the container has no healthcheck"), fatal: true)
        }
        if health.status == "healthy" {
            return ProbeRun(
                result: CheckResult(target: target, check: check, status: .healthy, message: "docker reports healthy"))
        }
        let last =
            health.log?.last.map { "exit \($0.exitCode): \(HealthText.trim($0.output))" } ?? "no probe has run yet"
        return failed(
            check,
            Classification(
                .containerUnhealthy,
                "docker reports \(health.status) (failing streak \(health.failingStreak)); last check: \(last)"))
    }

    /// The "running" check used when there is nothing better.
    package func running(_ details: ContainerDetails) -> ProbeRun {
        ProbeRun(
            result: CheckResult(target: target, check: "running", status: .healthy, message: "the container is running")
        )
    }

    package func failed(_ check: String, _ failure: Classification, fatal: Bool = false) -> ProbeRun {
        let result = CheckResult(
            target: target, check: check, status: .unhealthy, cause: failure.cause, message: failure.message,
            nextStep: failure.nextStep)
        return ProbeRun(result: result, fatal: fatal)
    }

    /// The only exposed TCP port, if there is exactly one.
    package static func singlePort(_ details: ContainerDetails) -> Int? {
        let ports = (details.config.exposedPorts ?? [:]).keys.filter { $0.hasSuffix("/tcp") }.compactMap {
            Int($0.split(separator: "/")[0])
        }
        return ports.count == 1 ? ports[0] : nil
    }
}
