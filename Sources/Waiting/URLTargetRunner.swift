import Foundation
import Plan
import Probes
import ShipshapeCore

/// Waits for a URL probed from where Shipshape runs; needs no Docker.
struct URLTargetRunner: Sendable {
    let context: TargetContext
    let url: String
    let started: ContinuousClock.Instant

    func run() async -> TargetOutcome {
        var loop = context.makeLoop()
        let ending = await loop.run(attempt: { _ in await attempt() }, watch: { nil }, progress: context.report)
        var outcome = context.outcome(ending)
        outcome.probeRoute = "from this host"
        if !ending.passed, let early = StoppedEarly.note(ending, timing: context.timing) { outcome.notes.append(early) }
        if ending.passed {
            var failures: [Classification] = []
            for expectation in context.spec.expectations {
                guard case .version(let expected, let fields) = expectation.versionTerms else { continue }
                let signals = VersionChecker.jsonSignals(
                    expected: expected, fields: fields, response: ending.last.lastResponse)
                outcome.versionSignals += signals
                if let failure = VersionChecker.judge(signals) { failures.append(failure) }
            }
            ExpectationOutcome.apply(failures, to: &outcome)
        }
        return outcome
    }

    private func attempt() async -> AttemptOutcome {
        let specs =
            context.spec.probes.isEmpty ? [ProbeSpec.http(HTTPProbeSpec(port: nil, path: url))] : context.spec.probes
        var runs: [ProbeRun] = []
        for spec in specs { runs.append(await probe(spec)) }
        let response = runs.last { $0.response != nil && $0.result.status == .healthy }?.response
        return AttemptOutcome(
            results: runs.map(\.result), fatal: runs.first { $0.fatal }?.result.cause, lastResponse: response)
    }

    private func probe(_ spec: ProbeSpec) async -> ProbeRun {
        let timeout = context.timing.boundedAttemptTimeoutMilliseconds
        switch spec {
        case .http(let http):
            let full = Self.join(url, http.path)
            let check = "http \(full)"
            guard let parts = URLComponents(string: full), let host = parts.host else {
                return failed(check, Classification(.dnsFailure, "not a URL: \(full)"), fatal: true)
            }
            let port = parts.port ?? (parts.scheme == "https" ? 443 : 80)
            if let failure = await TCPConnector.check(host: host, port: port, timeoutMilliseconds: timeout) {
                return failed(check, failure)
            }
            switch await context.fetcher.fetch(
                url: full, method: http.method, headers: http.headers, timeoutMilliseconds: timeout)
            {
            case .success(let response):
                let result = HTTPJudge.judge(
                    response, spec: http, target: context.name, check: check,
                    request: "\(http.method.uppercased()) \(full)")
                return ProbeRun(result: result, response: response)
            case .failure(let error):
                // An untrusted certificate does not become trusted by waiting: stop (after the start
                // period, when a proxy may still serve its default certificate).
                let untrusted = error.classification.message.contains("not trusted")
                return failed(
                    check, error.classification, fatal: untrusted && pastStartPeriod)
            }
        case .tcp(let port):
            let host = URLComponents(string: url)?.host ?? url
            if let failure = await TCPConnector.check(host: host, port: port, timeoutMilliseconds: timeout) {
                return failed("tcp \(host):\(port)", failure)
            }
            return ProbeRun(
                result: CheckResult(
                    target: context.name, check: "tcp \(host):\(port)", status: .healthy, message: "connected"))
        case .exec, .dockerHealth:
            return failed(
                "\(spec)",
                Classification(.containerNotFound, "exec and docker-health probes need a container target, not a URL"),
                fatal: true)
        }
    }

    /// A probe's path on a URL target: an absolute URL as is; `/path` replaces the URL's path (as a
    /// link would); a relative path is appended.
    static func join(_ url: String, _ path: String) -> String {
        if path.contains("://") { return path }
        if path.hasPrefix("/"), var parts = URLComponents(string: url), parts.host != nil {
            let query = path.firstIndex(of: "?")
            parts.percentEncodedPath = String(path[..<(query ?? path.endIndex)])
            parts.percentEncodedQuery = query.map { String(path[path.index(after: $0)...]) }
            parts.fragment = nil
            return parts.string ?? url + path
        }
        return url + (path.isEmpty || url.hasSuffix("/") ? "" : "/") + path
    }

    /// True once the start period is over (the runner's clock started with the first attempt).
    var pastStartPeriod: Bool {
        (context.clock.now() - started).wholeMilliseconds >= context.timing.startPeriodMilliseconds
    }

    private func failed(_ check: String, _ failure: Classification, fatal: Bool = false) -> ProbeRun {
        ProbeRun(
            result: CheckResult(
                target: context.name, check: check, status: .unhealthy, cause: failure.cause, message: failure.message,
                nextStep: failure.nextStep),
            fatal: fatal)
    }
}
