import DockerEngine
import Foundation
import Plan

/// Tells "the service is down" from "the health check is broken" when an exec probe's tool is missing.
///
/// The incident this exists for: `docker exec backend wget … http://localhost:8000/health` failed for
/// 90 s because the image had curl, not wget — while the service answered 200 all along.
package enum SeedVerdict {
    /// The verdict when the same URL answers 2xx from outside; nil when it does not (then the service is the problem).
    package static func evaluate(_ spec: ExecProbeSpec, prober: ContainerProber, details: ContainerDetails) async
        -> String?
    {
        guard let url = LocalURL.find(in: spec.command) else { return nil }
        let http = HTTPProbeSpec(port: url.port, path: url.path, scheme: url.scheme)
        let run = await prober.http(http, details: details)
        guard let status = run.response?.status, (200...299).contains(status) else { return nil }
        let tool = FailureClassifier.missingTool(spec.command)
        let inventory = await ToolInventory.scan(
            client: prober.client, container: prober.container, searchPath: ToolInventory.searchPath(of: details))
        let via = run.route.map { " (HTTP \(status) via \($0))" } ?? ""
        return "the service is healthy; the health check is broken: \(tool) is not installed in the container "
            + "(\(inventory.availabilityText))\(via)"
    }
}
