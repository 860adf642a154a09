import DockerEngine

/// `docker compose` command lines that run as written for a container's project: the project name
/// and the `-f` files compose recorded in its labels, so `docker-compose.prod.yml` is not forgotten.
package enum ComposeCommandLine {
    /// `docker compose -p shop -f /srv/shop/compose.yml -f /srv/shop/compose.prod.yml` (project and
    /// files from the labels), or plain `docker compose` for a container compose did not create.
    package static func base(_ labels: [String: String]?) -> String {
        guard let project = labels?[ComposeLabels.project] else { return "docker compose" }
        let files = (labels?[ComposeLabels.configFiles] ?? "").split(separator: ",").map { quote(String($0)) }
        return (["docker compose -p \(quote(project))"] + files.map { "-f \($0)" }).joined(separator: " ")
    }

    /// Recreates one service with its dependencies in compose's order.
    package static func recreate(_ labels: [String: String]?, service: String) -> String {
        base(labels) + " up -d --force-recreate \(quote(service))"
    }

    /// Starts a service the way compose would (dependencies first), never `docker start`, which
    /// bypasses `depends_on`.
    package static func up(_ labels: [String: String]?, service: String) -> String {
        base(labels) + " up -d \(quote(service))"
    }

    /// Single quotes when a word holds anything a shell would read.
    package static func quote(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@%+,".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
