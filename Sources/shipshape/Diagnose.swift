import ArgumentParser
import Diagnose
import DiagnoseReporting
import DockerEngine
import Foundation
import Plan
import PlanFile

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

                Exit codes:
                  0  every check passed (warnings allowed)
                  1  a check failed
                  2  usage or plan error
                  3  Docker unreachable
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
                throw ExitCode(WaitExit.dockerUnreachable)
            } catch let error as DiagnoseError {
                throw ValidationError(error.localizedDescription)
            }
            try DiagnoseOutput.emit(report, options: options)
            if !report.passed { throw ExitCode(WaitExit.unhealthy) }
        }
    }
}
