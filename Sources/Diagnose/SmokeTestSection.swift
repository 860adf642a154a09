import Plan
import Probes
import ShipshapeCore

/// Section 9: the plan's smoke tests — requests with expected outcomes, and CORS preflights.
struct SmokeTestSection: DiagnosisSectionRunner {
    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        await context.concurrently(
            context.request.plan.smokeTests.map { test in (test.name, { [await Self.check(test, context: context)] }) },
            section: .smokeTests, name: "smoke test")
    }

    static func check(_ test: SmokeTest, context: DiagnosisContext) async -> DiagnosisCheck {
        let url: String
        switch resolveURL(test, context: context) {
        case .success(let resolved): url = resolved
        case .failure(let skipped): return skipped.check
        }
        var headers = test.request.headers
        let method: String
        if let cors = test.cors {
            method = "OPTIONS"
            headers["Origin"] = cors.origin
            headers["Access-Control-Request-Method"] = cors.method
        } else {
            method = test.request.method
        }
        let request = "\(method) \(url)"
        switch await context.fetcher.fetch(
            url: url, method: method, headers: headers, body: test.cors == nil ? test.body : nil,
            timeoutMilliseconds: context.timeoutMilliseconds, verifyTLS: test.target == nil)
        {
        case .failure(let error):
            return DiagnosisCheck(
                section: .smokeTests, subject: test.name, name: request, status: .fail,
                cause: error.classification.cause,
                message: error.classification.message, nextStep: error.classification.nextStep)
        case .success(let response):
            if let cors = test.cors { return CORSJudge.judge(response, cors: cors, test: test.name, request: request) }
            return judge(response, test: test, request: request)
        }
    }

    /// A 5xx is never an acceptable answer, whatever the plan allows: the server failed.
    static func judge(_ response: HTTPSnapshot, test: SmokeTest, request: String) -> DiagnosisCheck {
        let result = HTTPJudge.judge(response, spec: test.request, target: test.name, check: request, request: request)
        var check = EndpointSection.check(result, route: nil, section: .smokeTests, subject: test.name)
        if (500...599).contains(response.status) {
            check.status = .fail
            check.cause = .httpStatus
            check.message = "server error HTTP \(response.status): \(response.bodyExcerpt(limit: 200))"
            check.nextStep = "the request crashed the service: read its logs around this request"
        }
        return check
    }

    struct Skipped: Error { let check: DiagnosisCheck }

    static func resolveURL(_ test: SmokeTest, context: DiagnosisContext) -> Result<String, Skipped> {
        guard let target = test.target else { return .success(test.request.path) }
        let candidates = context.containers.filter { $0.target?.name == target }
        guard let container = candidates.first(where: \.isRunning) else {
            return .failure(
                Skipped(
                    check: DiagnosisCheck(
                        section: .smokeTests, subject: test.name, name: "\(test.request.method) \(test.request.path)",
                        status: .fail,
                        cause: candidates.isEmpty ? .containerNotFound : .containerExited,
                        message: "no running container for target \(target)")))
        }
        guard let port = test.request.port ?? ContainerProber.singlePort(container.details),
            let endpoint = RouteResolver.endpoint(for: port, in: container.details)
        else {
            return .failure(
                Skipped(
                    check: .skip(
                        .smokeTests, test.name, "\(test.request.method) \(test.request.path)",
                        "no route to \(container.service) from here (set `port:`, publish the port, or run diagnose on the Docker host)"
                    )))
        }
        return .success("\(test.request.scheme)://\(endpoint.authority)\(HTTPJudge.normalizedPath(test.request.path))")
    }
}
