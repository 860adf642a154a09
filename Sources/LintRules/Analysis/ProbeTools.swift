/// Programs commonly used to probe a service, which rules check for. Other programs (`ls`, `cat`,
/// an app's own binary) are never reported: the knowledge base cannot vouch for their absence.
/// `sh` is not among them: a missing `/bin/sh` is `probe-needs-shell`'s finding.
enum ProbeTools {
    static let http: [String] = ["curl", "wget", "python3", "python", "node", "http"]
    static let all: Set<String> = [
        "curl", "wget", "nc", "netcat", "ncat", "python", "python3", "node", "bash", "ash", "pg_isready",
        "psql", "redis-cli", "mysqladmin", "mysql", "mongosh", "mongo", "http", "ps", "pgrep", "grpc_health_probe",
        "jq", "nslookup", "dig", "ping", "telnet", "ss", "netstat", "lsof", "perl", "php", "ruby", "java",
    ]
}
