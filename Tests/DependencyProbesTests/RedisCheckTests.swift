import ShipshapeCore
import TestSupport
import Testing

@testable import DependencyProbes

/// Against real `redis-server`s on 127.0.0.1 (one per test, torn down after it).
@Suite(.serialized) struct RedisCheckTests {
    static let password = "Redis-pw-42"

    func check(_ url: String, host: String? = nil, timeout: Duration = .seconds(5)) async throws
        -> DependencyCheckResult
    {
        let endpoint = try #require(DependencyDiscovery.endpoint(variable: "REDIS_URL", url: url))
        return await DependencyChecker.check(endpoint, host: host, timeout: timeout)
    }

    @Test func passwordUserAndHostOverride() async throws {
        let server = try LocalRedis.start(password: Self.password, aclUser: ("app", "app-pw-7"))
        defer { server.stop() }
        let good = try await check("redis://:\(Self.password)@127.0.0.1:\(server.port)/0")
        #expect(good.status == .pass)
        #expect(good.cause == nil)
        #expect(good.serverVersion?.hasPrefix("7.") == true)
        #expect(!good.message.contains(Self.password) && !good.endpoint.contains(Self.password))
        let acl = try await check("redis://app:app-pw-7@127.0.0.1:\(server.port)")
        #expect(acl.status == .pass, "\(acl.message)")
        let overridden = try await check("redis://:\(Self.password)@redis.internal:\(server.port)", host: "127.0.0.1")
        #expect(overridden.status == .pass)
        #expect(overridden.connectedTo == "127.0.0.1:\(server.port)")
        #expect(overridden.endpoint == "redis://:****@redis.internal:\(server.port)")
    }

    @Test func wrongPasswordAndMissingPassword() async throws {
        let server = try LocalRedis.start(password: Self.password, aclUser: ("app", "app-pw-7"))
        defer { server.stop() }
        let wrong = try await check("redis://:not-it@127.0.0.1:\(server.port)")
        #expect(wrong.status == .fail)
        #expect(wrong.cause == .wrongPassword)
        #expect(!wrong.message.contains("not-it"))
        let wrongUser = try await check("redis://app:nope-nope@127.0.0.1:\(server.port)")
        #expect(wrongUser.cause == .wrongPassword)
        let none = try await check("redis://127.0.0.1:\(server.port)")
        #expect(none.cause == .noAuth)
        #expect(none.message.contains("NOAUTH"))
    }

    @Test func passwordSentToUnprotectedServer() async throws {
        let server = try LocalRedis.start()
        defer { server.stop() }
        let result = try await check("redis://:whatever-pw@127.0.0.1:\(server.port)")
        #expect(result.cause == .authNotConfigured)
        #expect(!result.message.contains("whatever-pw"))
        let open = try await check("redis://127.0.0.1:\(server.port)")
        #expect(open.status == .pass)
    }

    @Test func unencodedPasswordIsFlaggedEvenWhenTheServerWouldAcceptIt() async throws {
        let secret = "Xy7@k#9q/2"
        let server = try LocalRedis.start(password: secret)
        defer { server.stop() }
        let result = try await check("redis://:\(secret)@127.0.0.1:\(server.port)/0")
        #expect(result.status == .fail)
        #expect(result.cause == .passwordNeedsEncoding)
        #expect(result.message.contains("the intended password is accepted"))
        #expect(result.message.contains("reads host a piece of the password"))
        #expect(result.message.contains("'@', '#', '/'"))
        #expect(result.message.contains("%40") && result.message.contains("%23"))
        #expect(result.strictReading?.passwordLength == 3)
        #expect(!result.message.contains(secret) && !result.message.contains("9q"))
        let wrong = try await check("redis://:Ab#c@d@127.0.0.1:\(server.port)/0")
        #expect(wrong.cause == .passwordNeedsEncoding)
        #expect(wrong.message.contains("WRONGPASS"))
    }

    @Test func refusedAndSilentServers() async throws {
        let port = try freePort()
        let refused = try await check("redis://:x@127.0.0.1:\(port)")
        #expect(refused.cause == .connectionRefused)
        let silent = try SilentListener()
        defer { silent.close() }
        let started = ContinuousClock.now
        let timeout = try await check("redis://127.0.0.1:\(silent.port)", timeout: .milliseconds(300))
        #expect(timeout.cause == .timeout)
        #expect(timeout.message.contains("PING"))
        #expect(ContinuousClock.now - started < .seconds(3))
    }
}
