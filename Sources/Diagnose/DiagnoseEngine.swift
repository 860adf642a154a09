import AsyncHTTPClient
import DockerEngine
import Plan
import Probes

/// Runs every diagnosis section concurrently against one Docker host and builds the report.
public struct DiagnoseEngine: Sendable {
    let client: any DockerEngineAPI

    public init(client: any DockerEngineAPI) {
        self.client = client
    }

    /// Sections this build runs; the others are listed in `DiagnosisReport.omitted`.
    static let sections: [any DiagnosisSectionRunner] = [
        ContainerSection(), ImageSection(), ToolSection(), EndpointSection(), LogSections(), DependencySection(),
        NetworkSection(), SmokeTestSection(),
    ]

    static let omitted: [String: String] = [:]

    /// Throws only when it cannot run at all (Docker unreachable, an empty project); every problem
    /// it finds is a check in the report.
    public func run(_ request: DiagnosisRequest) async throws -> DiagnosisReport {
        let started = ContinuousClock.now
        let inventory = try await StackInventory.load(request, client: client)
        // Container routes use addresses Shipshape picked (a published port, the container's IP),
        // which no certificate names: those are encrypted but not verified, as in `wait`.
        let checks = try await HTTPFetcher.with(connectTimeoutMilliseconds: request.checkTimeoutMilliseconds) {
            fetcher in
            let context = DiagnosisContext(
                client: client, request: request, containers: inventory.containers, fetcher: fetcher)
            return await withTaskGroup(of: [DiagnosisCheck].self) { group in
                for section in Self.sections {
                    group.addTask { await section.run(context) }
                }
                var all = inventory.missing
                for await checks in group { all += checks }
                return all
            }
        }
        // A daemon lost mid-run makes every later Engine call fail; those failures are not findings
        // about the stack (50 "tag no longer exists"), so the run ends as "Docker unreachable".
        _ = try await client.ping()
        let elapsed = ContinuousClock.now - started
        return DiagnosisReport(
            scope: request.scope, host: client.host.description, checks: checks, omitted: Self.omitted,
            elapsedMilliseconds: Int(
                elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000))
    }
}

/// One section of the report.
protocol DiagnosisSectionRunner: Sendable {
    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck]
}
