import ShipshapeCore

/// The `listen` directives of an nginx configuration file: which ports it serves, and on which address family.
public struct NginxConfig: Sendable, Hashable {
    /// One `listen` directive.
    public struct Listen: Sendable, Hashable {
        public let port: Int
        /// Serves IPv4: `listen 80`, `0.0.0.0:80`, `*:80`, `127.0.0.1:80`, `[::]:80 ipv6only=off`.
        public let ipv4: Bool
        /// Serves IPv6: `listen [::]:80`, `[::1]:80`.
        public let ipv6: Bool
        /// The address as written: `80`, `[::]:8080`.
        public let text: String
        public let location: SourceLocation
    }

    public let file: String
    public let listens: [Listen]
    /// True when it includes `conf.d` (the official image's `nginx.conf` does: `include /etc/nginx/conf.d/*.conf`).
    public let includesConfD: Bool

    public init(file: String, listens: [Listen], includesConfD: Bool) {
        self.file = file
        self.listens = listens
        self.includesConfD = includesConfD
    }

    /// Reads the `listen` directives line by line; addresses held in variables (`${NGINX_PORT}`, templates) and
    /// unix sockets are left out.
    public static func parse(file: String, text: String) -> NginxConfig {
        var listens: [Listen] = []
        var includesConfD = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.prefix { $0 != "#" }
            // Statements end at `;`, blocks open and close at braces: `server { listen 80; }` on one line.
            for statement in line.split(whereSeparator: { $0 == ";" || $0 == "{" || $0 == "}" }) {
                let trimmed = statement.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
                if trimmed.hasPrefix("include"), trimmed.contains("conf.d") { includesConfD = true }
                guard trimmed.hasPrefix("listen ") || trimmed.hasPrefix("listen\t") else { continue }
                let words = trimmed.dropFirst("listen".count).split { $0 == " " || $0 == "\t" || $0 == "\r" }
                guard let address = words.first.map(String.init),
                    let listen = listen(address, parameters: words.dropFirst().map(String.init))
                else { continue }
                let column = line.distance(from: line.startIndex, to: trimmed.startIndex) + 1
                listens.append(
                    Listen(
                        port: listen.port, ipv4: listen.ipv4, ipv6: listen.ipv6, text: address,
                        location: SourceLocation(
                            file: file, line: index + 1, column: column,
                            endColumn: column + trimmed.count)))
            }
        }
        return NginxConfig(file: file, listens: listens, includesConfD: includesConfD)
    }

    static func listen(_ address: String, parameters: [String]) -> (port: Int, ipv4: Bool, ipv6: Bool)? {
        guard !address.contains("$"), !address.hasPrefix("unix:") else { return nil }
        if address.hasPrefix("[") {
            guard let close = address.firstIndex(of: "]") else { return nil }
            let rest = address[address.index(after: close)...]
            let port = rest.isEmpty ? 80 : Int(rest.dropFirst())
            guard let port, rest.isEmpty || rest.first == ":" else { return nil }
            return (port, parameters.contains("ipv6only=off"), true)
        }
        let parts = address.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 {
            // `listen 80` (a port) or `listen 127.0.0.1` (an address, port 80).
            if let port = Int(parts[0]) { return (port, true, false) }
            return isIPv4(parts[0]) ? (80, true, false) : nil
        }
        guard parts.count == 2, let port = Int(parts[1]), parts[0] == "*" || isIPv4(parts[0]) else { return nil }
        return (port, true, false)
    }

    static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { Int($0).map { (0...255).contains($0) } ?? false }
    }
}
