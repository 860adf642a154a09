import Plan

/// Writes a plan as `shipshape.yml`, in the format `PlanFileParser` reads, in a fixed key order.
public enum PlanWriter {
    static let header = [
        "# shipshape.yml: what `shipshape wait` checks after a deploy (format: docs/plan.md).",
        "# Values may use ${VAR}, ${VAR:-default} and ${VAR:?message}; $$ is a literal $.",
    ]

    /// The plan as YAML text ending in a newline.
    public static func yaml(_ plan: Plan, notes: [String: TargetNote] = [:]) -> String {
        var lines = header + ["version: 1", "defaults:"]
        lines += TimingKeys.lines(plan.defaults, base: nil).map { "  \($0.key): \($0.value)" }
        if plan.targets.isEmpty {
            lines.append("targets: {}")
        } else {
            lines.append("targets:")
            for target in plan.targets {
                lines += targetLines(target, defaults: plan.defaults, note: notes[target.name])
            }
        }
        lines += DiagnoseKeysWriter.smokeTestLines(plan.smokeTests)
        lines += DiagnoseKeysWriter.externalDependencyLines(plan.externalDependencies)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A draft with its notes.
    public static func yaml(_ draft: PlanDraft) -> String { yaml(draft.plan, notes: draft.notes) }

    static func targetLines(_ target: TargetSpec, defaults: Timing, note: TargetNote?) -> [String] {
        var lines = (note?.comments ?? []).map { "  # \($0)" }
        lines.append("  \(YAMLText.scalar(target.name)):")
        switch target.reference {
        case .container(let name): lines.append("    container: \(YAMLText.scalar(name))")
        case .composeService(let service, let project):
            lines.append("    service: \(YAMLText.scalar(service))")
            if let project { lines.append("    project: \(YAMLText.scalar(project))") }
        case .composeProject(let project): lines.append("    project: \(YAMLText.scalar(project))")
        case .url(let url): lines.append("    url: \(YAMLText.scalar(url))")
        }
        lines += ProbeWriter(reference: target.reference, pathComment: note?.pathComment).lines(target.probes)
        lines += expectationLines(target.expectations)
        lines += DiagnoseKeysWriter.targetLines(target)
        if let timing = target.timing {
            lines += TimingKeys.lines(timing, base: defaults).map { "    \($0.key): \($0.value)" }
        }
        return lines
    }

    static func expectationLines(_ expectations: [Expectation]) -> [String] {
        var lines: [String] = []
        for expectation in expectations {
            switch expectation {
            case .version(let version, let fields), .versionIfBuilt(let version, let fields):
                lines.append("    expect-version: \(YAMLText.scalar(version))")
                if fields != Expectation.defaultVersionFields {
                    lines.append("    version-fields: [\(fields.map(YAMLText.scalar).joined(separator: ", "))]")
                }
            case .image(let image): lines.append("    expect-image: \(YAMLText.scalar(image))")
            }
        }
        return lines
    }
}
