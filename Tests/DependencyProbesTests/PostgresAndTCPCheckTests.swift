import ShipshapeCore
import TestSupport
import Testing

@testable import DependencyProbes

/// Against a real PostgreSQL cluster started for the test (initdb + pg_ctl, SCRAM passwords).
@Suite(.serialized) struct PostgresAndTCPCheckTests {
    func check(_ url: String, timeout: Duration = .seconds(10)) async throws -> DependencyCheckResult {
        let endpoint = try #require(DependencyDiscovery.endpoint(variable: "DATABASE_URL", url: url))
        return await DependencyChecker.check(endpoint, timeout: timeout)
    }

    @Test func postgresScenarios() async throws {
        let server = try LocalPostgres.start()
        defer { server.stop() }
        let password = LocalPostgres.password
        let base = "127.0.0.1:\(server.port)"
        let good = try await check("postgresql://postgres:\(password)@\(base)/postgres")
        #expect(good.status == .pass, "\(good.message)")
        #expect(good.serverVersion?.hasPrefix("15.") == true)
        #expect(!good.endpoint.contains(password))

        let wrong = try await check("postgresql://postgres:wrong-pw@\(base)/postgres")
        #expect(wrong.cause == .authFailed)
        #expect(wrong.message.contains("28P01"))
        #expect(!wrong.message.contains("wrong-pw"))

        let missing = try await check("postgresql://postgres:\(password)@\(base)/no_such_db")
        #expect(missing.cause == .databaseMissing)
        #expect(missing.message.contains("no_such_db"))

        let noPassword = try await check("postgresql://postgres@\(base)/postgres")
        #expect(noPassword.status == .fail)
        #expect(noPassword.cause == .noAuth)

        // Redis spoken to PostgreSQL: the answer is not RESP.
        let endpoint = DependencyEndpoint(kind: .redis, variable: "REDIS_URL", host: "127.0.0.1", port: server.port)
        let confused = await DependencyChecker.check(endpoint, timeout: .seconds(5))
        #expect(confused.cause == .protocolError || confused.cause == .connectionFailed, "\(confused.message)")

        server.stop()
        let down = try await check("postgresql://postgres:\(password)@\(base)/postgres")
        #expect(down.cause == .connectionRefused, "\(down.message)")
    }

    @Test func tcpOpenRefusedAndConcurrentCheck() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let closedPort = try freePort()
        let endpoints = [
            DependencyEndpoint(kind: .tcp, variable: "SEARCH_HOST", host: "127.0.0.1", port: listener.port),
            DependencyEndpoint(kind: .tcp, variable: "MAIL_HOST", host: "127.0.0.1", port: closedPort),
        ]
        let results = await DependencyChecker.check(endpoints, timeout: .seconds(2))
        #expect(results.map(\.status) == [.pass, .fail])
        #expect(results[1].cause == .connectionRefused)
        #expect(results[0].variable == "SEARCH_HOST")
    }
}
