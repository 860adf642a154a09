import ShipshapeCore

/// With `--probe-images`: an image contains what the knowledge base says it lacks, or lacks what
/// it expects. Shipshape then goes by the image; this note says so, so no one wonders why a
/// finding appeared or went away.
struct ProbedImageDiffersRule: Rule {
    static let description = RuleDescription(
        identifier: "probed-image-differs",
        name: "Image differs from the knowledge base",
        summary:
            "An image looked into with `--probe-images` has (or lacks) a probe tool the knowledge base expected otherwise.",
        rationale: """
            Without Docker, Shipshape knows what an image contains from its base image (a knowledge base \
            with cited evidence) and the packages the Dockerfile installs. With `--probe-images` it asks \
            the image itself, by file stat in a created container that is never started. When the two \
            disagree the image wins, every other rule uses what the image contains, and this note names \
            the difference: a private base image that adds curl, a base image whose newer tag dropped \
            wget, a build that no longer matches its Dockerfile.
            """,
        severity: .note,
        nonTriggering: ProbedImageDiffersExamples.nonTriggering,
        triggering: ProbedImageDiffersExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        let images = context.images
        return images.references.keys.sorted().compactMap { reference -> Finding? in
            guard let source = images.references[reference], let image = images.observed[reference],
                let known = images.resolveFromKnowledge(source),
                let location = location(of: reference, source: source, known: known, in: context)
            else { return nil }
            var gained: [String] = []
            var lost: [String] = []
            for program in image.checked.intersection(ProbeTools.all).sorted() {
                switch (known.availability(program), image.contains(program)) {
                case (.absent, true?): gained.append("\(program) (\(image.found[program]?.path ?? program))")
                case (.present, false?): lost.append(program)
                default: break
                }
            }
            guard !gained.isEmpty || !lost.isEmpty else { return nil }
            var parts: [String] = []
            if !gained.isEmpty { parts.append("contains \(gained.joined(separator: ", "))") }
            if !lost.isEmpty { parts.append("lacks \(lost.joined(separator: ", "))") }
            let related = known.stageLocation.flatMap { stage in
                stage == location
                    ? nil : [Finding.Related(stage, "the knowledge base's expectation comes from this stage")]
            }
            return finding(
                "image \(reference) (\(image.shortID)) \(parts.joined(separator: " and ")), unlike what the "
                    + "knowledge base expects of \(known.summary); Shipshape goes by the image",
                at: location, related: related ?? [])
        }
    }

    /// The compose `image:` naming the reference, else the `FROM` of the stage that builds it.
    private func location(of reference: String, source: ImageSource, known: ResolvedImage, in context: LintContext)
        -> SourceLocation?
    {
        for file in context.model.composeFiles {
            for service in file.services where service.image?.value == reference {
                return service.image?.location
            }
        }
        return known.stageLocation
    }
}
