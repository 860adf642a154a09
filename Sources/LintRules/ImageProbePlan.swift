import DeployModel
import ShipshapeCore

/// What `--probe-images` should look for: each image reference the repository runs, with the
/// programs that commands run in its containers use, plus the usual probe tools (for fixes).
public enum ImageProbePlan {
    /// Reference → program names.
    public static func requests(for model: DeploymentModel) -> [String: Set<String>] {
        let context = LintContext(model: model)
        var programs: [ImageSource: Set<String>] = [:]
        for command in context.inContainerCommands {
            let used = Set(command.uses.map(\.name)).intersection(ProbeTools.all)
            for candidate in command.target.candidates {
                programs[candidate.source, default: []].formUnion(used)
            }
        }
        let always = Set(ProbeTools.http).union(["busybox"])
        var requests: [String: Set<String>] = [:]
        for (reference, source) in context.images.references {
            requests[reference] = always.union(programs[source] ?? [])
        }
        return requests
    }
}
