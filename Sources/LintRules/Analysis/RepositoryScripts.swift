import DeployModel
import ShellSyntax

/// The repository's shell scripts by path, to follow a path an image runs back to the script a build
/// copied (or compose bind-mounts) from the repository. The build context is not always known (`docker
/// build -f docker/Dockerfile .`), so a context path is looked for beside the Dockerfile, then in each
/// folder above it: the nearest script wins.
struct RepositoryScripts: Sendable {
    private let units: [String: ShellUnit]
    /// Python and JavaScript files a deploy file names (`python /app/healthcheck.py`).
    private let interpreted: [String: InterpreterScript]

    init(model: DeploymentModel) {
        var units: [String: ShellUnit] = [:]
        for unit in model.shellUnits where unit.origin == .scriptFile && units[unit.file] == nil {
            units[unit.file] = unit
        }
        self.units = units
        interpreted = model.interpreterScripts
    }

    /// The script at the first of `candidates` (context-relative) that exists under the folder of `file` or a
    /// folder above it.
    func script(near file: String, candidates: [String]) -> ShellUnit? {
        Self.find(in: units, near: file, candidates: candidates)
    }

    /// The script at a repository path (`./healthcheck.sh` as compose names it, relative to the lint root).
    func script(at path: String) -> ShellUnit? {
        units[Self.trimmed(path)]
    }

    /// The Python or JavaScript file at the first of `candidates` near `file`, like `script(near:candidates:)`.
    func interpreterScript(near file: String, candidates: [String]) -> InterpreterScript? {
        Self.find(in: interpreted, near: file, candidates: candidates)
    }

    /// The Python or JavaScript file at a repository path.
    func interpreterScript(at path: String) -> InterpreterScript? {
        interpreted[Self.trimmed(path)]
    }

    static func find<Unit>(in table: [String: Unit], near file: String, candidates: [String]) -> Unit? {
        guard !table.isEmpty else { return nil }
        for directory in folders(above: file) {
            for candidate in candidates {
                let path = directory.isEmpty ? candidate : (directory == "/" ? "/" : directory + "/") + candidate
                if let unit = table[path] { return unit }
            }
        }
        return nil
    }

    /// `./healthcheck.sh` → `healthcheck.sh`.
    static func trimmed(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        return String(trimmed)
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
