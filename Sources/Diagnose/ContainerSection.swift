import DockerEngine
import Foundation
import Probes
import ShipshapeCore

/// Section 1: state, health, restarts, exit code, OOM kills, uptime, CPU and memory per container.
struct ContainerSection: DiagnosisSectionRunner {
    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let client = context.client
        let fetcher = context.fetcher
        let timeout = context.timeoutMilliseconds
        return await context.eachContainer(.containers, name: "state") { container in
            let prober = ContainerProber(
                client: client, fetcher: fetcher, target: container.service, container: container.details.id,
                timeoutMilliseconds: timeout)
            var checks = [
                await Self.neverStarted(container, client: client) ?? Self.state(container),
                await Self.explained(Self.health(container), container, prober: prober), Self.restarts(container),
            ]
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
                    commands: [logs, "docker inspect --format '{{.HostConfig.Memory}}' \(name)", start(container)])
            }
            let how =
                state.exitCode == 137
                ? "was killed with SIGKILL (exit 137, not an OOM kill: docker kill, a stop timeout or the kernel)"
                : "exited with code \(state.exitCode)"
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "state", status: .fail, cause: .containerExited,
                message: "\(how)\(ended)",
                evidence: [.init("container", name)], nextStep: "read the last log lines for why the process stopped",
                commands: [logs, start(container)])
        default:
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "state", status: .warn, cause: .containerExited,
                message: "\(state.status), not running", evidence: [.init("container", name)],
                commands: [start(container)])
        }
    }

    /// How to start it again: through compose (dependencies first) when compose made it.
    static func start(_ container: DiagnosedContainer) -> String {
        let labels = container.details.config.labels
        guard labels?[ComposeLabels.project] != nil else { return "docker start \(container.name)" }
        return ComposeCommandLine.up(labels, service: container.service)
    }

    /// A container compose created but never started: why, from its `depends_on` label.
    static func neverStarted(_ container: DiagnosedContainer, client: any DockerEngineAPI) async -> DiagnosisCheck? {
        let details = container.details
        guard details.state.status == "created", let project = details.config.labels?[ComposeLabels.project] else {
            return nil
        }
        let neighbours = ComposeNeighbours(client: client, project: project, service: container.service)
        let reason: String
        switch await neighbours.blocker(for: details) {
        case .failed(let failure): reason = failure.message
        case .pending(let what): reason = "created, not started yet: \(what)"
        case .satisfied:
            reason =
                "created but never started, and nothing it depends on holds it back (did `docker compose up` fail?)"
        }
        return DiagnosisCheck(
            section: .containers, subject: container.service, name: "state", status: .fail,
            cause: .containerNotStarted, message: reason, evidence: [.init("container", container.name)],
            nextStep: "fix what it waits for, then start it through compose (dependencies first)",
            commands: [start(container)])
    }

    static func health(_ container: DiagnosedContainer) -> DiagnosisCheck {
        guard HealthText.hasHealthcheck(container.details) else {
            return .skip(.containers, container.service, "health", "no healthcheck defined")
        }
        guard let health = container.details.state.health else {
            return .skip(
                .containers, container.service, "health",
                "has a healthcheck, which has not run: the container is not running")
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
            // The same explanation `wait` and deploy's gate give: why the check fails, from its log.
            let explained = HealthcheckExplainer.classify(container.details)
            let why = explained.map { "; \($0.classification.message)" } ?? "; last check \(last)"
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "health", status: .fail,
                cause: .containerUnhealthy,
                message: "\(health.status) (failing streak \(health.failingStreak))\(why)",
                evidence: runs,
                nextStep:
                    "see whether the service or the health check itself is broken (tool manifest, health endpoints)",
                commands: ["docker inspect --format '{{json .State.Health}}' \(container.name)"])
        }
    }

    /// A failing healthcheck with the explanation `wait` and deploy's gate give: the missing program
    /// confirmed on the filesystem, the fix, and whether the service answers from outside anyway.
    static func explained(_ check: DiagnosisCheck, _ container: DiagnosedContainer, prober: ContainerProber) async
        -> DiagnosisCheck
    {
        guard check.status == .fail,
            let explanation = await HealthcheckExplainer.explain(container.details, prober: prober)
        else { return check }
        var result = check
        // The verdict names the problem too; without one, the classification says it.
        let why = explanation.verdict ?? explanation.classification.message
        result.message = "\(check.message.split(separator: ";").first ?? ""); \(why)"
        result.nextStep = explanation.classification.nextStep ?? check.nextStep
        return result
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
