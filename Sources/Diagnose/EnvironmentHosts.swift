/// Host names a service's environment points at: `REDIS_URL=redis://:pw@cache:6379/0` → `cache`,
/// `DB_HOST=postgres` → `postgres`. Only names are read; values never leave this function.
enum EnvironmentHosts {
    static let hostSuffixes = ["_HOST", "_HOSTNAME", "_ADDR", "_SERVER"]

    /// `(variable, host)` pairs, sorted by variable.
    static func hosts(in environment: [String: String]) -> [(variable: String, host: String)] {
        environment.keys.sorted().compactMap { key in
            guard let value = environment[key], let host = host(key: key, value: value), !host.isEmpty else {
                return nil
            }
            return (key, host)
        }
    }

    static func host(key: String, value: String) -> String? {
        if let schemeEnd = value.range(of: "://") {
            let rest = value[schemeEnd.upperBound...]
            // The authority ends at the first `/` after the last `@` (a password may hold `/`, `#` or `@`).
            let afterUser = rest.lastIndex(of: "@").map { rest[rest.index(after: $0)...] } ?? rest
            let authority = afterUser.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return hostPart(String(authority))
        }
        guard hostSuffixes.contains(where: key.uppercased().hasSuffix) else { return nil }
        return hostPart(value)
    }

    /// `host:port` → host; `[v6]:port` → v6.
    private static func hostPart(_ authority: String) -> String? {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        let host = authority.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" } ? host : nil
    }
}
