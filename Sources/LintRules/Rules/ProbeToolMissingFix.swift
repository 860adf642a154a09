import ShellSyntax

/// Concrete fixes for a missing probe tool: the same probe with a tool that is there, or an install line.
enum ProbeToolMissingFix {
    /// Tools that can do the job of `program`, best first.
    static func substitutes(for program: String) -> [String] {
        switch program {
        case "wget": ["curl", "python3", "node"]
        case "curl": ["wget", "python3", "node"]
        case "nc", "netcat", "ncat": ["bash", "python3", "curl"]
        case "python", "python3": ["curl", "wget"]
        case "bash": ["sh"]
        default: renamedClients[program].map { [$0] } ?? ProbeTools.http.filter { $0 != program }
        }
    }

    /// Database clients whose images renamed them: MongoDB 6 ships only `mongosh`, MariaDB 11 only the
    /// `mariadb*` names. The new name takes the same arguments for what probes do (`--eval`, `ping`).
    static let renamedClients: [String: String] = [
        "mongo": "mongosh", "mysqladmin": "mariadb-admin", "mysql": "mariadb",
    ]

    static func suggestion(for use: ProgramUse, substitute: String?, image: ResolvedImage) -> String {
        if let substitute, renamedClients[use.name] == substitute {
            // No distribution package installs the old name into these images; the new one is there.
            let command = ShellQuoting.line([substitute] + use.arguments)
            return "use \(substitute), which the image has instead: `\(command)`"
        }
        let install = installLine(for: use.name, manager: image.packageManager)
        let url = use.arguments.first(where: { $0.hasPrefix("http://") || $0.hasPrefix("https://") })
        guard let substitute, let url else {
            if substitute == nil, let own = withoutTool(url: url, image: image, canInstall: install != nil) {
                return own + (install.map { ", or add \(use.name) to the image: \($0)" } ?? "")
            }
            return install.map { "add \(use.name) to the image: \($0)" } ?? "use a program the image contains"
        }
        let rewritten: String? =
            switch substitute {
            case "curl": "curl -fsS \(url)"
            case "wget": "wget -q -O- \(url)"
            case "python3":
                "python3 -c \"import urllib.request,sys; urllib.request.urlopen('\(url)', timeout=5)\""
            // `http.get`, not `fetch`: fetch exists from Node 18 only, and images still ship Node 12–16.
            case "node":
                "node -e \"require('\(url.hasPrefix("https://") ? "https" : "http")').get('\(url)', r => "
                    + "process.exit(r.statusCode >= 200 && r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))\""
            default: nil
            }
        var text = rewritten.map { "use `\($0)`" } ?? "use \(substitute)"
        if let install { text += ", or add \(use.name) to the image: \(install)" }
        return text
    }

    /// A check that needs no probe tool: the one the image's project documents, else — in an image nothing can
    /// be installed into — bash's `/dev/tcp` to the URL's port (which proves only that the port accepts
    /// connections); nil when neither is there.
    static func withoutTool(url: String?, image: ResolvedImage, canInstall: Bool) -> String? {
        if let own = image.healthCommand { return "use the check the image ships: `\(own)`" }
        guard !canInstall, image.presentTools(among: ["bash"]).first != nil, let url, let target = hostAndPort(of: url)
        else { return nil }
        return "use bash, which the image has: `bash -c ':> /dev/tcp/\(target.host)/\(target.port)'` (checks only "
            + "that the port accepts connections)"
    }

    /// `http://localhost:9000/minio/health/live` → (localhost, 9000); the scheme's port when none is written.
    static func hostAndPort(of url: String) -> (host: String, port: String)? {
        let https = url.hasPrefix("https://")
        guard https || url.hasPrefix("http://") else { return nil }
        let authority = url.dropFirst(https ? 8 : 7).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.contains("@"), !authority.hasPrefix("[") else { return nil }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty, parts.count <= 2 else { return nil }
        if parts.count == 2 { return parts[1].isEmpty ? nil : (String(host), String(parts[1])) }
        return (String(host), https ? "443" : "80")
    }

    static func installLine(for program: String, manager: String?) -> String? {
        let package = program == "nc" ? "netcat-openbsd" : program
        switch manager {
        case "apt", "apt-get": return "`apt-get install -y --no-install-recommends \(package)`"
        case "apk": return "`apk add --no-cache \(program == "nc" ? "netcat-openbsd" : package)`"
        case "dnf", "yum", "microdnf": return "`\(manager ?? "dnf") install -y \(package)`"
        default: return nil
        }
    }
}
