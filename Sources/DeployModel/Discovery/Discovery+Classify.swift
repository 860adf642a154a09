extension Discovery {
    /// The kind of a file from its path and, failing that, its first line (a sh/bash shebang).
    /// Used for in-memory files, such as rule examples.
    public static func kind(ofPath path: String, contents: String) -> FileKind? {
        if let kind = FileClassifier.kind(forPath: path) { return kind }
        let firstLine = contents.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
        return firstLine.map(String.init).flatMap { FileClassifier.isShellShebang($0) ? .shellScript : nil }
    }
}
