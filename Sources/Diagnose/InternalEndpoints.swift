import Foundation
import Plan
import Probes

/// The HTTP endpoints to check inside a container: the plan's http probes, else the URL its
/// healthcheck fetches (`curl -f http://localhost:8000/health`), reached from outside.
enum InternalEndpoints {
    static func specs(for container: DiagnosedContainer) -> [HTTPProbeSpec] {
        let planned = (container.target?.probes ?? []).compactMap { probe -> HTTPProbeSpec? in
            if case .http(let spec) = probe { return spec }
            return nil
        }
        if !planned.isEmpty { return planned }
        guard let check = HealthcheckPrograms.healthcheck(container.details),
            let spec = localURL(in: check.text)
        else { return [] }
        return [spec]
    }

    /// The first `http://localhost[:port]/path` (or 127.0.0.1, 0.0.0.0) in a command line.
    static func localURL(in text: String) -> HTTPProbeSpec? {
        let pattern = #"(https?)://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d+))?(/[^\s'"|;&)]*)?"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
        let scheme = group(1) ?? "http"
        let port = group(2).flatMap(Int.init) ?? (scheme == "https" ? 443 : 80)
        return HTTPProbeSpec(port: port, path: group(3) ?? "/", scheme: scheme)
    }
}
