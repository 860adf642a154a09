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
            // Every program run by name, not only probe tools: `docker exec worker celery …` is checked
            // along the image's PATH too (see `ProbeToolMissingRule.observedAbsent`).
            let used = Set(command.uses.map(\.name).filter(isProgramName))
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

    /// A plain program name worth a stat: no expansion, path, option or builtin; `sh` is always looked for.
    static func isProgramName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 64, name != "sh", !ProgramUses.builtins.contains(name) else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._+-".contains($0)) }
            && !name.hasPrefix("-")
    }
}
