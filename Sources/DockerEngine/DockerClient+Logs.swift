import AsyncHTTPClient
import Foundation
import NIOCore

extension DockerClient {
    /// `GET /containers/{id}/logs` (no follow), demultiplexed into lines.
    ///
    /// Inspects the container first: TTY containers send a raw stream without frame headers.
    public func logs(of container: String, _ options: LogOptions) async throws -> ContainerLogs {
        let details = try await inspectContainer(container)
        var query: [(String, String)] = [
            ("stdout", options.stdout ? "1" : "0"), ("stderr", options.stderr ? "1" : "0"),
            ("timestamps", options.timestamps ? "1" : "0"), ("follow", "0"),
            ("tail", options.tail.map(String.init) ?? "all"),
        ]
        if let since = options.since { query.append(("since", String(format: "%.9f", since))) }
        let request = makeRequest(.GET, "/containers/\(Self.escape(container))/logs", query: query)
        let multiplexed = details.config.tty != true
        let http = self.http
        do {
            return try await Deadline.run("logs", limit: options.timeout) {
                let response = try await http.execute(request, timeout: .init(options.timeout))
                let status = Int(response.status.code)
                guard (200..<300).contains(status) else {
                    let body = Array(buffer: try await response.body.collect(upTo: 1 << 20))
                    throw Self.statusError(status: status, body: body, container: container)
                }
                var assembler = LogAssembler(
                    multiplexed: multiplexed, timestamps: options.timestamps, limit: options.outputLimit)
                for try await chunk in response.body {
                    assembler.feed(chunk.readableBytesView)
                }
                assembler.finish()
                return ContainerLogs(entries: assembler.entries, truncated: assembler.truncated)
            }
        } catch {
            throw mapTransportError(error, operation: "logs", limit: options.timeout)
        }
    }

    static func statusError(status: Int, body: [UInt8], container: String) -> DockerEngineError {
        status == 404 ? .containerNotFound(container) : .apiError(status: status, message: errorMessage(body))
    }
}
