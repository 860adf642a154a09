import SourceSyntax

extension Discovery {
    /// The kind of a file from its path and, failing that, its content (Kubernetes objects or compose
    /// services in YAML, a sh/bash shebang on the first line).
    /// Used for in-memory files, such as rule examples.
    /// Application sources are recognised by extension, test files excepted.
    public static func kind(ofPath path: String, contents: String) -> FileKind? {
        if let kind = FileClassifier.kind(forPath: path) { return kind }
        if SourceLanguage(path: path) != nil { return FileClassifier.applicationSourceKind(forPath: path) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let yamlName = FileClassifier.yamlName(name) {
            if yamlName == name.lowercased(),
                let helm = FileClassifier.helmKind(path: path, name: yamlName, text: contents)
            {
                return helm
            }
            return FileClassifier.kind(ofYAMLNamed: yamlName, text: contents, path: nil)
        }
        let firstLine = contents.split(
            maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: FileClassifier.isLineBreak
        ).first
        return firstLine.map(String.init).flatMap { FileClassifier.isShellShebang($0) ? .shellScript : nil }
    }
}
