import Foundation

/// A parsed image reference such as `python:3.11-slim`, `gcr.io/distroless/static:nonroot`
/// or `redis@sha256:...`.
public struct ImageReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The reference as written (after variable substitution).
    public var raw: String
    /// Registry host when one is given (`gcr.io`, `ghcr.io`, `localhost:5000`); nil for Docker Hub.
    public var registry: String?
    /// Repository path without the registry; Docker Hub's `library/` prefix is dropped (`python`, `bitnami/redis`).
    public var repository: String
    public var tag: String?
    public var digest: String?

    public init?(_ raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(" "), !trimmed.contains("$") else { return nil }
        self.raw = trimmed
        var rest = Substring(trimmed)
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = rest[..<at]
        }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if components.count > 1, let first = components.first,
            first.contains(".") || first.contains(":") || first == "localhost"
        {
            registry = first
            components.removeFirst()
        }
        guard var last = components.popLast(), !last.isEmpty else { return nil }
        if let colon = last.firstIndex(of: ":") {
            tag = String(last[last.index(after: colon)...])
            last = String(last[..<colon])
        }
        components.append(last)
        if registry == nil || registry == "docker.io" || registry == "index.docker.io" {
            registry = nil
            if components.count == 2, components[0] == "library" { components.removeFirst() }
        }
        repository = components.joined(separator: "/").lowercased()
        guard !repository.isEmpty else { return nil }
    }

    /// `repository` with its registry, e.g. `gcr.io/distroless/base`.
    public var name: String { registry.map { "\($0)/\(repository)" } ?? repository }

    public var description: String { raw }
}
