/// Recognises the file a command runs, which may be a script of the repository: `/tmp/install.sh`, `./setup`, `sh install.sh`,
/// `bash -e /tmp/x.sh ARG`, `. ./env.sh`.
public enum ScriptRun {
    public static let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh"]

    /// The file the command runs, as it names it (the program, or a shell's script operand); nil for
    /// `sh -c '…'`, a shell reading standard input, or a name built from variables.
    public static func scriptPath(_ argv: [String]) -> String? {
        guard let first = argv.first else { return nil }
        let name = Paths.basename(first)
        if shells.contains(name) || first == "." || first == "source" {
            let arguments = argv.dropFirst()
            if arguments.contains("-c") || arguments.contains("-s") { return nil }
            guard let script = arguments.first(where: { !$0.hasPrefix("-") && !$0.hasPrefix("+") }) else {
                return nil
            }
            return script.contains("$") ? nil : script
        }
        // A bare name runs a file found along PATH: the build's copies say whether it is the repository's.
        guard !first.contains("$"), !first.hasSuffix("/"), !first.isEmpty else { return nil }
        return first
    }
}
