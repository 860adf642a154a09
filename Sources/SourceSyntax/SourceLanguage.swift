/// The application languages whose sources Shipshape reads (for `log-contradicts-config`).
public enum SourceLanguage: String, Sendable, Hashable, CaseIterable {
    case python
    /// JavaScript and TypeScript, which share a lexical grammar close enough for this reading.
    case javascript
    case go

    /// The language of a file from its name, or nil for other files, minified bundles and type declarations.
    public init?(path: String) {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if name.hasSuffix(".min.js") || name.hasSuffix(".d.ts") || name.hasSuffix(".d.mts") { return nil }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "py": self = .python
        case "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx": self = .javascript
        case "go": self = .go
        default: return nil
        }
    }

    /// Directories of tests, fixtures and build output: code that is not what runs in production.
    public static let nonProductionDirectories: Set<String> = [
        "test", "tests", "__tests__", "__mocks__", "testdata", "testing", "spec", "specs", "e2e", "fixtures",
        "dist", "build", "out", "coverage", "migrations", "site-packages", ".next", ".nuxt",
    ]

    /// True for test files by the naming conventions of pytest, Go and the JavaScript runners, and for
    /// files under a test, fixture or build-output directory. Their log lines never reach a deploy.
    public static func isNonProduction(path: String) -> Bool {
        let parts = path.split(separator: "/").map { $0.lowercased() }
        guard let name = parts.last else { return false }
        if parts.dropLast().contains(where: { nonProductionDirectories.contains($0) }) { return true }
        if name.hasPrefix("test_") || name.hasSuffix("_test.py") || name.hasSuffix("_test.go") || name == "conftest.py"
        {
            return true
        }
        let stem = name.split(separator: ".").dropLast()
        return stem.contains("test") || stem.contains("spec") || stem.contains("stories")
    }
}
