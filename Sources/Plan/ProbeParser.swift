import Foundation

/// Parses probe flags: `--http :8000/api/v1/health`, `--http https://host:8443/health`, `--http /health`,
/// `--tcp 5432`, `--exec 'wget -q -O- http://localhost:8000/health'`, `--docker-health`.
///
/// The same text forms are accepted in `shipshape.yml` (`http: :8000/health`, `tcp: 5432`).
public enum ProbeParser {
    /// The probe of one kind from its text (`--tcp :6379`, `tcp: 6379`); nil text for `--docker-health`.
    public static func parse(_ kind: ProbeKind, value: String?) throws -> ProbeSpec {
        switch kind {
        case .http: .http(try http(value ?? ""))
        case .tcp: .tcp(port: try tcp(value ?? ""))
        case .exec: .exec(try exec(value ?? ""))
        case .dockerHealth: .dockerHealth
        }
    }

    /// `:8000/path` (container port and path), `https://:8443/path` (the same over TLS), `/path`
    /// (port chosen at run time), or an absolute URL.
    public static func http(_ text: String) throws -> HTTPProbeSpec {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        let fail = { (reason: String) in PlanError.invalidProbe(kind: .http, text: text, reason: reason) }
        guard HTTPFieldSyntax.isRequestTarget(trimmed) else {
            throw fail("a path or URL cannot hold spaces or control characters (CR, LF)")
        }
        var lower = trimmed.lowercased()
        var scheme = "http"
        for prefix in ["https://:", "http://:"] where lower.hasPrefix(prefix) {
            scheme = prefix.hasPrefix("https") ? "https" : "http"
            trimmed = String(trimmed.dropFirst(prefix.count - 1))
            lower = trimmed.lowercased()
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URLComponents(string: trimmed), let host = url.host, !host.isEmpty else {
                throw fail("not a valid URL")
            }
            return HTTPProbeSpec(port: nil, path: trimmed, scheme: lower.hasPrefix("https") ? "https" : "http")
        }
        if trimmed.hasPrefix("/") { return HTTPProbeSpec(port: nil, path: trimmed) }
        var rest = Substring(trimmed)
        if rest.hasPrefix(":") { rest = rest.dropFirst() }
        let slash = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        guard let port = Int(rest[..<slash]), (1...65_535).contains(port) else {
            throw fail("expected `:PORT/path`, `/path` or a URL")
        }
        var path = String(rest[slash...])
        if path.isEmpty { path = "/" } else if path.hasPrefix("?") { path = "/" + path }
        return HTTPProbeSpec(port: port, path: path, scheme: scheme)
    }

    /// A container port: `5432` or `:5432`.
    public static func tcp(_ text: String) throws -> Int {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        if trimmed.hasPrefix(":") { trimmed = trimmed.dropFirst() }
        guard let port = Int(trimmed), (1...65_535).contains(port) else {
            throw PlanError.invalidProbe(kind: .tcp, text: text, reason: "expected a port number from 1 to 65535")
        }
        return port
    }

    /// A shell command line, run with `/bin/sh -c` inside the container.
    public static func exec(_ text: String) throws -> ExecProbeSpec {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PlanError.invalidProbe(kind: .exec, text: text, reason: "expected a command")
        }
        return .shell(text)
    }
}
