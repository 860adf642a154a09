import DockerEngine

/// Helpers for the container's own healthcheck.
package enum HealthText {
    package static func hasHealthcheck(_ details: ContainerDetails) -> Bool {
        guard let test = details.config.healthcheck?.test, let first = test.first else { return false }
        return first != "NONE"
    }

    /// The last `count` healthcheck runs, one line each.
    package static func lastEntries(_ details: ContainerDetails, count: Int = 5) -> [String] {
        (details.state.health?.log ?? []).suffix(count).map { "exit \($0.exitCode): \(trim($0.output))" }
    }

    package static func trim(_ text: String, limit: Int = 300) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
