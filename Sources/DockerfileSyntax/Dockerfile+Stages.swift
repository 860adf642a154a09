import ShipshapeCore

extension Dockerfile {
    /// The stage declared `AS name` (case-insensitive, as BuildKit matches stage names).
    public func stage(named name: String) -> Stage? {
        let wanted = name.lowercased()
        return stages.first { $0.name == wanted }
    }

    /// The stage a build with `--target` builds: the named stage, or the last one when `target` is nil.
    public func stage(forTarget target: String?) -> Stage? {
        guard let target, !target.isEmpty else { return stages.last }
        return stage(named: target)
    }

    /// The stage a `COPY --from=` / `FROM` reference names: a stage name, or a stage index for `COPY --from=0`,
    /// considering only stages declared before `before` (a stage cannot use a later one).
    public func stage(referencedBy reference: String, before: Int? = nil) -> Stage? {
        let limit = before ?? stages.count
        let earlier = stages.prefix(max(0, min(limit, stages.count)))
        if let named = earlier.last(where: { $0.name == reference.lowercased() }) { return named }
        if let index = Int(reference), earlier.indices.contains(index) { return earlier[index] }
        return nil
    }

    /// The earlier stage `stage` is built `FROM`, if its base is a stage name rather than an image.
    public func parent(of stage: Stage) -> Stage? {
        guard let base = stage.baseImage else { return nil }
        return self.stage(referencedBy: base, before: stage.index).flatMap { $0.index == stage.index ? nil : $0 }
    }

    /// The stages `stage` inherits from, root first and `stage` last (`FROM builder` chains).
    public func ancestry(of stage: Stage) -> [Stage] {
        var chain = [stage]
        var current = stage
        // Each parent is strictly earlier, so the loop ends; the bound is a second guard.
        while chain.count <= stages.count, let parent = parent(of: current) {
            chain.insert(parent, at: 0)
            current = parent
        }
        return chain
    }

    /// The image the chain of `stage` finally starts from; nil when unresolved (an `ARG` without value).
    public func rootImage(of stage: Stage) -> String? {
        ancestry(of: stage).first?.baseImage
    }
}
