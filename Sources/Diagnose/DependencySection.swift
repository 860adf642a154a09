import DependencyProbes
import Probes
import ShipshapeCore

/// Section 6: every Redis, PostgreSQL and TCP dependency named in a running service's environment
/// that is a container of the stack, checked with the service's own credentials against the address
/// the service would reach: that container's IP on a network they share (so a password with `#` or `@` or a wrong
/// password shows up exactly as the app sees it).
struct DependencySection: DiagnosisSectionRunner {
    static let loopback: Set<String> = ["localhost", "127.0.0.1", "::1"]

    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let containers = context.containers
        let external = context.request.plan.externalDependencies
        let timeout = Duration.milliseconds(max(100, context.timeoutMilliseconds * 4 / 5))
        return await context.eachContainer(.dependencies, name: "dependencies") { container in
            guard container.isRunning else { return [] }
            var skipped: [DiagnosisCheck] = []
            var endpoints: [DependencyEndpoint] = []
            for endpoint in DependencyDiscovery.endpoints(in: container.environment) {
                let inStack = Self.address(of: endpoint.host, from: container, in: containers) != nil
                let optedIn = external.contains { $0.allows(host: endpoint.host, port: endpoint.port) }
                if inStack || optedIn {
                    endpoints.append(endpoint)
                } else {
                    // Only the stack's own containers are contacted, with the service's credentials: an
                    // address from the environment could be anyone's, unless the plan names it
                    // (`external-dependencies:`). A URL that no client reads as written is wrong
                    // anyway, and says so without connecting.
                    skipped.append(
                        Self.unencoded(endpoint, container: container)
                            ?? .skip(
                                .dependencies, container.service, "\(endpoint.kind.rawValue) \(endpoint.variable)",
                                "\(endpoint.host) is no running container of this stack: not contacted from here "
                                    + "(a plan's `external-dependencies:` may allow it)"))
                }
            }
            let results = await DependencyChecker.check(
                endpoints, host: { endpoint in Self.address(of: endpoint.host, from: container, in: containers) },
                timeout: timeout)
            return results.map { Self.check($0, container: container, containers: containers) } + skipped
        }
    }

    /// A failed check for a URL whose password holds reserved characters unencoded, without connecting.
    static func unencoded(_ endpoint: DependencyEndpoint, container: DiagnosedContainer) -> DiagnosisCheck? {
        guard let url = endpoint.url, url.passwordNeedsEncoding else { return nil }
        let characters = url.unencodedCharacters.map { "\"\($0)\"" }.joined(separator: ", ")
        let (cause, next) = advice(.passwordNeedsEncoding, variable: endpoint.variable, container: container)
        return DiagnosisCheck(
            section: .dependencies, subject: container.service, name: "\(endpoint.kind.rawValue) \(endpoint.variable)",
            status: .fail, cause: cause,
            message: "the password in \(endpoint.variable) holds \(characters) unencoded, so clients read another "
                + "host or password (\(endpoint.host) is no running container of this stack: not connected); "
                + "write it as \(url.encodedMasked)",
            evidence: [CheckResult.Evidence("endpoint", url.masked)], nextStep: next,
            commands: [ComposeCommandLine.recreate(container.details.config.labels, service: container.service)])
    }

    /// The IP to connect to for `host` as `container` would resolve it; nil to use the name as is.
    static func address(of host: String, from container: DiagnosedContainer, in all: [DiagnosedContainer]) -> String? {
        let target: DiagnosedContainer?
        if loopback.contains(host) || container.hostNames.contains(host) {
            target = container
        } else {
            target = all.first { $0.details.id != container.details.id && $0.isRunning && $0.hostNames.contains(host) }
        }
        guard let target else { return nil }
        let networks = target.details.networkSettings?.networks ?? [:]
        let shared = container.networks.intersection(networks.keys).sorted()
        for name in shared + networks.keys.sorted() {
            if let address = networks[name]?.ipAddress, !address.isEmpty { return address }
        }
        return nil
    }

    static func check(_ result: DependencyCheckResult, container: DiagnosedContainer, containers: [DiagnosedContainer])
        -> DiagnosisCheck
    {
        let name = "\(result.kind.rawValue) \(result.variable)"
        var evidence = [
            CheckResult.Evidence("endpoint", result.endpoint), CheckResult.Evidence("connected to", result.connectedTo),
        ]
        if let version = result.serverVersion { evidence.append(.init("server version", version)) }
        if let cause = result.cause { evidence.append(.init("dependency cause", cause.rawValue)) }
        guard result.status == .fail, let cause = result.cause else {
            return DiagnosisCheck(
                section: .dependencies, subject: container.service, name: name, status: .pass,
                message: result.message + String(format: " in %.0f ms", result.latencyMs), evidence: evidence)
        }
        let (failure, next) = advice(cause, variable: result.variable, container: container)
        return DiagnosisCheck(
            section: .dependencies, subject: container.service, name: name, status: .fail, cause: failure,
            message: result.message, evidence: evidence, nextStep: next,
            commands: [ComposeCommandLine.recreate(container.details.config.labels, service: container.service)])
    }

    /// The failure cause in the report's vocabulary and what to do about it.
    static func advice(_ cause: DependencyCause, variable: String, container: DiagnosedContainer) -> (
        FailureCause, String
    ) {
        (cause.failureCause, nextStep(cause, variable: variable, container: container))
    }

    private static func nextStep(_ cause: DependencyCause, variable: String, container: DiagnosedContainer) -> String {
        switch cause {
        case .wrongPassword, .authFailed:
            "the password in \(variable) is not the server's: make them agree, then recreate \(container.service)"
        case .noAuth: "the server requires a password: add it to \(variable)"
        case .authNotConfigured:
            "the server has no password set: set one on the server (requirepass) or drop it from \(variable)"
        case .passwordNeedsEncoding:
            "percent-encode the password in \(variable) (# → %23, @ → %40, / → %2F, : → %3A)"
        case .connectionRefused: "nothing listens there: is the dependency running, on the port in \(variable)?"
        case .dnsFailure:
            "the host in \(variable) does not resolve: check the service name and that both share a network"
        case .timeout: "no answer in time: check the dependency's load and the network between them"
        case .databaseMissing: "the database in \(variable) does not exist: create it or fix the name"
        case .sslRequired: "the server requires TLS: add sslmode=require to \(variable)"
        case .serverError, .protocolError, .connectionFailed: "the dependency answered with an error: read its log"
        }
    }
}
