import ArgumentParser
import DockerEngine
import Foundation
import Plan
import Probes
import ShipshapeCore
import WaitReporting
import Waiting

/// Runs the wait engine, with a Docker client when the plan needs one.
enum WaitRunner {
    static func run(_ plan: Plan, options: WaitOptions) async throws -> WaitReport {
        let live = options.color.enabled(writingToFile: false) && isatty(STDERR_FILENO) == 1
        let display = WaitProgressDisplay(live: live) { text in
            try? OutputSink.current.write(PrintedText(text), to: .standardError)
        }
        let needsDocker = plan.targets.contains { target in
            if case .url = target.reference { return !target.probes.allSatisfy(\.runsFromHost) }
            return true
        }
        // A hung daemon must not hold the wait past its timeout: no Engine call waits longer than
        // the longest wait (and never more than the client's usual 10 s).
        let longest =
            plan.targets.map { ($0.timing ?? plan.defaults).deadlineMilliseconds }.max()
            ?? plan.defaults.deadlineMilliseconds
        let requestTimeout = Duration.milliseconds(min(10_000, max(1_000, longest)))
        do {
            guard needsDocker else {
                return try await WaitEngine(client: nil).run(plan, observer: display.handle)
            }
            return try await DockerClient.withClient(requestTimeout: requestTimeout) { client in
                try await WaitEngine(client: client).run(plan, observer: display.handle)
            }
        } catch let error as WaitUsageError {
            ReportFile.note("shipshape wait: \(error.localizedDescription)")
            throw ExitCode.validationFailure
        } catch let error as DockerEngineError {
            ReportFile.note("shipshape wait: \(error.localizedDescription)")
            throw ExitCode(ShipshapeExit.dockerUnreachable.rawValue)
        }
    }
}

extension ProbeSpec {
    /// HTTP and TCP probes of URL targets run from the host, without Docker.
    var runsFromHost: Bool {
        switch self {
        case .http, .tcp: true
        case .exec, .dockerHealth: false
        }
    }
}
