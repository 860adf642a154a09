/// Recognises commands that run a script whose effect on the image is unknown.
enum OpaqueScript {
    /// A label such as `./install.sh` or `bash reading a script from stdin` when the command runs such a script; nil otherwise.
    static func describe(program: String, arguments: [String]) -> String? {
        let name = Paths.basename(program)
        if ["sh", "bash", "ash", "dash", "zsh"].contains(name) {
            let operands = arguments.filter { !$0.hasPrefix("-") || $0 == "-" }
            // `sh -c '...'` is split by the caller's shell parser; only script files and stdin are opaque.
            if arguments.contains("-c") { return nil }
            guard let script = operands.first, script != "-" else { return "\(name) reading a script from stdin" }
            return "\(name) \(script)"
        }
        // `make install` of a source build is a `SourceBuild`: it installs what that project builds.
        // Otherwise only shell scripts count: build tools such as `./configure`, `make install` or `./gradlew` run
        // constantly and do not install system tools, and treating them as opaque would silence every rule.
        return program.hasSuffix(".sh") ? program : nil
    }
}
