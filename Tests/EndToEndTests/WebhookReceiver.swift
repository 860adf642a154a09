import Foundation
import TestSupport

/// Real HTTP servers on 127.0.0.1 for the deploy webhook tests (busybox on the host, no fake):
/// `recording` is busybox httpd with a CGI script that appends each request body to a file and answers 200;
/// `hanging` is the same server whose script never answers; `down` is a port nothing listens on.
struct WebhookReceiver {
    let url: String
    let directory: URL?
    let server: BackgroundProcess?

    static func recording() throws -> WebhookReceiver {
        try serving(hanging: false)
    }

    static func hanging() throws -> WebhookReceiver {
        try serving(hanging: true)
    }

    /// busybox httpd bound to 127.0.0.1 with one CGI script: it records the body and answers 200, or (hanging)
    /// records it and sleeps without a word.
    static func serving(hanging: Bool) throws -> WebhookReceiver {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hook-\(UUID().uuidString)")
        let cgi = directory.appendingPathComponent("cgi-bin")
        try FileManager.default.createDirectory(at: cgi, withIntermediateDirectories: true)
        let received = directory.appendingPathComponent("received").path
        let answer = hanging ? "sleep 30" : "printf 'Status: 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nok\\n'"
        let script = """
            #!/bin/sh
            body=$(head -c "${CONTENT_LENGTH:-0}")
            printf '%s\\n' "$body" >> '\(received)'
            \(answer)

            """
        try script.write(to: cgi.appendingPathComponent("hook"), atomically: true, encoding: .utf8)
        _ = try HostProcess.run(["chmod", "+x", cgi.appendingPathComponent("hook").path])
        let port = try freePort()
        let server = try BackgroundProcess.start([
            "busybox", "httpd", "-f", "-p", "127.0.0.1:\(port)", "-h", directory.path,
        ])
        try waitUntilListening(port)
        return WebhookReceiver(
            url: "http://127.0.0.1:\(port)/cgi-bin/hook?token=s3cr3t", directory: directory, server: server)
    }

    static func down() throws -> WebhookReceiver {
        WebhookReceiver(url: "http://127.0.0.1:\(try freePort())/hook", directory: nil, server: nil)
    }

    /// The bodies received so far, one JSON object each.
    func bodies() -> [[String: Any]] {
        guard let directory,
            let text = try? String(contentsOf: directory.appendingPathComponent("received"), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    func stop() {
        server?.stop()
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    static func waitUntilListening(_ port: Int) throws {
        for _ in 0..<50 {
            if let result = try? HostProcess.run(["sh", "-c", "echo | busybox nc -w 1 127.0.0.1 \(port)"], timeout: 3),
                result.status == 0
            {
                return
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw LocalServerFailure(description: "nothing listens on 127.0.0.1:\(port)")
    }
}
