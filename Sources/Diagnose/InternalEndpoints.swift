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
            let url = LocalURL.find(in: [check.text])
        else { return [] }
        return [HTTPProbeSpec(port: url.port, path: url.path, scheme: url.scheme)]
    }
}
