import Foundation
import NIOCore

/// Checks a Redis server: connect, `AUTH [user] password`, `PING`, `INFO server`.
struct RedisChecker {
    let host: String
    let port: Int
    let user: String?
    let password: String?
    let limit: Duration

    /// The server's version when every step passed.
    func run() async throws -> String? {
        let channel = try await Connector.connect(host: host, port: port, limit: limit) { channel in
            channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(RESPHandler()) }
        }
        defer { channel.close(promise: nil) }
        if let password {
            let words = ["AUTH"] + (user.map { [$0] } ?? []) + [password]
            try expectOK(try await send(words, step: "AUTH", on: channel))
        }
        switch try await send(["PING"], step: "PING", on: channel) {
        case .simple("PONG"), .bulk("PONG"): break
        case .error(let message): throw Self.classify(error: message)
        case let other: throw DependencyProbesError.failed(.protocolError, "PING answered \(Self.describe(other))")
        }
        guard case .bulk(let info?) = try await send(["INFO", "server"], step: "INFO server", on: channel) else {
            return nil
        }
        return Self.version(in: info)
    }

    private func expectOK(_ reply: RESPValue) throws {
        switch reply {
        case .simple("OK"): return
        case .error(let message): throw Self.classify(error: message)
        default: throw DependencyProbesError.failed(.protocolError, "AUTH answered \(Self.describe(reply))")
        }
    }

    /// Writes one command and waits for its reply, at most `limit`.
    private func send(_ words: [String], step: String, on channel: any Channel) async throws -> RESPValue {
        let reply = channel.eventLoop.makePromise(of: RESPValue.self)
        let timer = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(limit.seconds * 1e9))) {
            reply.fail(DependencyProbesError.timedOut(step, limit))
            channel.close(promise: nil)
        }
        defer { timer.cancel() }
        channel.writeAndFlush(RESPRequest(bytes: RESPValue.command(words), reply: reply), promise: nil)
        return try await reply.futureResult.get()
    }

    /// The cause named by a Redis error reply (text quoted without any password: Redis never
    /// echoes it).
    static func classify(error message: String) -> DependencyProbesError {
        let upper = message.uppercased()
        let quoted = "Redis answered \"\(message.prefix(160))\""
        if upper.hasPrefix("WRONGPASS") || upper.contains("INVALID PASSWORD")
            || upper.contains("INVALID USERNAME-PASSWORD")
        {
            return .failed(.wrongPassword, "\(quoted): the password (or user) is wrong")
        }
        if upper.hasPrefix("NOAUTH") {
            return .failed(.noAuth, "\(quoted): the server requires a password and none was given")
        }
        if upper.contains("NO PASSWORD IS SET") || upper.contains("WITHOUT ANY PASSWORD CONFIGURED") {
            return .failed(.authNotConfigured, "\(quoted): a password was sent but the server has none configured")
        }
        return .failed(.protocolError, quoted)
    }

    static func version(in info: String) -> String? {
        for line in info.split(whereSeparator: \.isNewline) where line.hasPrefix("redis_version:") {
            return String(line.dropFirst("redis_version:".count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func describe(_ reply: RESPValue) -> String {
        switch reply {
        case .simple(let text): "+\(text.prefix(60))"
        case .error(let text): "-\(text.prefix(60))"
        case .integer(let value): ":\(value)"
        case .bulk(let text): text.map { "\"\($0.prefix(60))\"" } ?? "nil"
        case .array(let items): "an array of \(items?.count ?? 0)"
        }
    }
}
