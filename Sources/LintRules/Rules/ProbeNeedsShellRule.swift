import DeployModel
import DockerfileSyntax
import Foundation
import ShellSyntax
import ShipshapeCore

/// A probe that needs `/bin/sh` — `CMD-SHELL`, a shell-form `HEALTHCHECK`, `sh -c` — in an image without one.
struct ProbeNeedsShellRule: Rule {
    static let description = RuleDescription(
        identifier: "probe-needs-shell",
        name: "Probe needs a shell the image lacks",
        summary: "A health check or exec runs through `/bin/sh` in an image that has no shell (distroless, scratch).",
        rationale: """
            `CMD-SHELL`, a string `healthcheck.test`, a shell-form `HEALTHCHECK CMD ...` and `sh -c "..."` all \
            start `/bin/sh`. Distroless images (`gcr.io/distroless/static`, `base`, `cc`, `python3`, `java`, \
            `nodejs` without `:debug`) and images built `FROM scratch` have no shell, so the check fails with \
            "exec: /bin/sh: no such file or directory" on every run and the container never becomes healthy. \
            Shipshape knows which base images have a shell (the catalog's `hasShell`, with its evidence) and \
            follows `COPY`s that add one; it stays silent when it cannot tell. Fix: exec form with a program \
            the image has (`["CMD", "/app/server", "healthcheck"]`, a static probe binary copied in), or a \
            base image variant with a shell (`:debug` for distroless).
            """,
        severity: .error,
        nonTriggering: ProbeNeedsShellExamples.nonTriggering,
        triggering: ProbeNeedsShellExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for file in context.model.composeFiles {
            for service in file.services {
                guard case .shell(let text)? = service.healthcheck?.test else { continue }
                let target = context.targets.target(ofService: service, in: file)
                findings += report(
                    "this shell-form healthcheck test (CMD-SHELL) runs /bin/sh -c", at: text, target: target,
                    context: context, fix: execForm(text, compose: true))
            }
        }
        for dockerfile in context.model.dockerfiles {
            for stage in dockerfile.stages {
                guard let healthcheck = stage.healthcheck, case .command(.shell(let text)) = healthcheck.test else {
                    continue
                }
                let source = ImageSource.build(
                    dockerfile: dockerfile.path, target: stage.name ?? String(stage.index), args: [:])
                let label = stage.name.map { "stage \"\($0)\" of \(dockerfile.path)" } ?? dockerfile.path
                let target = ProbeTarget(
                    label: label,
                    candidates: [TargetImage(via: label, source: source, definition: nil, declaredPorts: [])])
                findings += report(
                    "this shell-form HEALTHCHECK runs \(stage.shell.joined(separator: " "))", at: text, target: target,
                    context: context, fix: execForm(text, compose: false))
            }
        }
        for command in context.inContainerCommands {
            for use in command.uses where use.name == "sh" && !use.isConditional {
                findings += report(
                    "\(command.origin) runs sh", at: use.location, target: command.target, context: context,
                    fix: "run the program directly, without `sh -c`")
            }
        }
        return findings
    }

    func report(
        _ what: String, at text: EmbeddedText, target: ProbeTarget, context: LintContext, fix: String
    ) -> [Finding] {
        let start = text.scalars.firstIndex { $0 != " " && $0 != "\t" } ?? 0
        return report(
            what, at: text.location(of: start..<text.scalars.count), target: target, context: context, fix: fix)
    }

    func report(
        _ what: String, at location: SourceLocation, target: ProbeTarget, context: LintContext, fix: String
    ) -> [Finding] {
        guard let (candidate, image) = Self.shellless(target, context: context) else { return [] }
        var related: [Finding.Related] = []
        if let stage = image.stageLocation { related.append(.init(stage, "the image is built here: \(image.summary)")) }
        if let definition = candidate.definition {
            related.append(.init(definition, "\(target.label): \(candidate.via)"))
        }
        let message = "\(what), but the image of \(target.label) has no shell (\(image.summary))"
        return [finding(message, at: location, related: related, fix: fix)]
    }

    /// The first candidate image when every candidate is known to lack `/bin/sh`; nil otherwise.
    static func shellless(_ target: ProbeTarget, context: LintContext) -> (TargetImage, ResolvedImage)? {
        var found: [(TargetImage, ResolvedImage)] = []
        for candidate in target.candidates {
            guard let image = context.targets.images.resolve(candidate.source), image.hasShell == false,
                image.availability("sh").isAbsent
            else { return nil }
            found.append((candidate, image))
        }
        return found.first
    }

    /// The exec form of a one-command script without shell syntax, else general advice.
    func execForm(_ text: EmbeddedText, compose: Bool) -> String {
        let script = ShellParser.parse(text)
        let trimmed = text.text.trimmingCharacters(in: .whitespaces)
        let plain = script.commands.count == 1 && !trimmed.contains { "|&;<>$`(){}".contains($0) }
        guard plain, let command = script.commands.first, command.words.allSatisfy({ $0.literal != nil }) else {
            return "use the exec form with a program the image contains (e.g. the app's own health subcommand "
                + "or a static probe binary), or a base image with a shell (distroless `:debug`)"
        }
        let list = command.words.map { "\"\($0.value)\"" }.joined(separator: ", ")
        return compose
            ? "use the exec form: `test: [\"CMD\", \(list)]`" : "use the exec form: `HEALTHCHECK CMD [\(list)]`"
    }
}
