import Plan
import ShipshapeCore

/// Reads `notify:`, the webhooks `deploy` and `rollback` call with their outcome:
///
/// ```yaml
/// notify:
///   - url: https://hooks.slack.com/services/${SLACK_WEBHOOK}
///     format: slack            # json (default) | slack | discord
///     on: [success, failure]   # default: success, failure, rollback
///     timeout: 5s              # each attempt, 100ms to 60s
///     retries: 2               # 0 to 5
/// ```
struct NotifyKeysReader: Sendable {
    static let keys = ["url", "format", "on", "timeout", "retries"]

    let reader: PlanReader

    func webhooks(_ node: PlanNode) throws -> [Webhook] {
        if PlanFileParser.isNull(node) { return [] }
        return try reader.items(node).enumerated().map { try webhook($1, "notify[\($0)]") }
    }

    private func webhook(_ node: PlanNode, _ keyPath: String) throws -> Webhook {
        let pairs = try reader.mapping(node, keyPath)
        try reader.checkKeys(pairs, allowed: Self.keys, keyPath)
        guard let urlNode = pairs.last(where: { $0.key == "url" })?.value else {
            throw reader.fail(node.position, keyPath, "expected a `url:` (the webhook's http:// or https:// address)")
        }
        let url = try reader.string(urlNode, "\(keyPath).url")
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.count > 8 else {
            // The value is not echoed: a webhook URL usually carries its secret.
            throw reader.fail(urlNode.position, "\(keyPath).url", "expected an http:// or https:// URL")
        }
        var webhook = Webhook(url: url)
        if let format = pairs.last(where: { $0.key == "format" })?.value {
            webhook.format = try choice(format, "\(keyPath).format", Webhook.Format.self)
        }
        if let on = pairs.last(where: { $0.key == "on" })?.value {
            let events = try reader.items(on).enumerated().map {
                try choice($1, "\(keyPath).on[\($0)]", Webhook.Event.self)
            }
            guard !events.isEmpty else {
                throw reader.fail(on.position, "\(keyPath).on", "expected at least one of success, failure, rollback")
            }
            webhook.events = events
        }
        if let timeout = pairs.last(where: { $0.key == "timeout" })?.value {
            let value = try reader.duration(timeout, "\(keyPath).timeout")
            guard (100...60_000).contains(value) else {
                throw reader.fail(timeout.position, "\(keyPath).timeout", "expected 100ms to 60s")
            }
            webhook.timeoutMilliseconds = value
        }
        if let retries = pairs.last(where: { $0.key == "retries" })?.value {
            webhook.retries = try reader.int(retries, "\(keyPath).retries", what: "0 to 5 retries", in: 0...5)
        }
        return webhook
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ node: PlanNode, _ keyPath: String, _ type: T.Type)
        throws -> T where T.RawValue == String
    {
        let text = try reader.string(node, keyPath)
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let hint = DidYouMean.suggestion(for: text, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
        throw reader.fail(node.position, keyPath, "'\(text)' is not one of \(allowed.joined(separator: ", "))\(hint)")
    }
}
