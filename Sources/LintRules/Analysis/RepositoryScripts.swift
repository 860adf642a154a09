import DeployModel
import ShellSyntax

/// The repository's shell scripts by path, to follow a path an image runs back to the script a build
/// copied (or compose bind-mounts) from the repository. The build context is not always known (`docker
/// build -f docker/Dockerfile .`), so a context path is looked for beside the Dockerfile, then in each
/// folder above it: the nearest script wins.
struct RepositoryScripts: Sendable {
    private let units: [String: ShellUnit]

    init(model: DeploymentModel) {
        var units: [String: ShellUnit] = [:]
        for unit in model.shellUnits where unit.origin == .scriptFile && units[unit.file] == nil {
            units[unit.file] = unit
        }
        self.units = units
    }

    /// The script at the first of `candidates` (context-relative) that exists under the folder of `file` or a
    /// folder above it.
    func script(near file: String, candidates: [String]) -> ShellUnit? {
        guard !units.isEmpty else { return nil }
        for directory in Self.folders(above: file) {
            for candidate in candidates {
                let path = directory.isEmpty ? candidate : (directory == "/" ? "/" : directory + "/") + candidate
                if let unit = units[path] { return unit }
            }
        }
        return nil
    }

    /// The script at a repository path (`./healthcheck.sh` as compose names it, relative to the lint root).
    func script(at path: String) -> ShellUnit? {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        return units[String(trimmed)]
    }

    /// `a/b/Dockerfile` → `a/b`, `a`, `` (the lint root).
    static func folders(above file: String) -> [String] {
        let root = file.hasPrefix("/") ? "/" : ""
        var parts = file.split(separator: "/").dropLast()
        var result: [String] = []
        while true {
            result.append(root + parts.joined(separator: "/"))
            guard !parts.isEmpty else { break }
            parts = parts.dropLast()
        }
        return result
    }
}
