import DeployModel

extension LintEngine {
    /// Images that commands are run in (probes, `docker exec`, healthchecks) but that neither the
    /// knowledge base nor a build of the repository describes: their checks stay silent, and
    /// `--probe-images` could look into them. Sorted, without duplicates.
    public static func unknownImages(in context: LintContext) -> [String] {
        var names: Set<String> = []
        for command in context.inContainerCommands {
            for candidate in command.target.candidates {
                guard case .reference(let reference) = candidate.source, !reference.isEmpty,
                    context.targets.images.resolve(candidate.source) == nil
                else { continue }
                names.insert(reference)
            }
        }
        return names.sorted()
    }

    /// The one-line note for images lint could not look into; nil when there are none.
    public static func unknownImagesNote(_ images: [String]) -> String? {
        guard !images.isEmpty else { return nil }
        let shown = images.prefix(3).joined(separator: ", ") + (images.count > 3 ? ", …" : "")
        let count = images.count == 1 ? "1 image is" : "\(images.count) images are"
        return "note: \(count) unknown to the knowledge base (\(shown)); --probe-images would look into them"
    }
}
