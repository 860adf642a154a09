/// Image name → the build that produces it, for `BuiltImages`. Two builds of one name from different
/// Dockerfiles or targets make the name ambiguous: it is dropped rather than silently kept as the last.
struct BuildTable {
    private(set) var sources: [String: ImageSource] = [:]
    private var ambiguous: Set<String> = []

    mutating func record(_ key: String, _ source: ImageSource) {
        guard !ambiguous.contains(key) else { return }
        guard let existing = sources[key] else {
            sources[key] = source
            return
        }
        guard Self.sameBuild(existing, source) else {
            sources[key] = nil
            ambiguous.insert(key)
            return
        }
    }

    /// The same Dockerfile and target (build arguments may differ between a compose file and a workflow).
    static func sameBuild(_ lhs: ImageSource, _ rhs: ImageSource) -> Bool {
        switch (lhs, rhs) {
        case (.build(let leftFile, let leftTarget, _), .build(let rightFile, let rightTarget, _)):
            leftFile == rightFile && leftTarget == rightTarget
        default:
            lhs == rhs
        }
    }
}
