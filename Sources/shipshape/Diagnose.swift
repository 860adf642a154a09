import ArgumentParser
import Diagnose
import DiagnoseReporting
import DockerEngine
import Foundation
import Plan
import PlanFile
import ShipshapeCore

extension Shipshape {
    struct Diagnose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tell what is wrong with a running stack, and what to do next.",
            discussion: """
                Runs every check concurrently and prints one report: containers (state, health, restarts, OOM \
                kills, CPU and memory), images (stale containers, revision, --expect-version), the tool manifest \
                (health checks calling a program the image lacks), health endpoints inside and outside (with TLS), \
                network (shared networks, databases published on 0.0.0.0), the plan's smoke tests, then the likely \
                root cause and ranked next steps with commands. Secrets are masked in every format.

                Examples:
                  shipshape diagnose --project onquota
                  shipshape diagnose --plan shipshape.yml --expect-version $GIT_SHA --format html --output report.html
                  shipshape diagnose --project onquota --host ssh://deploy@prod.example.com

                \(ShipshapeExit.help([
                    .success: "every check passed (warnings allowed)",
                    .failed: "a check failed",
                    .usage: "usage or plan error",
                    .dockerUnreachable: "Docker unreachable",
                ]))
                """)

        @OptionGroup var options: DiagnoseOptions

        func run() async throws {
            let request = try DiagnoseRequestBuilder.request(options)
            let host = try options.host.map { value in
                do { return try DockerHost.parse(value) } catch { throw ValidationError(error.localizedDescription) }
            }
            let report: DiagnosisReport
            do {
                report = try await DockerClient.withClient(host: host) { client in
                    try await DiagnoseEngine(client: client).run(request)
                }
            } catch let error as DockerEngineError {
                ReportFile.note("shipshape diagnose: \(error.localizedDescription)")
                throw ExitCode(ShipshapeExit.dockerUnreachable.rawValue)
            } catch let error as DiagnoseError {
                throw ValidationError(error.localizedDescription)
            }
            try DiagnoseOutput.emit(report, options: options)
            if !report.passed { throw ExitCode(ShipshapeExit.failed.rawValue) }
        }
    }
}
