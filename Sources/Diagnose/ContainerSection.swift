import DockerEngine
import Foundation
import Probes
import ShipshapeCore

/// Section 1: state, health, restarts, exit code, OOM kills, uptime, CPU and memory per container.
struct ContainerSection: DiagnosisSectionRunner {
    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let client = context.client
        return await context.eachContainer(.containers, name: "state") { container in
            var checks = [Self.state(container), Self.health(container), Self.restarts(container)]
            if container.isRunning { checks.append(await ResourceSample.check(container, client: client)) }
            return checks
        }
    }

    static func state(_ container: DiagnosedContainer) -> DiagnosisCheck {
        let state = container.details.state
        let name = container.name
        let logs = "docker logs --tail 100 \(name)"
        switch state.status {
        case "running":
            let uptime =
                DockerTime.parse(state.startedAt).map { DockerTime.age(Date().timeIntervalSince($0)) } ?? "unknown"
            return .pass(
                .containers, container.service, "state", "running for \(uptime)", evidence: [.init("container", name)])
        case "restarting":
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "state", status: .fail,
                cause: .containerRestarting,
                message: "restarting (exit \(state.exitCode), \(container.details.restartCount) restarts)",
                evidence: [.init("container", name)], nextStep: "read why the process exits at start", commands: [logs])
        case "exited", "dead":
            let ended =
                DockerTime.parse(state.finishedAt).map { " \(DockerTime.age(Date().timeIntervalSince($0))) ago" } ?? ""
            if state.oomKilled {
                let limit = container.details.hostConfig?.memory.flatMap {
                    $0 > 0 ? ResourceSample.bytes(UInt64($0)) : nil
                }
                return DiagnosisCheck(
                    section: .containers, subject: container.service, name: "state", status: .fail, cause: .oomKilled,
                    message: "killed by the kernel OOM killer\(ended) (exit \(state.exitCode)"
                        + (limit.map { ", memory limit \($0))" } ?? ", no memory limit: the host ran out)"),
                    evidence: [.init("container", name), .init("OOMKilled", "true")],
                    nextStep:
                        "raise the memory limit (compose deploy.resources.limits.memory / mem_limit) or find what grows",
                    commands: [
                        logs, "docker inspect --format '{{.HostConfig.Memory}}' \(name)", "docker start \(name)",
                    ])
            }
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "state", status: .fail, cause: .containerExited,
                message: "exited with code \(state.exitCode)\(ended)",
                evidence: [.init("container", name)], nextStep: "read the last log lines for why the process stopped",
                commands: [logs, "docker start \(name)"])
        default:
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "state", status: .warn, cause: .containerExited,
                message: "\(state.status), not running", evidence: [.init("container", name)],
                commands: ["docker start \(name)"])
        }
    }

    static func health(_ container: DiagnosedContainer) -> DiagnosisCheck {
        guard HealthText.hasHealthcheck(container.details), let health = container.details.state.health else {
            return .skip(.containers, container.service, "health", "no healthcheck defined")
        }
        let runs = (health.log ?? []).suffix(3).map {
            CheckResult.Evidence("probe exit \($0.exitCode)", HealthText.trim($0.output))
        }
        switch health.status {
        case "healthy":
            return .pass(.containers, container.service, "health", "healthy")
        case "starting":
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "health", status: .warn,
                cause: .containerUnhealthy, message: "health still starting", evidence: runs)
        default:
            let last =
                health.log?.last.map { "exit \($0.exitCode): \(HealthText.trim($0.output, limit: 160))" }
                ?? "no probe output"
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "health", status: .fail,
                cause: .containerUnhealthy,
                message: "\(health.status) (failing streak \(health.failingStreak)); last check \(last)",
                evidence: runs,
                nextStep:
                    "see whether the service or the health check itself is broken (tool manifest, health endpoints)",
                commands: ["docker inspect --format '{{json .State.Health}}' \(container.name)"])
        }
    }

    static func restarts(_ container: DiagnosedContainer) -> DiagnosisCheck {
        let count = container.details.restartCount
        guard count > 0 else { return .pass(.containers, container.service, "restarts", "no restarts") }
        return DiagnosisCheck(
            section: .containers, subject: container.service, name: "restarts", status: .warn,
            cause: .containerRestarting,
            message: "restarted \(count) time\(count == 1 ? "" : "s")", nextStep: "read the logs of the previous runs",
            commands: ["docker logs --tail 100 \(container.name)"])
    }
}
