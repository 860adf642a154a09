import Foundation
import Probes
import ShipshapeCore

/// A public URL fetched from where Shipshape runs: redirects followed and listed, status and time,
/// then the TLS certificate of an https URL.
enum ExternalEndpoint {
    static let maxRedirects = 5

    static func checks(url: String, subject: String, context: DiagnosisContext) async -> [DiagnosisCheck] {
        // AsyncHTTPClient retries a failed TLS handshake until its deadline: look at TLS first, and
        // do not fetch through a handshake that cannot succeed.
        guard url.lowercased().hasPrefix("https://"), let components = URLComponents(string: url),
            let host = components.host
        else { return [await fetch(url: url, subject: subject, context: context)] }
        let tls = await TLSInspector.check(
            host: host, port: components.port ?? 443, subject: subject,
            timeoutMilliseconds: context.timeoutMilliseconds / 2)
        guard tls.status != .fail else {
            return [.skip(.endpoints, subject, "GET \(url)", "not fetched: the TLS certificate is not trusted"), tls]
        }
        return [await fetch(url: url, subject: subject, context: context), tls]
    }

    static func fetch(url: String, subject: String, context: DiagnosisContext) async -> DiagnosisCheck {
        var current = url
        var hops: [String] = []
        var total = 0
        while true {
            switch await context.fetcher.fetch(
                url: current, method: "GET", headers: [:], timeoutMilliseconds: context.timeoutMilliseconds * 4 / 5)
            {
            case .failure(let error):
                let failure = error.classification
                return DiagnosisCheck(
                    section: .endpoints, subject: subject, name: "GET \(url)", status: .fail, cause: failure.cause,
                    message: failure.message, evidence: hops.map { .init("redirect", $0) },
                    nextStep: failure.nextStep
                        ?? "check DNS, the reverse proxy and the firewall in front of the service",
                    commands: ["curl -sv \(current) -o /dev/null"])
            case .success(let response):
                total += response.durationMilliseconds
                if (300...399).contains(response.status), let location = response.headers["location"],
                    hops.count < maxRedirects, let from = URL(string: current)
                {
                    guard let target = URL(string: location, relativeTo: from)?.absoluteURL else {
                        return refused(
                            url, subject, hops, "\(response.status) → \(location)", "the Location is not a URL")
                    }
                    if let reason = RedirectPolicy.refusal(from: from, to: target) {
                        return refused(url, subject, hops, "\(response.status) → \(target.absoluteString)", reason)
                    }
                    hops.append("\(response.status) → \(target.absoluteString)")
                    current = target.absoluteString
                    continue
                }
                var evidence = hops.map { CheckResult.Evidence("redirect", $0) }
                evidence.append(.init("response", "HTTP \(response.status) from \(current) in \(total) ms"))
                if (200...299).contains(response.status) {
                    let via = hops.isEmpty ? "" : " after \(hops.count) redirect\(hops.count == 1 ? "" : "s")"
                    return DiagnosisCheck(
                        section: .endpoints, subject: subject, name: "GET \(url)", status: .pass,
                        message: "HTTP \(response.status) in \(total) ms\(via)", evidence: evidence,
                        durationMilliseconds: total)
                }
                let failure = FailureClassifier.classify(status: response, accepted: [200...299])
                return DiagnosisCheck(
                    section: .endpoints, subject: subject, name: "GET \(url)", status: .fail,
                    cause: failure?.cause ?? .httpStatus,
                    message: failure?.message ?? "HTTP \(response.status)", evidence: evidence,
                    nextStep: failure?.nextStep,
                    commands: ["curl -sv \(url) -o /dev/null"], durationMilliseconds: total)
            }
        }
    }

    /// A redirect Shipshape will not follow (``RedirectPolicy``): reported, not requested.
    static func refused(_ url: String, _ subject: String, _ hops: [String], _ hop: String, _ reason: String)
        -> DiagnosisCheck
    {
        DiagnosisCheck(
            section: .endpoints, subject: subject, name: "GET \(url)", status: .fail, cause: .redirect,
            message: "\(reason); not requested", evidence: (hops + [hop]).map { .init("redirect", $0) },
            nextStep: "point the public URL at the final address, or fix the redirect in the reverse proxy",
            commands: ["curl -sv \(url) -o /dev/null"])
    }
}
