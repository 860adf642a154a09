import Foundation
import SourceSyntax

/// Decides a file's kind from its name and, failing that, its first bytes.
enum FileClassifier {
    /// The kind implied by a relative path's name alone, or nil.
    static func kind(forPath relativePath: String) -> FileKind? {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let lower = name.lowercased()
        if lower.hasSuffix(".md") { return nil }
        let isYAML = lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")
        if isYAML, isWorkflowPath(relativePath) { return .workflow }
        // A GitHub Action's metadata: confirmed by its top-level `runs:` when parsed (see `addAction`).
        if lower == "action.yml" || lower == "action.yaml" { return .action }
        if isYAML,
            lower == "compose.yml" || lower == "compose.yaml" || lower.hasPrefix("compose.")
                || lower.hasPrefix("compose-") || lower.hasPrefix("docker-compose")
        {
            return .compose
        }
        if lower.hasSuffix(".dockerignore") { return nil }
        // `Dockerfile-alpine`, `Dockerfile_dev`: confirmed by a `FROM` when parsed (see `addDockerfile`).
        if name == "Dockerfile" || lower == "dockerfile" || lower == "containerfile" || name.hasPrefix("Dockerfile.")
            || name.hasPrefix("Dockerfile-") || name.hasPrefix("Dockerfile_") || lower.hasSuffix(".dockerfile")
        {
            return .dockerfile
        }
        // `backend.env`, `app.env`: the names compose `env_file:` entries use.
        if name == ".env" || name.hasPrefix(".env.") || (lower.hasSuffix(".env") && lower.count > 4) { return .dotenv }
        if lower.hasSuffix(".sh") || lower.hasSuffix(".bash") { return .shellScript }
        // Builds and probes run from `make` and `npm run` link images to Dockerfiles like scripts do.
        if name == "Makefile" || name == "makefile" || name == "GNUmakefile" || lower.hasSuffix(".mk") {
            return .makefile
        }
        if name == "package.json" { return .packageScripts }
        if name == "Chart.yaml" || name == "Chart.yml" { return .helmChart }
        if lower.hasSuffix(".conf") || lower.hasSuffix(".conf.template") { return .nginxConfig }
        return nil
    }

    /// `.applicationSource` for production Python, JavaScript/TypeScript and Go files; nil for
    /// tests, build output and every other file.
    static func applicationSourceKind(forPath path: String) -> FileKind? {
        guard SourceLanguage(path: path) != nil, !SourceLanguage.isNonProduction(path: path) else { return nil }
        return .applicationSource
    }

    /// `\n`, and `\r\n`, which Swift counts as one Character (splitting on `"\n"` alone misses it).
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n"
    }

    /// True for a file directly inside `.github/workflows/`.
    static func isWorkflowPath(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/")
        guard parts.count >= 3 else { return false }
        return parts[parts.count - 3] == ".github" && parts[parts.count - 2] == "workflows"
    }

    /// True when `firstLine` is a shebang for sh, bash, dash, ash or zsh.
    static func isShellShebang(_ firstLine: String) -> Bool {
        guard firstLine.hasPrefix("#!") else { return false }
        var words = firstLine.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let program = words.first else { return false }
        var name = program.split(separator: "/").last.map(String.init) ?? program
        if name == "env" {
            words.removeFirst()
            // `#!/usr/bin/env -S bash -e` and the like: skip env's options.
            guard let next = words.first(where: { !$0.hasPrefix("-") }) else { return false }
            name = next
        }
        return ["sh", "bash", "dash", "ash", "zsh"].contains(name)
    }

    /// The first line of a file, reading at most a few hundred bytes.
    static func firstLine(ofFileAt path: String, limit: Int = 512) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit), !data.contains(0) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: FileClassifier.isLineBreak)
            .first
            .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The kind of an explicitly named file whose name says nothing: guessed from its content.
    static func sniff(path: String) -> FileKind? {
        if let line = firstLine(ofFileAt: path), isShellShebang(line) { return .shellScript }
        guard case .success(let text) = SourceLoader.load(path: path, displayPath: path, maxBytes: 5_000_000) else {
            return nil
        }
        let lines = text.split(whereSeparator: FileClassifier.isLineBreak).map { String($0) }
        let topKeys = Set(
            lines.filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }.compactMap { line in
                line.split(separator: ":", maxSplits: 1).first.map { String($0).trimmingCharacters(in: .whitespaces) }
            })
        if topKeys.contains("jobs"), topKeys.contains("on") || topKeys.contains("\"on\"") { return .workflow }
        if topKeys.contains("apiVersion"), topKeys.contains("kind"), !isInHelmChartTemplates(path),
            looksLikeKubernetes(text)
        {
            return .kubernetes
        }
        if topKeys.contains("services") { return .compose }
        let instructions = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && !$0.hasPrefix("#")
        }
        if let first = instructions.first, first.uppercased().hasPrefix("FROM ") || first.uppercased().hasPrefix("ARG ")
        {
            if instructions.contains(where: { $0.uppercased().hasPrefix("FROM ") }) { return .dockerfile }
        }
        if !instructions.isEmpty,
            instructions.allSatisfy({
                $0.range(of: #"^(export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*="#, options: .regularExpression) != nil
            })
        {
            return .dotenv
        }
        return nil
    }
}
