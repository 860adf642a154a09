import ShipshapeCore

/// A command run inside a container uses a program its image does not contain — the seed's bug.
struct ProbeToolMissingRule: Rule {
    static let description = RuleDescription(
        identifier: "probe-tool-missing",
        name: "Probe tool missing from image",
        summary: "A command run inside a container uses a program its image does not contain.",
        rationale: """
            `docker exec`, `docker compose exec`, compose healthchecks, Dockerfile HEALTHCHECKs, GitHub \
            service `--health-cmd`s, Kubernetes `exec` probes and hooks and Docker actions' entrypoints run inside \
            the container, with only the programs its image holds — and so does a script (shell, Python, \
            JavaScript) they run. A health check that calls `wget` in an image that only has `curl` \
            fails every time — while the service is healthy — and with its output discarded nobody sees \
            "executable file not found". Shipshape follows the container name, service or Kubernetes image \
            to the compose file, the Dockerfile and stage that build it, and the base image, and knows which \
            programs each brings. It stays silent when it cannot be sure (unknown base image, a fallback \
            such as `curl ... || wget ...`).
            """,
        severity: .error,
        nonTriggering: ProbeToolMissingExamples.nonTriggering + ProbeToolMissingVersionExamples.nonTriggering
            + ProbeToolMissingWorkflowExamples.nonTriggering + ProbeToolMissingStageExamples.nonTriggering
            + ProbeToolMissingBuildExamples.nonTriggering + ProbeToolMissingScriptExamples.nonTriggering
            + ProbeToolMissingActionExamples.nonTriggering + ProbeToolMissingInterpretedExamples.nonTriggering
            + ProbeToolMissingScratchExamples.nonTriggering + ProbeToolMissingProjectImageExamples.nonTriggering
            + ProbeToolMissingServiceImageExamples.nonTriggering
            + ProbeToolMissingInfrastructureImageExamples.nonTriggering
            + ProbeToolMissingDataImageExamples.nonTriggering
            + ProbeToolMissingSelfHostedImageExamples.nonTriggering
            + ProbeToolMissingSearchImageExamples.nonTriggering,
        triggering: ProbeToolMissingExamples.triggering + ProbeToolMissingVersionExamples.triggering
            + ProbeToolMissingWorkflowExamples.triggering + ProbeToolMissingStageExamples.triggering
            + ProbeToolMissingBuildExamples.triggering + ProbeToolMissingScriptExamples.triggering
            + ProbeToolMissingActionExamples.triggering + ProbeToolMissingInterpretedExamples.triggering
            + ProbeToolMissingScratchExamples.triggering + ProbeToolMissingProjectImageExamples.triggering
            + ProbeToolMissingServiceImageExamples.triggering + ProbeToolMissingInfrastructureImageExamples.triggering
            + ProbeToolMissingDataImageExamples.triggering
            + ProbeToolMissingSelfHostedImageExamples.triggering
            + ProbeToolMissingSearchImageExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        context.inContainerCommands.flatMap { command in
            command.uses.compactMap { use in check(use, in: command, context: context) }
        }
    }

    func check(_ use: ProgramUse, in command: InContainerCommand, context: LintContext) -> Finding? {
        guard !use.isConditional, !command.target.candidates.isEmpty else { return nil }
        guard ProbeTools.all.contains(use.name) || Self.observedAbsent(use, in: command, context: context) else {
            return nil
        }
        var images: [(TargetImage, ResolvedImage)] = []
        for candidate in command.target.candidates {
            guard let image = context.targets.images.resolve(candidate.source),
                image.availability(use.name).isAbsent
            else { return nil }
            images.append((candidate, image))
        }
        guard let (candidate, image) = images.first else { return nil }
        let present = image.presentTools(among: ProbeToolMissingFix.substitutes(for: use.name))
        var message = Self.message(use.name, label: command.target.label, image: image.summary)
        if let best = present.first { message += "; \(best.name) is available (\(best.evidence))" }
        var related: [Finding.Related] = []
        if let runBy = command.runBy { related.append(.init(runBy, "the \(command.origin) that runs this script")) }
        if let stage = image.stageLocation {
            related.append(.init(stage, "the image is built here: \(image.summary), without \(use.name)"))
        }
        if let best = present.first, let location = best.location {
            related.append(.init(location, "\(best.name) is installed here"))
        }
        if let definition = candidate.definition {
            related.append(.init(definition, "\(command.target.label): \(candidate.via)"))
        }
        let fix =
            ProbeTools.all.contains(use.name)
            ? ProbeToolMissingFix.suggestion(for: use, substitute: present.first?.name, image: image)
            : "run it by its full path in the image, or check that the image is the one meant (the program is not on "
                + "its PATH)"
        return finding(message, at: use.location, related: related, fix: fix)
    }

    /// "curl is not installed in the image of service "api" (api:1)". A label that ends by naming the image
    /// (`service container "mongo" (mongo:6)`) takes the summary's remarks inside its parentheses instead
    /// of naming the image twice.
    static func message(_ program: String, label: String, image summary: String) -> String {
        let reference = summary.components(separatedBy: " — ").first ?? summary
        if label.hasSuffix("(\(reference))") {
            return
                "\(program) is not installed in the image of \(label.dropLast())\(summary.dropFirst(reference.count)))"
        }
        return "\(program) is not installed in the image of \(label) (\(summary))"
    }

    /// Any other program (an app's `celery`, `manage`) is reported only when `--probe-images` looked along
    /// the PATH of every image the target may run and did not find it, and it is run by bare name (a
    /// path, `./manage.py` or `/app/bin/x`, is not looked up along PATH).
    static func observedAbsent(_ use: ProgramUse, in command: InContainerCommand, context: LintContext) -> Bool {
        guard ImageProbePlan.isProgramName(use.name),
            let word = command.words.first(where: { $0.location.start == use.location.start }),
            word.value == use.name
        else { return false }
        return command.target.candidates.allSatisfy { candidate in
            context.targets.images.observation(of: candidate.source)?.contains(use.name) == false
        }
    }
}
