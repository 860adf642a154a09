import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Plan

/// Calls the plan's `notify:` webhooks with a deploy's or rollback's outcome: every hook at once, each
/// attempt bounded by the hook's timeout, retried with a short backoff when it gets no answer, a 5xx or a
/// 429. Never throws: a hook that could not be reached becomes one warning line, and the deploy's outcome
/// and exit code stay what they were.
public struct WebhookNotifier: Sendable {
    let hooks: [Webhook]
    let client: HTTPClient

    public init(hooks: [Webhook], client: HTTPClient = .shared) {
        self.hooks = hooks
        self.client = client
    }

    /// The event a report is: nil for a dry run (nothing is sent).
    public static func event(of report: DeployReport) -> Webhook.Event? {
        if report.dryRun { return nil }
        if report.kind == "rollback" { return .rollback }
        return report.exitCode == 0 ? .success : .failure
    }

    /// Sends `report` to every hook that wants its event; returns one line per hook, in plan order:
    /// `notified …` or `warning: …`.
    public func notify(_ report: DeployReport) async -> [String] {
        guard let event = Self.event(of: report) else { return [] }
        let payload = WebhookPayload(report, event: event)
        let chosen = hooks.enumerated().filter { $0.element.events.contains(event) }
        guard !chosen.isEmpty else { return [] }
        let client = self.client
        return await withTaskGroup(of: (Int, String).self) { group in
            for (index, hook) in chosen {
                let body = payload.body(hook.format)
                group.addTask {
                    let line = await Self.deliver(body, to: hook, client: client, event: event)
                    return (index, line)
                }
            }
            var lines: [(Int, String)] = []
            for await line in group { lines.append(line) }
            return lines.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    static func deliver(_ body: String, to hook: Webhook, client: HTTPClient, event: Webhook.Event) async -> String {
        let name = "webhook \(display(hook.url)) (\(hook.format.rawValue), \(event.rawValue))"
        var failure = "not attempted"
        for attempt in 0...hook.retries {
            if attempt > 0 {
                try? await Task.sleep(for: .milliseconds(min(250 << (attempt - 1), 2000)))
            }
            switch await send(body, to: hook, client: client) {
            case .delivered(let status):
                return "notified \(name): HTTP \(status)"
            case .permanent(let reason):
                return "warning: \(name) not delivered: \(reason)"
            case .retryable(let reason):
                failure = reason
            }
        }
        let attempts = hook.retries + 1
        return "warning: \(name) not delivered after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(failure)"
    }

    enum Attempt {
        case delivered(UInt)
        case retryable(String)
        case permanent(String)
    }

    /// One POST, cut off at the hook's timeout whatever the server does (a server that accepts and never
    /// answers, or answers slowly, cannot hold the deploy).
    static func send(_ body: String, to hook: Webhook, client: HTTPClient) async -> Attempt {
        let timeout = TimeAmount.milliseconds(Int64(hook.timeoutMilliseconds))
        do {
            let response = try await withThrowingTaskGroup(of: HTTPClientResponse?.self) { group in
                group.addTask {
                    var request = HTTPClientRequest(url: hook.url)
                    request.method = .POST
                    request.headers.add(name: "Content-Type", value: "application/json")
                    request.headers.add(name: "User-Agent", value: "shipshape")
                    request.body = .bytes(ByteBuffer(string: body))
                    return try await client.execute(request, timeout: timeout)
                }
                group.addTask {
                    try await Task.sleep(for: .milliseconds(hook.timeoutMilliseconds + 250))
                    return nil
                }
                defer { group.cancelAll() }
                return try await group.next() ?? nil
            }
            guard let response else { return .retryable("no answer within \(hook.timeoutMilliseconds) ms") }
            let status = response.status.code
            if (200..<300).contains(status) { return .delivered(status) }
            if status >= 500 || status == 429 { return .retryable("HTTP \(status)") }
            return .permanent("HTTP \(status)")
        } catch let error as HTTPClientError where error == .invalidURL || error == .emptyHost {
            return .permanent("the URL is not valid")
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            return .retryable("no answer within \(hook.timeoutMilliseconds) ms")
        } catch {
            return .retryable(describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        if text.contains("connectTimeout") { return "connect timed out" }
        return text.count > 200 ? String(text.prefix(200)) + " …" : text
    }

    /// Scheme, host and port only: a webhook's path and query usually are its secret.
    static func display(_ url: String) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            let host = components.host
        else { return "(unparsable URL)" }
        let port = components.port.map { ":\($0)" } ?? ""
        let rest = components.path.isEmpty && components.query == nil ? "" : "/…"
        return "\(scheme)://\(host)\(port)\(rest)"
    }
}
