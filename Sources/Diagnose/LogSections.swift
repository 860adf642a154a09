import DockerEngine
import Foundation
import LogAnalysis

/// Sections 5 and 8 from one read of each container's log: configuration as logged (the latest
/// event of each name the plan states expectations about) and the log analysis of the window.
struct LogSections: DiagnosisSectionRunner {
    /// Lines read per container at most; configuration events are usually logged at start-up.
    static let tail = 20_000

    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let client = context.client
        let window = Double(context.request.logsSinceMilliseconds) / 1000
        return await context.eachContainer(.logs, name: "logs") { container in
            await Self.checks(container, client: client, windowSeconds: window)
        }
    }

    static func checks(_ container: DiagnosedContainer, client: any DockerEngineAPI, windowSeconds: Double) async
        -> [DiagnosisCheck]
    {
        let expectations = container.target?.logEvents ?? []
        let logs: ContainerLogs
        do {
            logs = try await client.logs(
                of: container.details.id,
                LogOptions(tail: tail, timestamps: true, outputLimit: 16 << 20, timeout: .seconds(10)))
        } catch {
            return [.skip(.logs, container.service, "logs", "cannot read the log: \(error.localizedDescription)")]
        }
        let start = Date().addingTimeInterval(-windowSeconds)
        // The window bounds the analysis; expectations look at the whole tail (start-up events are old).
        var windowed = LogAnalyzer(options: .init(since: start))
        var events = LogAnalyzer(options: .init(trackedEvents: Set(expectations.map(\.event))))
        for entry in logs.entries {
            let timestamp = entry.timestamp.flatMap(DockerTime.parse)
            windowed.consume(line: entry.text, timestamp: timestamp)
            if !expectations.isEmpty { events.consume(line: entry.text, timestamp: timestamp) }
        }
        let summary = windowed.finish()
        var checks = LogFindings.checks(summary, container: container, windowSeconds: windowSeconds)
        if !expectations.isEmpty {
            let latest = events.finish()
            checks += expectations.map { LoggedConfiguration.check($0, summary: latest, container: container) }
        }
        return checks
    }
}
