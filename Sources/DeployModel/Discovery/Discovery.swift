import Foundation
import SourceSyntax

/// Finds the deploy-relevant files under the paths given on the command line.
public enum Discovery {
    /// Directories that hold dependencies or tool state, never the project's own deploy files.
    static let skippedDirectories: Set<String> = [
        ".git", ".hg", ".svn", "node_modules", "vendor", "third_party", ".venv", "venv", "__pycache__", ".tox",
        ".terraform",
    ]

    /// Discovers files under each path: directories are walked, files are classified by name and
    /// then by content. `ignore` globs are matched against display paths. Output is sorted, but for the
    /// `interpreterScript`s, which follow in walk order.
    /// Application sources (production Python, JavaScript/TypeScript, Go; no tests) are included
    /// only when `applicationSources` is true, so a lint that does not read them does not pay for them.
    ///
    /// - Throws: `DeployModelError` when a path does not exist, a directory cannot be listed, or
    ///   an explicitly named file is of no known kind.
    public static func discover(
        _ paths: [String], ignore: [String] = [], applicationSources: Bool = false
    ) throws -> [DiscoveredFile] {
        let globs = ignore.map(Glob.init)
        var found: Set<DiscoveredFile> = []
        // Often most of a tree and read only when named: kept out of the set and the sort, which cost more
        // than the walk on a tree of thousands of JavaScript files.
        var scripts: [DiscoveredFile] = []
        var scriptPaths: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DeployModelError.pathNotFound(path)
            }
            if isDirectory.boolValue {
                var walker = DirectoryWalker(root: path, globs: globs, applicationSources: applicationSources)
                try walker.walk()
                // Shown relative to the directory as the user named it, so `lint examples/x`
                // prints `examples/x/Dockerfile:3:1`, clickable from where it ran.
                let prefix = Self.displayPrefix(path)
                for file in walker.found {
                    let shown = DiscoveredFile(path: file.path, displayPath: prefix + file.displayPath, kind: file.kind)
                    if file.kind != .interpreterScript {
                        found.insert(shown)
                    } else if scriptPaths.insert(file.path).inserted {
                        scripts.append(shown)
                    }
                }
            } else if !globs.contains(where: { $0.matches(path) }) {
                let source: FileKind? =
                    applicationSources && SourceLanguage(path: path) != nil ? .applicationSource : nil
                guard let kind = FileClassifier.kind(forPath: path) ?? source ?? FileClassifier.sniff(path: path) else {
                    if SourceLanguage(path: path) != nil { throw DeployModelError.applicationSourceNotRead(path) }
                    throw DeployModelError.unrecognizedFile(path)
                }
                found.insert(DiscoveredFile(path: path, displayPath: path, kind: kind, namedByUser: true))
            }
        }
        return found.sorted() + scripts
    }

    /// `examples/x/` for `examples/x` or `./examples/x/`; empty for `.`.
    static func displayPrefix(_ root: String) -> String {
        var root = root
        while root.hasPrefix("./") { root.removeFirst(2) }
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        if root == "." || root.isEmpty { return "" }
        return root == "/" ? "/" : root + "/"
    }
}

/// A depth-first walk of one root directory with skip lists, ignore globs and symlink-loop protection.
struct DirectoryWalker {
    let root: String
    let globs: [Glob]
    let applicationSources: Bool
    /// The last two components of the root's real path (`repo/.github`, `.github/workflows`), put
    /// before relative paths when classifying, so `lint .github` still knows its `workflows/*.yml`.
    let rootContext: String
    private(set) var found: [DiscoveredFile] = []
    /// Directories already walked (device and inode), so symlink loops end.
    private var visited: Set<DirectoryListing.Identity> = []

    init(root: String, globs: [Glob], applicationSources: Bool = false) {
        self.root = root
        self.globs = globs
        self.applicationSources = applicationSources
        rootContext = Self.context(ofRoot: root)
    }

    /// `.github/workflows/` for a root that is (a link to) a repository's `.github/workflows`; empty when
    /// the root cannot be resolved.
    static func context(ofRoot root: String) -> String {
        guard let real = realpath(root, nil) else { return "" }
        defer { free(real) }
        let components = String(cString: real).split(separator: "/").suffix(2)
        return components.isEmpty ? "" : components.joined(separator: "/") + "/"
    }

    mutating func walk() throws {
        var pending: [(path: String, display: String)] = [(root, "")]
        while let (directory, display) = pending.popLast() {
            if let identity = DirectoryListing.identity(of: directory) {
                guard visited.insert(identity).inserted else { continue }
            }
            let entries: [DirectoryListing.Entry]
            switch DirectoryListing.entries(of: directory) {
            case .success(let listed): entries = listed
            case .failure(let failure):
                // The root must be readable; an unreadable subdirectory is skipped.
                if display.isEmpty { throw DeployModelError.unreadableDirectory(directory, reason: failure.reason) }
                continue
            }
            for entry in entries.sorted(by: { $0.name < $1.name }) {
                let name = entry.name
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                let relative = display.isEmpty ? name : display + "/" + name
                if entry.isDirectory {
                    if shouldSkip(directory: name, relative: relative) { continue }
                    pending.append((path, relative))
                } else if !globs.contains(where: { $0.matches(relative) }),
                    let kind = classify(path: path, relative: relative, name: name)
                {
                    found.append(DiscoveredFile(path: path, displayPath: relative, kind: kind))
                }
            }
        }
    }

    private func shouldSkip(directory name: String, relative: String) -> Bool {
        if Discovery.skippedDirectories.contains(name) || name.hasPrefix(".build") { return true }
        return globs.contains { $0.coversDirectory(relative) }
    }

    /// Name first; other YAML files are sniffed for Kubernetes objects, extension-less files for a shell shebang.
    private func classify(path: String, relative: String, name: String) -> FileKind? {
        if let kind = FileClassifier.kind(forPath: rootContext + relative) { return kind }
        if let language = SourceLanguage(path: name) {
            if applicationSources, let kind = FileClassifier.applicationSourceKind(forPath: relative) { return kind }
            // Listed, not read: `DeploymentModel.load` reads one only when a deploy file names it.
            return language == .go ? nil : .interpreterScript
        }
        if let yamlName = FileClassifier.yamlName(name) {
            if yamlName == name.lowercased(), let helm = FileClassifier.helmKind(path: path, name: yamlName) {
                return helm
            }
            // Example copies, `stack.yml`, `docker-tests.yml`: whatever the name, the content decides.
            return FileClassifier.sniffYAML(path: path, name: yamlName)
        }
        guard !name.contains(".") else { return nil }
        guard let line = FileClassifier.firstLine(ofFileAt: path), FileClassifier.isShellShebang(line) else {
            return nil
        }
        return .shellScript
    }
}
