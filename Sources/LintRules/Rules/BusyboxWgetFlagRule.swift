import ShipshapeCore

/// GNU-only wget options where `wget` is busybox's.
struct BusyboxWgetFlagRule: Rule {
    static let description = RuleDescription(
        identifier: "busybox-wget-flag",
        name: "GNU wget option in busybox wget",
        summary: "A command run in a container passes busybox `wget` an option only GNU wget has.",
        rationale: """
            In Alpine-based images (`node:20-alpine`, `nginx:alpine`, `redis:7-alpine`...), the `busybox` image \
            and distroless `:debug`, `wget` is a busybox applet. It accepts a small set of options and stops \
            with "wget: unrecognized option" (exit status 1) on any other — so a health check written for GNU \
            wget (`wget --retry-connrefused --waitretry=1 ...`, `--read-timeout=5`, `--show-progress`) fails \
            every time while the service is fine. Busybox's set, from `networking/wget.c` (`wget_longopts` \
            and its `getopt32` option string): \(BusyboxWget.supportedSummary). `-t`/`--tries` is accepted \
            and ignored (busybox never retries), so retries must come from the caller. Shipshape reports \
            options outside that set when every image the command may run in has busybox's wget (not when \
            GNU wget is installed with `apk add wget`), and stays silent when the image is unknown.
            """,
        severity: .error,
        nonTriggering: BusyboxWgetFlagExamples.nonTriggering,
        triggering: BusyboxWgetFlagExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        context.inContainerCommands.flatMap { command in
            command.uses.compactMap { use in
                use.name == "wget" ? check(use, in: command, context: context) : nil
            }
        }
    }

    func check(_ use: ProgramUse, in command: InContainerCommand, context: LintContext) -> Finding? {
        guard !command.target.candidates.isEmpty,
            let start = command.words.firstIndex(where: { $0.location == use.location })
        else { return nil }
        var image: ResolvedImage?
        for candidate in command.target.candidates {
            guard let resolved = context.targets.images.resolve(candidate.source), resolved.isBusyboxApplet("wget")
            else { return nil }
            image = image ?? resolved
        }
        guard let image else { return nil }
        let arguments = Array(command.words[(start + 1)...].prefix(use.arguments.count))
        let bad = BusyboxWget.unsupported(arguments)
        guard let first = bad.first else { return nil }
        let names = bad.map { "`\($0.option)`" }.joined(separator: ", ")
        let message =
            "busybox wget in the image of \(command.target.label) (\(image.summary)) rejects \(names): "
            + "it accepts only \(BusyboxWget.supportedSummary)"
        let advice = bad.compactMap { option in
            let name = String(option.option.drop { $0 == "-" }.prefix { $0 != "=" })
            return BusyboxWget.replacements[name].map { "for `\(option.option)`: \($0)" }
        }
        var fix = "remove \(names)"
        if !advice.isEmpty { fix += " (\(advice.joined(separator: "; ")))" }
        fix += ", or install GNU wget in the image (`apk add --no-cache wget`)"
        var related: [Finding.Related] = []
        if let stage = image.stageLocation { related.append(.init(stage, "wget here is busybox's: \(image.summary)")) }
        return finding(message, at: first.word.location, related: related, fix: fix)
    }
}
