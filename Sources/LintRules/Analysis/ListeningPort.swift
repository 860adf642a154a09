import ShipshapeCore

/// A port a container is known to listen on, and the evidence for it.
struct ListeningPort: Sendable, Hashable {
    let port: Int
    /// What says so: `EXPOSE 3001`, `ports: "3001:3001"`, `PORT=3001`, `--bind 0.0.0.0:8000`.
    let evidence: String
    let location: SourceLocation

    /// True for compose `ports:`/`expose:` entries: what is published, a subset of what may listen.
    var isPublication: Bool { evidence.hasPrefix("ports: ") || evidence.hasPrefix("expose: ") }
}

/// Reads ports out of environment variables and command lines.
enum PortEvidence {
    /// `PORT`, `HTTP_PORT`, `SERVER_PORT`, `APP_PORT`, `LISTEN_PORT`... but not `DB_PORT` or `REDIS_PORT`,
    /// which name a port the container connects to.
    static func isListenVariable(_ name: String) -> Bool {
        let upper = name.uppercased()
        if upper == "PORT" { return true }
        let listenPrefixes = [
            "HTTP_", "HTTPS_", "SERVER_", "APP_", "LISTEN_", "WEB_", "API_", "NGINX_", "UVICORN_", "GUNICORN_",
        ]
        return upper.hasSuffix("_PORT") && listenPrefixes.contains { upper.hasPrefix($0) }
    }

    /// Ports named by `--port 8000`, `--port=8000`, `--bind 0.0.0.0:8000`, `-b :8000`, `--listen 8080`,
    /// `0.0.0.0:8000` in a command line.
    static func inCommand(_ words: [TextWord]) -> [ListeningPort] {
        var ports: [ListeningPort] = []
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            let value = word.value
            for flag in ["--port", "--bind", "-b", "--listen", "--http-port", "--server.port"] {
                if value == flag, index + 1 < words.endIndex, let port = port(in: words[index + 1].value) {
                    ports.append(
                        ListeningPort(
                            port: port, evidence: "\(flag) \(words[index + 1].value)",
                            location: words[index + 1].location))
                } else if value.hasPrefix(flag + "="), let port = port(in: String(value.dropFirst(flag.count + 1))) {
                    ports.append(ListeningPort(port: port, evidence: value, location: word.location))
                }
            }
            index += 1
        }
        return ports
    }

    /// `8000`, `:8000`, `0.0.0.0:8000`, `[::]:8000` → 8000.
    static func port(in text: String) -> Int? {
        let candidate = text.split(separator: ":").last.map(String.init) ?? text
        guard let port = Int(candidate), (1...65535).contains(port) else { return nil }
        return port
    }
}
