import DockerEngine

/// The labels Docker Compose v2 puts on the containers and images it creates.
package enum ComposeLabels {
    package static let project = "com.docker.compose.project"
    package static let service = "com.docker.compose.service"
    /// `True` on containers of `docker compose run`: one-off tasks, never part of the deployed stack.
    package static let oneoff = "com.docker.compose.oneoff"
    /// Comma-separated absolute paths of the compose files `up` read.
    package static let configFiles = "com.docker.compose.project.config_files"
    /// `db:service_healthy:true,migrate:service_completed_successfully:false` (service:condition:restart).
    package static let dependsOn = "com.docker.compose.depends_on"

    /// A container that belongs to the deployed stack (not a `compose run` one-off).
    package static func isStackContainer(_ labels: [String: String]?) -> Bool {
        (labels?[oneoff] ?? "False").lowercased() != "true"
    }

    /// One entry of the `depends_on` label.
    package struct Dependency: Sendable, Hashable {
        package var service: String
        /// `service_started`, `service_healthy` or `service_completed_successfully`.
        package var condition: String
    }

    package static func dependencies(_ labels: [String: String]?) -> [Dependency] {
        guard let text = labels?[dependsOn], !text.isEmpty else { return [] }
        return text.split(separator: ",").compactMap { entry in
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard let service = parts.first, !service.isEmpty else { return nil }
            return Dependency(service: service, condition: parts.count > 1 ? parts[1] : "service_started")
        }
    }
}
