import ShipshapeCore

extension ComposeContext {
    /// One `ports:` entry in short (`"127.0.0.1:8080:80/tcp"`, `8000`) or long (`{target, published}`) syntax.
    mutating func port(_ node: YAMLNode) -> ComposePort? {
        if node.pairs != nil {
            let targetText = string(node["target"]) ?? ""
            return ComposePort(
                published: string(node["published"]), target: Self.firstPort(targetText), targetText: targetText,
                hostIP: string(node["host_ip"]), proto: string(node["protocol"]) ?? "tcp", location: location(node))
        }
        guard let text = located(node) else { return nil }
        let parsed = Self.shortPort(text.value)
        if parsed.target == nil, !noteUnset(node, "port mapping") {
            note(node, "cannot read port mapping `\(text.value)`")
        }
        return ComposePort(
            published: parsed.published, target: parsed.target, targetText: parsed.targetText,
            hostIP: parsed.hostIP, proto: parsed.proto, location: text.location)
    }

    /// Splits `[[host_ip:]published:]target[/protocol]`; IPv6 host addresses may be bracketed.
    static func shortPort(_ spec: String) -> (
        hostIP: String?, published: String?, targetText: String, target: Int?, proto: String
    ) {
        var rest = Substring(spec.trimmingCharacters(in: .whitespaces))
        var proto = "tcp"
        if let slash = rest.lastIndex(of: "/") {
            proto = String(rest[rest.index(after: slash)...])
            rest = rest[..<slash]
        }
        var hostIP: String?
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            hostIP = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...].drop { $0 == ":" }
        }
        var parts = rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let targetText = parts.popLast() ?? ""
        let published = parts.popLast().flatMap { $0.isEmpty ? nil : $0 }
        if hostIP == nil, !parts.isEmpty {
            hostIP = parts.joined(separator: ":")
        }
        return (hostIP, published, targetText, firstPort(targetText), proto)
    }

    /// The first port of `80` or `3000-3005`; nil when not a number.
    static func firstPort(_ text: String) -> Int? {
        text.split(separator: "-").first.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
