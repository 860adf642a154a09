import Foundation

/// An HTTP GET run inside the container with a tool it has — the last-resort route.
package struct ExecHTTPCommand: Sendable {
    package let tool: String
    package let argv: [String]

    /// The command for the first usable tool, or nil when the container has none.
    package static func make(inventory: ToolInventory, url: String, timeoutMilliseconds: Int) -> ExecHTTPCommand? {
        let seconds = String(max(1, (timeoutMilliseconds + 999) / 1000))
        if let curl = inventory.found["curl"] {
            return ExecHTTPCommand(tool: "curl", argv: [curl, "-sS", "-i", "--max-time", seconds, url])
        }
        // No -T: Debian's busybox 1.35 wget crashes (SIGSEGV) with it; the exec timeout bounds the call instead.
        if let wget = inventory.found["wget"] {
            return ExecHTTPCommand(tool: "wget", argv: [wget, "-q", "-S", "-O-", url])
        }
        if let busybox = inventory.found["busybox"] {
            return ExecHTTPCommand(tool: "busybox wget", argv: [busybox, "wget", "-q", "-S", "-O-", url])
        }
        if let python = inventory.found["python3"] {
            let script = """
                import sys, urllib.request as u
                try: r = u.urlopen(sys.argv[1], timeout=\(seconds))
                except u.HTTPError as e: r = e
                sys.stdout.write(str(r.getcode()) + "\\n" + r.read().decode("utf-8", "replace"))
                """
            return ExecHTTPCommand(tool: "python3", argv: [python, "-c", script, url])
        }
        if let node = inventory.found["node"] {
            let script =
                "require('http').get(process.argv[1],r=>{let b='';r.on('data',d=>b+=d);"
                + "r.on('end',()=>process.stdout.write(r.statusCode+'\\n'+b))}).on('error',e=>{console.error(e.message);process.exit(1)})"
            return ExecHTTPCommand(tool: "node", argv: [node, "-e", script, url])
        }
        return nil
    }

    /// Reads the status (and body where the tool prints it) from the tool's output.
    package func parse(stdout: String, stderr: String) -> HTTPSnapshot? {
        switch tool {
        case "curl":
            return Self.parseHeaderBlock(stdout)
        case "wget", "busybox wget":
            guard let status = Self.statusLine(in: stderr) else { return nil }
            return HTTPSnapshot(status: status, body: stdout)
        default:
            guard let newline = stdout.firstIndex(of: "\n"), let status = Int(stdout[..<newline]) else { return nil }
            return HTTPSnapshot(status: status, body: String(stdout[stdout.index(after: newline)...]))
        }
    }

    /// Parses `HTTP/1.1 200 OK\r\nName: value\r\n\r\nbody`.
    package static func parseHeaderBlock(_ text: String) -> HTTPSnapshot? {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let parts = normalized.components(separatedBy: "\n\n")
        guard let head = parts.first, let status = statusLine(in: head) else { return nil }
        var headers: [String: String] = [:]
        for line in head.split(separator: "\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return HTTPSnapshot(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\n\n"))
    }

    /// The last `HTTP/x.y NNN` status in `text`.
    package static func statusLine(in text: String) -> Int? {
        var status: Int?
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if let index = words.firstIndex(where: { $0.hasPrefix("HTTP/") }), index + 1 < words.count,
                let code = Int(words[index + 1])
            {
                status = code
            }
        }
        return status
    }
}
