import Foundation
import ShipshapeCore

/// Checks dependencies from where the caller stands (diagnose: the app container's network).
public enum DependencyChecker {
    /// Checks one endpoint. Never throws: every failure is a result with a cause.
    ///
    /// - Parameters:
    ///   - host: connect here instead of the endpoint's host (a container's IP on its network);
    ///     the endpoint's port, credentials and database are kept.
    ///   - timeout: the deadline for connecting and for each answer awaited.
    public static func check(
        _ endpoint: DependencyEndpoint, host override: String? = nil, timeout: Duration = .seconds(5)
    ) async -> DependencyCheckResult {
        let host = override ?? endpoint.host
        let started = ContinuousClock.now
        var result = DependencyCheckResult(
            kind: endpoint.kind, endpoint: endpoint.display, variable: endpoint.variable,
            connectedTo: host.contains(":") ? "[\(host)]:\(endpoint.port)" : "\(host):\(endpoint.port)",
            status: .pass, cause: nil, message: "", serverVersion: nil, latencyMs: 0,
            strictReading: endpoint.strictReading)
        do {
            result.serverVersion = try await run(endpoint, host: host, timeout: timeout)
            result.message = passMessage(endpoint, version: result.serverVersion)
        } catch let error as DependencyProbesError {
            result.status = .fail
            result.cause = error.cause
            result.message = SecretMasker.masking(error.errorDescription ?? "\(error)")
        } catch {
            result.status = .fail
            result.cause = .connectionFailed
            result.message = SecretMasker.masking("\(error)")
        }
        result.latencyMs = (ContinuousClock.now - started).seconds * 1000
        if endpoint.passwordNeedsEncoding { flagEncoding(endpoint, &result) }
        return result
    }

    /// Checks every endpoint concurrently, results in the endpoints' order.
    public static func check(
        _ endpoints: [DependencyEndpoint], host: (@Sendable (DependencyEndpoint) -> String?)? = nil,
        timeout: Duration = .seconds(5)
    ) async -> [DependencyCheckResult] {
        await withTaskGroup(of: (Int, DependencyCheckResult).self) { group in
            for (index, endpoint) in endpoints.enumerated() {
                group.addTask { (index, await check(endpoint, host: host?(endpoint), timeout: timeout)) }
            }
            var results: [(Int, DependencyCheckResult)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    private static func run(_ endpoint: DependencyEndpoint, host: String, timeout: Duration) async throws -> String? {
        switch endpoint.kind {
        case .redis:
            return try await RedisChecker(
                host: host, port: endpoint.port, user: endpoint.user, password: endpoint.password?.exposedValue,
                limit: timeout
            ).run()
        case .postgres:
            return try await PostgresChecker(
                host: host, port: endpoint.port, user: endpoint.user ?? "postgres",
                password: endpoint.password?.exposedValue, database: endpoint.database, limit: timeout
            ).run()
        case .tcp:
            let channel = try await Connector.connect(host: host, port: endpoint.port, limit: timeout)
            try? await channel.close()
            return nil
        }
    }

    private static func passMessage(_ endpoint: DependencyEndpoint, version: String?) -> String {
        let server = version.map { " (version \($0))" } ?? ""
        switch endpoint.kind {
        case .redis: return "Redis answered PING" + (endpoint.password == nil ? "" : " after AUTH") + server
        case .postgres: return "PostgreSQL accepted the login and answered SELECT 1" + server
        case .tcp: return "TCP connection opened"
        }
    }

    /// A URL a strict client reads differently fails whatever the server said to the intended
    /// credentials: the app would not send them.
    private static func flagEncoding(_ endpoint: DependencyEndpoint, _ result: inout DependencyCheckResult) {
        let characters = endpoint.unencodedCharacters.map { "'\($0)'" }.joined(separator: ", ")
        var message =
            "the credentials in \(endpoint.variable) hold unencoded \(characters.isEmpty ? "characters" : characters)"
        if let strict = endpoint.strictReading {
            message += "; a strict parser (Python's urllib, as redis-py uses) reads "
            if let failure = strict.failure {
                message += "an error (\(failure))"
            } else {
                let host = strict.host == SecretMasker.mask ? "a piece of the password" : "'\(strict.host ?? "")'"
                message +=
                    "host \(host)" + (strict.port.map { " port \($0)" } ?? "")
                    + (strict.passwordLength.map { " and a password of \($0) characters" } ?? " and no password")
            }
        }
        let outcome =
            result.status == .pass
            ? "the intended password is accepted by the server"
            : "with the intended password the server said: \(result.message)"
        if let url = endpoint.url {
            message += "; \(outcome); write the URL percent-encoded, as \(url.encodedMasked)"
        }
        result.status = .fail
        result.cause = .passwordNeedsEncoding
        result.message = message
    }
}
