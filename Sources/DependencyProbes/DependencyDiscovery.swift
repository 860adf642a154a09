import ShipshapeCore

/// Finds the Redis, PostgreSQL and TCP servers an app's environment points at.
///
/// - Any value that is a `redis://`, `rediss://`, `postgres(ql)://` or `tcp://` URL, whatever
///   its variable (`REDIS_URL`, `DATABASE_URL`, `CACHE_URL`, `CELERY_BROKER_URL`, `*_DSN`, …).
/// - Host/port groups: `X_HOST` with `X_PORT`, `X_USER`/`X_USERNAME`, `X_PASSWORD`/`X_PASS`,
///   `X_DB`/`X_DATABASE`/`X_NAME`; the kind from the prefix (`REDIS…` redis; `POSTGRES…`,
///   `PG…`, `DB`, `DATABASE` postgres) or the port (6379, 5432), else tcp when a port is set.
///   libpq's `PGHOST`/`PGPORT`/`PGUSER`/`PGPASSWORD`/`PGDATABASE` count as one group.
/// A group without a host (`POSTGRES_PASSWORD` on the database container itself) is no endpoint.
public enum DependencyDiscovery {
    public static func endpoints(in environment: [String: String]) -> [DependencyEndpoint] {
        var found: [DependencyEndpoint] = []
        for key in environment.keys.sorted() {
            guard let value = environment[key], let endpoint = endpoint(variable: key, url: value) else { continue }
            found.append(endpoint)
        }
        for prefix in hostPrefixes(environment) {
            if let endpoint = endpoint(prefix: prefix, environment) { found.append(endpoint) }
        }
        return found
    }

    /// The endpoint a URL value names, nil when it is no dependency URL.
    public static func endpoint(variable: String, url text: String) -> DependencyEndpoint? {
        guard text.contains("://"), let url = ConnectionURL.parse(text), let kind = DependencyKind(scheme: url.scheme),
            let port = url.port ?? kind.defaultPort
        else { return nil }
        var (strict, strictPassword) = StrictURLReading.read(text)
        let agrees =
            strict.failure == nil && strict.host == url.host && (strict.port ?? kind.defaultPort) == port
            && strictPassword == url.password?.exposedValue
        if let host = strict.host, let password = url.password?.exposedValue, password.contains(host) {
            strict.host = SecretMasker.mask
        }
        let database = url.path.count > 1 ? String(url.path.dropFirst()) : nil
        let query = url.query ?? ""
        return DependencyEndpoint(
            kind: kind, variable: variable, host: url.host, port: port, user: url.user, password: url.password,
            database: database, tls: url.scheme == "rediss" || query.contains("sslmode=require"), url: url,
            strictReading: agrees ? nil : strict)
    }

    /// Prefixes `X` of `X_HOST` / `X_HOSTNAME` keys, and `PG` for libpq's `PGHOST`.
    static func hostPrefixes(_ environment: [String: String]) -> [String] {
        var prefixes: Set<String> = []
        for key in environment.keys {
            let upper = key.uppercased()
            if upper == "PGHOST" {
                prefixes.insert(String(key.dropLast(4)))
            } else if upper.hasSuffix("_HOST") {
                prefixes.insert(String(key.dropLast(5)))
            } else if upper.hasSuffix("_HOSTNAME") {
                prefixes.insert(String(key.dropLast(9)))
            }
        }
        return prefixes.sorted()
    }

    private static func endpoint(prefix: String, _ environment: [String: String]) -> DependencyEndpoint? {
        let separator = prefix.uppercased() == "PG" ? "" : "_"
        func value(_ names: [String]) -> (String, String)? {
            for name in names {
                let key = prefix + separator + name
                if let value = environment[key], !value.isEmpty { return (key, value) }
            }
            return nil
        }
        guard let (hostKey, host) = value(["HOST", "HOSTNAME"]), !host.contains("://") else { return nil }
        let portEntry = value(["PORT"])
        let port = portEntry.flatMap { Int($0.1) }
        guard let kind = kind(prefix: prefix, port: port), let resolvedPort = port ?? kind.defaultPort else {
            return nil
        }
        let passwordEntry = value(["PASSWORD", "PASS"])
        return DependencyEndpoint(
            kind: kind, variable: [hostKey, portEntry?.0, passwordEntry?.0].compactMap { $0 }.joined(separator: "/"),
            host: host, port: resolvedPort, user: value(["USER", "USERNAME"])?.1,
            password: passwordEntry.map { Secret($0.1) }, database: value(["DB", "DATABASE", "NAME"])?.1)
    }

    private static func kind(prefix: String, port: Int?) -> DependencyKind? {
        let upper = prefix.uppercased()
        if upper.contains("REDIS") || port == 6379 { return .redis }
        if upper.contains("POSTGRES") || upper.hasPrefix("PG") || upper == "DB" || upper == "DATABASE"
            || port == 5432
        {
            return .postgres
        }
        return port == nil ? nil : .tcp
    }
}
