import ImageKnowledge
import ShipshapeCore

/// Evidence that a server listens on IPv4 only: told to bind `0.0.0.0` (`--host 0.0.0.0`,
/// `runserver 0.0.0.0:8000`, `HOST=0.0.0.0`) and nowhere told to bind `::` as well.
struct IPv4Binding: Sendable, Hashable {
    /// The port bound, when the evidence names one.
    let port: Int?
    /// As written: `--host=0.0.0.0`, `ENV HOSTNAME=0.0.0.0`.
    let evidence: String
    let location: SourceLocation
    /// True when it comes from a `CMD`, which a compose `command:` replaces.
    var fromCMD = false
    /// True when read in what the server itself reads (its code, an nginx configuration), not in a variable or
    /// option that any program might be given.
    var fromCode = false
    /// True when read in the server's own source code, whose address a `HOST`-style variable may override.
    var fromSource = false

    /// Programs that listen on IPv4 only when told `0.0.0.0`: Node, Python, Ruby, PHP and .NET servers and the
    /// tools that start them. Go's listener on `0.0.0.0` is dual-stack (it accepts `::1`), so an address given
    /// to an unknown program — often a Go binary — is no evidence.
    static let runtimes: Set<String> = [
        "node", "nodejs", "npm", "npx", "yarn", "pnpm", "bun", "bunx", "next", "nuxt", "nuxi", "vite", "astro",
        "remix-serve", "serve", "http-server", "uvicorn", "gunicorn", "hypercorn", "daphne", "granian", "flask",
        "streamlit", "jupyter", "jupyter-lab", "mlflow", "manage.py", "django-admin", "waitress-serve", "fastapi",
        "ruby", "rails", "puma", "rackup", "unicorn", "bundle", "php", "artisan", "dotnet",
    ]

    /// Base images whose servers are such runtimes (a `HOST=0.0.0.0` variable is theirs).
    static let runtimeRepositories: Set<String> = [
        "node", "python", "pypy", "ruby", "php", "oven/bun", "dotnet/aspnet", "dotnet/runtime", "dotnet/sdk",
    ]

    /// True when a command line starts one of `runtimes` (a Python or JavaScript file counts).
    static func runsKnownRuntime(_ words: [String]) -> Bool {
        words.contains { word in
            let name = Paths.basename(word)
            if runtimes.contains(name) || name.hasPrefix("python") { return true }
            return [".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".php", ".dll"].contains { name.hasSuffix($0) }
        }
    }

    /// Environment variables servers read their listen address from (Next.js `HOSTNAME`, Nuxt/Nitro
    /// `HOST`/`NITRO_HOST`, Flask `FLASK_RUN_HOST`, uvicorn `UVICORN_HOST`, and the usual spellings).
    static let hostVariables: Set<String> = [
        "HOST", "HOSTNAME", "BIND", "BIND_HOST", "BIND_ADDR", "BIND_ADDRESS", "LISTEN_HOST", "LISTEN_ADDR",
        "LISTEN_ADDRESS", "SERVER_HOST", "SERVER_ADDR", "SERVER_ADDRESS", "APP_HOST", "WEB_HOST", "HTTP_BIND",
        "HTTP_HOST_BIND", "UVICORN_HOST", "NITRO_HOST", "NUXT_HOST", "FLASK_RUN_HOST", "ASPNETCORE_URLS",
    ]

    /// Options that take the address to listen on.
    static let addressFlags: Set<String> = [
        "--host", "-H", "--hostname", "--bind", "-b", "--listen", "--addr", "--address", "--ip", "-h",
        "--http-address", "--bind-address", "--listen-address", "--server.address", "--web.listen-address",
    ]

    /// The port of an address that is IPv4's any-address: `.some(nil)` for `0.0.0.0`, `.some(8000)` for
    /// `0.0.0.0:8000` or `http://0.0.0.0:8000/`; nil for anything else.
    static func bound(address: Substring) -> Int?? {
        var rest = address
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        guard rest.hasPrefix("0.0.0.0") else { return nil }
        rest = rest.dropFirst("0.0.0.0".count)
        if rest.isEmpty { return .some(nil) }
        guard rest.first == ":" else { return nil }
        let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard let port = Int(digits), (1...65535).contains(port) else { return nil }
        let after = rest.dropFirst(1 + digits.count)
        return after.isEmpty || after.first == "/" ? .some(port) : nil
    }

    /// The port a command-line word binds on IPv4 only, given the word before it: `--host 0.0.0.0`,
    /// `--bind=0.0.0.0:8000`, `0.0.0.0:8000` (Django's `runserver`, `-b`), `HOST=0.0.0.0` before a command.
    static func bound(word: String, after previous: String?) -> Int?? {
        if let previous, addressFlags.contains(previous) { return bound(address: Substring(word)) }
        if let equals = word.firstIndex(of: "=") {
            let name = word[..<equals]
            let flag = name.hasPrefix("-") && addressFlags.contains(String(name))
            guard flag || hostVariables.contains(String(name)) else { return nil }
            return bound(address: word[word.index(after: equals)...])
        }
        // A bare `0.0.0.0` may be any option's value; with a port it is an address to listen on.
        guard word.hasPrefix("0.0.0.0:"), let port = bound(address: Substring(word)), port != nil else { return nil }
        return port
    }

    /// `HOST=::`: a variable servers read their address from, set to listen on IPv6 (overriding a code default).
    static func setsIPv6Host(name: String, value: String?) -> Bool {
        hostVariables.contains(name.uppercased()) && value.map(bindsIPv6) == true
    }

    /// `::`, `[::]`, `[::]:8000`, `--host=::`: the server listens on IPv6 (and, usually, IPv4) too.
    static func bindsIPv6(_ value: String) -> Bool {
        let rest = value.split(separator: "=", maxSplits: 1).last.map(String.init) ?? value
        return rest == "::" || rest.hasPrefix("[::]") || rest.contains("://[::]")
    }

    /// The bindings a command line states.
    static func inCommand(_ words: [TextWord], fromCMD: Bool = false) -> [IPv4Binding] {
        guard !words.contains(where: { bindsIPv6($0.value) }) else { return [] }
        return words.indices.compactMap { index in
            let word = words[index]
            let previous = index > words.startIndex ? words[index - 1].value : nil
            guard let port = bound(word: word.value, after: previous) else { return nil }
            let evidence = previous.map { addressFlags.contains($0) ? "\($0) \(word.value)" : word.value } ?? word.value
            return IPv4Binding(port: port, evidence: evidence, location: word.location, fromCMD: fromCMD)
        }
    }

    /// The binding an environment variable states (`HOST=0.0.0.0`).
    static func inVariable(name: String, value: String, location: SourceLocation, prefix: String = "")
        -> IPv4Binding?
    {
        guard hostVariables.contains(name.uppercased()), let port = bound(address: Substring(value)) else { return nil }
        return IPv4Binding(port: port, evidence: "\(prefix)\(name)=\(value)", location: location)
    }
}
