import Foundation
import ShipshapeCore

/// Turns statuses, exec results and error texts into a `FailureCause` with a precise message.
public enum FailureClassifier {
    /// nil when `response.status` is accepted; else redirect, host-rejected or http-status.
    public static func classify(status response: HTTPSnapshot, accepted: [ClosedRange<Int>]) -> Classification? {
        let status = response.status
        if accepted.contains(where: { $0.contains(status) }) { return nil }
        if (300...399).contains(status) {
            let location = response.headers["location"] ?? "(no Location header)"
            return Classification(
                .redirect, "HTTP \(status) redirect to \(location)",
                nextStep: "probe the final URL, or accept \(status) with a status condition")
        }
        if [400, 403, 421].contains(status), mentionsHostFilter(response.body) {
            return Classification(
                .hostRejected, "HTTP \(status): the app rejected the Host header: \(response.bodyExcerpt())",
                nextStep:
                    "add the probed host (127.0.0.1, localhost or the container address) to ALLOWED_HOSTS / TrustedHostMiddleware, or send a Host header the app accepts"
            )
        }
        let excerpt = response.bodyExcerpt()
        return Classification(.httpStatus, "HTTP \(status)" + (excerpt.isEmpty ? "" : ": \(excerpt)"))
    }

    /// True when a 4xx body looks like a host filter's answer (Django, Starlette, Rails, Vite …).
    public static func mentionsHostFilter(_ body: String) -> Bool {
        let lower = body.lowercased()
        return [
            "allowed_hosts", "invalid host", "trustedhost", "disallowedhost", "host header", "blocked host",
            "invalid http_host",
        ]
        .contains { lower.contains($0) } || lower.contains("host") && lower.contains("not allowed")
    }

    /// nil when the exec passed; else probe-tool-missing, no-shell, timeout or the failing exit.
    public static func classify(
        exec exitCode: Int?, stdout: String, stderr: String, timedOut: Bool, command: [String], successCodes: Set<Int>
    ) -> Classification? {
        let text = (stderr + "\n" + stdout).lowercased()
        let program = command.first ?? ""
        let isShell = program.hasSuffix("/sh") || program == "sh" || program.hasSuffix("/bash")
        if isShell, text.contains("no such file or directory") || text.contains("executable file not found"),
            text.contains(program.lowercased())
        {
            return Classification(
                .noShell, "\(program) does not exist in the image (no shell): \(trimmed(stderr))",
                nextStep: "probe from outside (http/tcp) or run a program the image has, without a shell")
        }
        if text.contains("executable file not found") || text.contains("no such file or directory") && exitCode != 0
            || exitCode == 127 || exitCode == 126 && !text.contains("permission denied")
        {
            let tool = missingTool(command)
            return Classification(
                .probeToolMissing,
                "\(tool) is not available in the container (exit \(exitCode.map(String.init) ?? "none")): \(trimmed(stderr))",
                nextStep: "probe from outside with an http probe, or use a tool the image has")
        }
        if timedOut { return Classification(.timeout, "the command did not finish in time") }
        if let exitCode, successCodes.contains(exitCode) { return nil }
        if exitCode == 126 {
            return Classification(.permissionDenied, "permission denied running \(program): \(trimmed(stderr))")
        }
        let output = trimmed(stderr.isEmpty ? stdout : stderr)
        let message = "exit \(exitCode.map(String.init) ?? "none")" + (output.isEmpty ? " (no output)" : ": \(output)")
        // The tool's own words say whether the server answered badly or could not be reached.
        if looksLikeRefused(text) { return Classification(.connectionRefused, message) }
        if text.contains("timed out") { return Classification(.timeout, message) }
        if text.contains("returned error") || text.contains("server returned") {
            return Classification(.httpStatus, message)
        }
        return Classification(.conditionFailed, message)
    }

    /// The program an exec could not find: argv[0], or the first word of a `sh -c` script.
    public static func missingTool(_ command: [String]) -> String {
        guard let first = command.first else { return "the command" }
        let isShell = first.hasSuffix("/sh") || first == "sh"
        if isShell, command.count >= 3, command[1] == "-c" {
            let word = command[2].split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? first
            return (word as NSString).lastPathComponent
        }
        return (first as NSString).lastPathComponent
    }

    /// Classifies a connection or transport error text.
    public static func classify(errorText: String) -> Classification {
        let lower = errorText.lowercased()
        if ["niossl", "certificate", "handshake", "ssl_", "tls"].contains(where: lower.contains) {
            let reason =
                lower.contains("certificate_verify_failed")
                ? "the certificate is not trusted here (self-signed, or signed by an unknown CA)"
                : lower.contains("wrong_version_number") ? "the port does not speak TLS" : errorText
            return Classification(
                .tlsError, "TLS failed: \(reason)",
                nextStep: "check the certificate (trusted CA, host name, expiry), or that the port speaks TLS at all")
        }
        if looksLikeRefused(lower) { return Classification(.connectionRefused, "connection refused: \(errorText)") }
        if lower.contains("resolve") || lower.contains("dns") || lower.contains("name or service not known")
            || lower.contains("nodename nor servname") || lower.contains("no address")
        {
            return Classification(.dnsFailure, "cannot resolve the host: \(errorText)")
        }
        if lower.contains("timed out") || lower.contains("timeout") || lower.contains("deadline") {
            return Classification(.timeout, "no answer within the attempt timeout: \(errorText)")
        }
        if lower.contains("permission denied") || lower.contains("eacces") {
            return Classification(.permissionDenied, errorText)
        }
        if lower.contains("connection reset") || lower.contains("econnreset") || lower.contains("errno: 104") {
            // Docker's proxy accepts on a published port, then resets when nothing in the container listens.
            return Classification(
                .connectionRefused, "the connection was reset before any answer (nothing listening behind it?)",
                nextStep:
                    "check that the app listens on the port this one reaches (for a published port, the container "
                    + "port it maps to), on 0.0.0.0 rather than 127.0.0.1 inside the container")
        }
        return Classification(.connectionRefused, "connection failed: \(errorText)")
    }

    package static func looksLikeRefused(_ lower: String) -> Bool {
        lower.contains("connection refused") || lower.contains("econnrefused") || lower.contains("errno: 111")
            || lower.contains("couldn't connect") || lower.contains("failed to connect")
    }

    package static func trimmed(_ text: String, limit: Int = 300) -> String {
        let flat = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
