import DockerEngine
import Foundation
import Plan
import Probes
import ShipshapeCore

extension ContainerTargetRunner {
    /// Inspect, follow a replacement, fail fast, then run every probe in plan order; once they pass,
    /// the stability window and the version expectations.
    func attempt(_ followed: inout FollowedContainer) async -> (AttemptOutcome, AttemptExtras) {
        do {
            followed.details = try await client.inspectContainer(followed.id)
        } catch {
            let failure = EngineErrors.classify(error)
            if failure.cause == .containerNotFound, let next = await replacement(of: followed) {
                followed = next
                return (replaced(next), AttemptExtras())
            }
            return (
                .failure(
                    target: context.name, check: "inspect", cause: failure.cause, message: failure.message,
                    fatal: EngineErrors.isFatal(failure.cause)), AttemptExtras()
            )
        }
        if let ended = await stateOutcome(&followed) { return (ended, AttemptExtras()) }
        if followed.image == nil { followed.image = await client.inspectImageOrNil(followed.details.image) }
        let details = followed.details
        let image = followed.image
        let prober = prober(for: followed.id)
        var runs: [ProbeRun] = []
        var extras = AttemptExtras()
        if context.spec.probes.isEmpty {
            let chosen = await DefaultProbe.run(prober: prober, details: details, image: image, timing: context.timing)
            runs.append(chosen.run)
            extras.notes.append(chosen.note)
        } else {
            for spec in context.spec.probes { runs.append(await prober.run(spec, details: details)) }
        }
        if let index = runs.firstIndex(where: {
            $0.result.check.hasPrefix("docker health") && $0.result.status == .unhealthy
        }) {
            let (explained, verdict) = await explainHealth(runs[index], followed: followed)
            runs[index] = explained
            extras.verdict = verdict
        }
        let fatal = runs.first { $0.fatal }?.result.cause
        let response = runs.last { $0.response != nil && $0.result.status == .healthy }?.response
        var outcome = AttemptOutcome(
            results: runs.map(\.result), fatal: fatal, lastResponse: response, route: runs.compactMap(\.route).first)
        outcome.tests = Set(zip(context.spec.probes, runs).filter { $0.0 != .dockerHealth }.map(\.1.result.check))
        guard outcome.passed else { return (outcome, extras) }
        if let unstable = stability(followed, runningOnly: runs.contains { $0.result.check.hasPrefix("running") }) {
            outcome.results.append(unstable)
            return (outcome, extras)
        }
        let judged = await ExpectationJudge(client: client, membership: membership).judge(
            context.spec.expectations, details: details, image: image, response: response)
        extras.signals = judged.signals
        extras.notes += judged.notes
        outcome.results += judged.failures.map {
            CheckResult(
                target: context.name, check: "version", status: .unhealthy, cause: $0.cause, message: $0.message,
                nextStep: $0.nextStep)
        }
        return (outcome, extras)
    }

    /// A failing Docker healthcheck with its reason (from the health log), and — once the failure is
    /// one that cannot heal and the start periods are over — the full explanation, which ends the wait.
    private func explainHealth(_ run: ProbeRun, followed: FollowedContainer) async -> (ProbeRun, String?) {
        let details = followed.details
        guard let (classification, cannotHeal) = HealthcheckExplainer.classify(details) else { return (run, nil) }
        var result = run.result
        let status = details.state.health?.status ?? "unhealthy"
        // A specific reason replaces "unhealthy"; a plain failing exit stays the container's verdict.
        if [.probeToolMissing, .noShell, .permissionDenied, .timeout].contains(classification.cause) {
            result.cause = classification.cause
        }
        result.message = "docker reports \(status); \(classification.message)"
        result.nextStep = classification.nextStep ?? result.nextStep
        let dockerStart = Int((details.config.healthcheck?.startPeriod ?? 0) / 1_000_000)
        let startPeriod = max(dockerStart, context.timing.startPeriodMilliseconds)
        guard cannotHeal, followed.uptimeMilliseconds >= startPeriod,
            let explanation = await HealthcheckExplainer.explain(details, prober: prober(for: followed.id))
        else { return (ProbeRun(result: result, route: run.route), nil) }
        result.cause = explanation.classification.cause
        result.message = explanation.classification.message
        result.nextStep = explanation.classification.nextStep
        return (ProbeRun(result: result, route: run.route, fatal: true), explanation.verdict)
    }

    /// An outcome decided by the container's state alone (exited, restarting, never started, replaced,
    /// a one-shot task that completed), or nil when the probes should run.
    private func stateOutcome(_ followed: inout FollowedContainer) async -> AttemptOutcome? {
        let state = followed.details.state
        let stopped = ["exited", "dead", "removing"].contains(state.status)
        if stopped, let next = await replacement(of: followed) {
            followed = next
            return replaced(next)
        }
        if stopped, state.status == "exited", state.exitCode == 0, let neighbours, await neighbours.isOneShot() {
            let result = CheckResult(
                target: context.name, check: "completed", status: .healthy,
                message: "a one-shot task (others wait for it with service_completed_successfully): exited with code 0")
            return AttemptOutcome(results: [result])
        }
        if state.status == "created" { return await neverStarted(&followed) }
        followed.idleSince = nil
        guard let (failure, fatal) = FailFast.check(followed) else { return nil }
        return .failure(
            target: context.name, check: "container state", cause: failure.cause, message: failure.message,
            fatal: fatal)
    }

    /// A `created` container: waiting for a dependency, blocked by a failed one, or left behind.
    private func neverStarted(_ followed: inout FollowedContainer) async -> AttemptOutcome {
        let blocker = await neighbours?.blocker(for: followed.details) ?? .satisfied
        switch blocker {
        case .failed(let failure):
            return .failure(
                target: context.name, check: "container state", cause: failure.cause, message: failure.message,
                fatal: true)
        case .pending(let what):
            followed.idleSince = nil
            return .failure(
                target: context.name, check: "container state", cause: .containerNotStarted,
                message: "the container is created, not started yet: \(what)", fatal: false)
        case .satisfied:
            let now = context.clock.now()
            let since = followed.idleSince ?? now
            followed.idleSince = since
            // compose starts a container within milliseconds of its dependencies being satisfied.
            let fatal = (now - since).wholeMilliseconds >= Int(NeverStartedGrace.seconds * 1000)
            let message =
                fatal
                ? "the container was created but never started, and nothing it depends on holds it back: nothing is starting it (did `docker compose up` fail?)"
                : "the container is created, not started yet"
            return AttemptOutcome(
                results: [
                    CheckResult(
                        target: context.name, check: "container state", status: .unhealthy,
                        cause: .containerNotStarted, message: message,
                        nextStep: fatal ? "run `docker compose up -d` again and read its output" : nil)
                ], fatal: fatal ? .containerNotStarted : nil)
        }
    }

    /// A failing result while a container that restarted, or that is only known to run, has not yet
    /// been up long enough to count.
    private func stability(_ followed: FollowedContainer, runningOnly: Bool) -> CheckResult? {
        let restarted = followed.baselineRestarts > 0
        let required =
            restarted
            ? context.timing.restartedStableMilliseconds : (runningOnly ? context.timing.stableMilliseconds : 0)
        let uptime = followed.uptimeMilliseconds
        guard required > 0, uptime < required else { return nil }
        // No running uptime in the text: progress lines repeat only when the message changes.
        let need = DurationText.exactText(milliseconds: required)
        let message =
            restarted
            ? "the container has restarted \(followed.baselineRestarts) time(s) before; it must stay up \(need) without restarting to count"
            : "nothing to probe but the process: it must stay up \(need) (stable-for) to count"
        return CheckResult(
            target: context.name, check: "stability", status: .unhealthy,
            cause: restarted ? .containerRestarting : .timeout, message: message,
            nextStep: restarted ? "read the log tail below: the process has exited before" : nil)
    }

    /// The newer container of the same compose service, when a rollout replaced the one followed.
    private func replacement(of followed: FollowedContainer) async -> FollowedContainer? {
        guard let membership, let found = await neighbours?.containers(of: membership.service) else { return nil }
        let created = followed.details.created.flatMap(DockerTime.parse)
        for candidate in found where candidate.id != followed.id {
            guard ["running", "restarting", "created"].contains(candidate.state),
                let details = try? await client.inspectContainer(candidate.id),
                let mine = created, let theirs = details.created.flatMap(DockerTime.parse), theirs > mine
            else { continue }
            return FollowedContainer(details)
        }
        return nil
    }

    private func replaced(_ next: FollowedContainer) -> AttemptOutcome {
        .failure(
            target: context.name, check: "container", cause: .containerNotFound,
            message: "the container was replaced by \(FailFast.displayName(next.details)) (a rollout): following it",
            fatal: false)
    }
}

/// How long a created container may sit with nothing holding it back before it counts as abandoned.
enum NeverStartedGrace {
    static let seconds: Double = 3
}
