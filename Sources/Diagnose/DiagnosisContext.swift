import DockerEngine
import Plan
import Probes

/// What every section reads: the client, the inventory, the request and the shared HTTP fetcher.
struct DiagnosisContext: Sendable {
    let client: any DockerEngineAPI
    let request: DiagnosisRequest
    let containers: [DiagnosedContainer]
    let fetcher: HTTPFetcher

    var timeoutMilliseconds: Int { request.checkTimeoutMilliseconds }

    /// Runs `body` for every container concurrently, each under the per-check deadline.
    func eachContainer(
        _ section: DiagnosisSection, name: String,
        _ body: @escaping @Sendable (DiagnosedContainer) async -> [DiagnosisCheck]
    ) async -> [DiagnosisCheck] {
        await concurrently(
            containers.map { container in
                (container.service, { await body(container) })
            }, section: section, name: name)
    }

    /// Runs each unit concurrently under the deadline; a unit past it becomes a failed `timeout` check.
    func concurrently(
        _ units: [(subject: String, work: @Sendable () async -> [DiagnosisCheck])], section: DiagnosisSection,
        name: String
    ) async -> [DiagnosisCheck] {
        let limit = timeoutMilliseconds
        return await withTaskGroup(of: (Int, [DiagnosisCheck]).self) { group in
            for (index, unit) in units.enumerated() {
                group.addTask {
                    (
                        index,
                        await CheckDeadline.run(
                            section: section, subject: unit.subject, name: name, milliseconds: limit, unit.work)
                    )
                }
            }
            var results: [(Int, [DiagnosisCheck])] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
