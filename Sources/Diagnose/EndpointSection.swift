import Foundation
import Plan
import Probes
import ShipshapeCore

/// Section 4: health endpoints, from inside the stack's network (no tool needed in the container)
/// and from outside at the plan's public URLs, with redirects and the TLS certificate.
struct EndpointSection: DiagnosisSectionRunner {
    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let internalChecks = await context.eachContainer(.endpoints, name: "internal") { container in
            await Self.internalChecks(container, context: context)
        }
        let urls = Self.externalURLs(context.request.plan)
        let external = await context.concurrently(
            urls.map { item in
                (
                    item.subject,
                    { await ExternalEndpoint.checks(url: item.url, subject: item.subject, context: context) }
                )
            },
            section: .endpoints, name: "external")
        return internalChecks + external
    }

    static func internalChecks(_ container: DiagnosedContainer, context: DiagnosisContext) async -> [DiagnosisCheck] {
        let specs = InternalEndpoints.specs(for: container)
        guard container.isRunning else {
            return specs.isEmpty
                ? [] : [.skip(.endpoints, container.service, "internal", "the container is not running")]
        }
        guard !specs.isEmpty else {
            return [
                .skip(
                    .endpoints, container.service, "internal", "no HTTP endpoint known (add an http probe to the plan)")
            ]
        }
        let prober = ContainerProber(
            client: context.client, fetcher: context.fetcher, target: container.service,
            container: container.details.id,
            timeoutMilliseconds: context.timeoutMilliseconds)
        var checks: [DiagnosisCheck] = []
        for spec in specs {
            var run = await prober.http(spec, details: container.details)
            // One retry for a connection dropped mid-request (a forking server under load, a pooled
            // connection the server had closed): a real outage fails twice.
            if run.result.status == .unhealthy, run.result.cause == .connectionRefused {
                run = await prober.http(spec, details: container.details)
            }
            checks.append(Self.check(run.result, route: run.route, section: .endpoints, subject: container.service))
            if run.result.status == .healthy,
                let version = ExpectedVersion(container, commandLine: context.request.expectVersion)?.check(
                    run.response, container: container, route: run.route)
            {
                checks.append(version)
            }
        }
        return checks
    }

    /// A probe's `CheckResult` as a diagnosis check.
    static func check(_ result: CheckResult, route: String?, section: DiagnosisSection, subject: String)
        -> DiagnosisCheck
    {
        var evidence = result.evidence
        if let route { evidence.insert(.init("route", route), at: 0) }
        let healthy = result.status == .healthy
        return DiagnosisCheck(
            section: section, subject: subject, name: result.check, status: healthy ? .pass : .fail,
            cause: healthy ? nil : result.cause,
            message: healthy ? "\(result.message) in \(result.durationMilliseconds) ms" : result.message,
            evidence: evidence, nextStep: result.nextStep, durationMilliseconds: result.durationMilliseconds)
    }

    /// URL targets and every target's `public-url`.
    static func externalURLs(_ plan: Plan) -> [(subject: String, url: String)] {
        plan.targets.flatMap { target -> [(subject: String, url: String)] in
            var urls: [(subject: String, url: String)] = []
            if case .url(let url) = target.reference { urls.append((target.name, url)) }
            if let url = target.publicURL { urls.append((target.name, url)) }
            return urls
        }
    }
}
