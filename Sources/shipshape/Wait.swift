import ArgumentParser
import DockerEngine
import Foundation
import Plan
import PlanFile
import Probes
import ShipshapeCore
import WaitReporting
import Waiting

extension Shipshape {
    struct Wait: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Wait until deployed services are healthy; say exactly why when they are not.",
            discussion: """
                Probes need nothing inside the container: HTTP and TCP go to a published port, else to the \
                container's own address. --exec runs a command through the Engine API as a last resort.

                Targets: a container name, a URL (https://...), --service NAME, --project NAME, or the \
                targets of a plan file (--plan, default ./shipshape.yml when no target is given).

                Examples:
                  shipshape wait backend --http :8000/api/v1/health --timeout 90s
                  shipshape wait backend --exec 'wget -q -O- http://localhost:8000/health'
                  shipshape wait --project onquota
                  shipshape wait https://api.example.test/health --expect 'json: $.status == "healthy"'

                \(ShipshapeExit.help([
                    .success: "every target healthy (and the expected version)",
                    .failed: "a target unhealthy, or a version mismatch",
                    .usage: "usage or plan error",
                    .dockerUnreachable: "Docker unreachable",
                ]))
                """)

        @Argument(help: "Container names or URLs.")
        var targets: [String] = []

        @OptionGroup var options: WaitOptions

        func run() async throws {
            let plan: Plan
            do {
                plan = try PlanSource.plan(targets: targets, options: options)
            } catch let error as ValidationError {
                throw error
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            let report = try await WaitRunner.run(plan, options: options)
            try WaitOutput.emit(report, options: options)
            if report.targets.contains(where: { $0.cause == .daemonUnreachable || $0.cause == .permissionDenied }) {
                throw ExitCode(ShipshapeExit.dockerUnreachable.rawValue)
            }
            if !report.isHealthy { throw ExitCode(ShipshapeExit.failed.rawValue) }
        }
    }
}
