import DockerEngine
import Foundation

/// The container's own words on failure: its healthcheck log and its last log lines.
package enum Diagnostics {
    package static func logTail(client: any DockerEngineAPI, container: String, lines: Int = 20) async -> [String] {
        guard
            let logs = try? await client.logs(
                of: container, LogOptions(tail: lines, outputLimit: 64 * 1024, timeout: .seconds(5)))
        else { return [] }
        return logs.entries.suffix(lines).map { entry in
            let text = entry.text.trimmingCharacters(in: .newlines)
            return entry.stream == .stderr ? "stderr: \(text)" : text
        }
    }
}
