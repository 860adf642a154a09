/// Recognises commands that run a script whose effect on the image is unknown.
enum OpaqueScript {
    /// A label such as `./install.sh` or `bash (stdin)` when the command runs such a script; nil otherwise.
    static func describe(program: String, arguments: [String]) -> String? {
        let name = Paths.basename(program)
        if ["sh", "bash", "ash", "dash", "zsh"].contains(name) {
            let operands = arguments.filter { !$0.hasPrefix("-") || $0 == "-" }
            // `sh -c '...'` is split by the caller's shell parser; only script files and stdin are opaque.
            if arguments.contains("-c") { return nil }
            guard let script = operands.first, script != "-" else { return "\(name) reading a script from stdin" }
            return script
        }
        if program.hasPrefix("./") || (program.hasPrefix("/") && !isSystemBinary(program)) || program.hasSuffix(".sh") {
            return program
        }
        return nil
    }

    private static func isSystemBinary(_ path: String) -> Bool {
        ["/bin/", "/sbin/", "/usr/bin/", "/usr/sbin/", "/usr/local/bin/"].contains { path.hasPrefix($0) }
            && !path.hasSuffix(".sh")
    }
}
