import DeployModel
import Foundation
import ShipshapeCore
import SourceSyntax

/// Where a server's own code binds IPv4's any-address: `app.listen(3000, '0.0.0.0')`, `fastify.listen({ host:
/// '0.0.0.0' })`, `const HOST = process.env.HOST || '0.0.0.0'`, Flask's `app.run(host='0.0.0.0')`,
/// `uvicorn.run(app, host="0.0.0.0")`. Node and Python listen on IPv4 only there (Go does not: its `0.0.0.0`
/// listener is dual-stack, so Go is never read).
enum SourceListenAddress {
    /// The IPv4-only bindings a Python or JavaScript/TypeScript file states; none when it also names `::`
    /// (a server listening on IPv6 as well) or starts no server.
    /// A configuration file (gunicorn's `-c gunicorn.conf.py`: `bind = "0.0.0.0:8000"`) starts no server itself:
    /// `configuration` drops the need for a listen call.
    static func bindings(in script: InterpreterScript, configuration: Bool = false) -> [IPv4Binding] {
        let strings = script.strings
        guard !strings.contains(where: { IPv4Binding.bindsIPv6($0.value) }), configuration || startsServer(script)
        else { return [] }
        let lines = script.text.split(separator: "\n", omittingEmptySubsequences: false)
        return strings.compactMap { literal in
            // `0.0.0.0` or `0.0.0.0:8000`, never a URL (`http://0.0.0.0:8000` is text to print).
            guard literal.value.hasPrefix("0.0.0.0"), let bound = IPv4Binding.bound(address: Substring(literal.value)),
                let line = lines[safe: literal.location.line - 1]
            else { return nil }
            let before = line.unicodeScalars.prefix(max(0, literal.location.column - 2))
            guard namesListenAddress(String(String.UnicodeScalarView(before))) else { return nil }
            let statement = line.trimmingCharacters(in: .whitespaces)
            return IPv4Binding(
                port: bound ?? port(in: statement),
                evidence: statement.count > 100 ? "\(statement.prefix(97))…" : statement, location: literal.location,
                fromCode: true, fromSource: true)
        }
    }

    /// A call that starts a server, in any case: `.listen(`, `serve(`, `createServer(`/`startServer(` (the
    /// entry file often hands its address to a module that listens), Flask's `.run(`, aiohttp's `run_app(`.
    static func startsServer(_ script: InterpreterScript) -> Bool {
        let text = script.text.lowercased()
        let calls =
            script.language == .python
            ? [".run(", "run_app(", "serve(", "server(", "listen("] : ["listen(", "serve(", "server("]
        return calls.contains { text.contains($0) }
    }

    /// True when the code before the literal on its line says it is a listen address: a listen/serve/run call
    /// opened on the line, or a name such as `host`, `HOSTNAME`, `bind`, `listenAddr` (never `localhost`).
    /// A name for another service's address (`DB_HOST`, `redisHost`) is a client's setting, not the server's.
    static func namesListenAddress(_ before: String) -> Bool {
        let names = before.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map { $0.lowercased() }
        return names.contains { name in
            if ["listen", "serve", "run", "run_app", "runserver", "createserver"].contains(name) { return true }
            if name.contains("localhost") || clientWords.contains(where: { name.contains($0) }) { return false }
            return name.contains("host") || name.contains("bind") || name.contains("addr")
        }
    }

    /// Words of names that hold the address of something the server connects to.
    static let clientWords = [
        "db", "database", "redis", "mongo", "postgres", "pg_", "mysql", "maria", "sql", "smtp", "mail", "proxy",
        "upstream", "backend", "remote", "target", "client", "broker", "kafka", "amqp", "rabbit", "elastic",
        "cache", "memcache", "queue", "api_", "peer", "cluster", "sentinel",
    ]

    /// The port a statement names: `listen(3000, …)`, `port: 8080`, `port=5000`.
    static func port(in statement: String) -> Int? {
        for marker in ["listen(", "port:", "port=", "PORT=", "port =", "port :"] {
            guard let range = statement.range(of: marker) else { continue }
            let digits = statement[range.upperBound...].drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
            if let port = Int(digits), (1...65535).contains(port) { return port }
        }
        return nil
    }
}
